package org.acorn.readiness;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.acorn.directory.Organisation;
import org.acorn.platform.account.Account;
import org.acorn.platform.audit.AuditLog;
import org.acorn.platform.files.FileStore;
import org.acorn.platform.files.StoredFile;
import org.acorn.platform.files.UploadRules;
import org.acorn.platform.security.AccessDenied;
import org.acorn.platform.security.Caller;
import org.acorn.platform.security.Role;
import org.acorn.updates.UpdateVisibility;
import org.acorn.updates.library.Library;
import org.acorn.updates.library.ResourceCategory;

/**
 * Templates and guides members offer for smaller ones. An offer stays private (the offering organisation and staff)
 * until a co-ordinator — who keeps the resource library — publishes it there for members, crediting the organisation;
 * the library then does the rest (versions, review dates, download counts, search). A declined offer says why.
 */
@ApplicationScoped
public class SharedTemplates {

    public static final String FILE_KIND = "readiness-template";

    @PersistenceContext(unitName = "acorn") EntityManager em;
    @Inject Caller caller;
    @Inject Clock clock;
    @Inject FileStore files;
    @Inject Library library;
    @Inject Checklist checklist;
    @Inject ReadinessSettings settings;
    @Inject ReadinessMail mail;
    @Inject AuditLog audit;

    @Transactional
    public Long offer(Long organisationId, String rawTitle, String rawSummary, String kindName, String fileName, InputStream content) {
        Account me = caller.require();
        Organisation org = checklist.readable(organisationId).orElseThrow(() -> new AccessDenied("You cannot offer templates for this organisation."));
        String title = Texts.clean(rawTitle, 200, true, "title", "a title");
        String summary = Texts.clean(rawSummary, 1500, true, "summary", "a short description of what it is for");
        ItemKind kind = ItemKind.parse(kindName);
        if (kind == null) throw new ReadinessRefused("kind", "Choose which checklist item it helps with.");
        if (content == null) throw new ReadinessRefused("file", "Choose the file to share.");
        StoredFile file = files.store(FILE_KIND, fileName, content, UploadRules.documents(settings.documentMaxBytes()));
        TemplateOffer offer = new TemplateOffer(org.getId(), title, summary, kind, file.getId(), me.getId(), clock.instant());
        em.persist(offer);
        em.flush();
        audit.record("readiness.template.offered", Checklist.target(org), title);
        for (Account keeper : mail.withRole(Role.COORDINATOR)) {
            mail.send("readiness-template-offered-" + offer.getId(), keeper.getEmail(), "Template offered by " + org.getName() + ": " + title,
                    org.getName() + " has offered \"" + title + "\" for smaller members. Review it before it goes into the library: "
                            + mail.link("/readiness/templates.xhtml"));
        }
        return offer.getId();
    }

    private Account keeper() {
        Account a = caller.require();
        if (!caller.isCoordinatorOrAdmin()) throw new AccessDenied("Only co-ordinators, who keep the library, review offered templates.");
        return a;
    }

    /** Publishes an offer into the library (members only, review in a year); returns the library resource's id. */
    @Transactional
    public Long publish(Long offerId, long expectedVersion) {
        Account me = keeper();
        TemplateOffer offer = waiting(offerId, expectedVersion);
        Organisation org = em.find(Organisation.class, offer.getOrganisationId());
        StoredFile file = em.find(StoredFile.class, offer.getFileId());
        Long resourceId;
        try (InputStream in = files.open(file)) {
            resourceId = library.add(offer.getTitle(), offer.getSummary() + "\n\nShared by " + org.getName() + " for smaller members.",
                    categoryOf(offer.getKind()).name(), UpdateVisibility.MEMBERS.name(), checklist.today().plusYears(1), Set.of(),
                    file.getFileName(), in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        offer.published(resourceId, me.getId(), clock.instant());
        audit.record("readiness.template.published", Checklist.target(org), offer.getTitle() + " → library " + resourceId);
        mail.sendToOrganisation("readiness-template-published-" + offer.getId(), org.getId(), "Thank you: \"" + offer.getTitle() + "\" is in the library",
                "\"" + offer.getTitle() + "\" is now in the network's resource library for members, credited to " + org.getName() + ".\n\n"
                        + mail.link("/updates/resource.xhtml?id=" + resourceId));
        return resourceId;
    }

    @Transactional
    public void decline(Long offerId, String rawNote, long expectedVersion) {
        Account me = keeper();
        TemplateOffer offer = waiting(offerId, expectedVersion);
        String note = Texts.clean(rawNote, 1000, true, "note", "why it is declined (the organisation is told)");
        offer.declined(note, me.getId(), clock.instant());
        Organisation org = em.find(Organisation.class, offer.getOrganisationId());
        audit.record("readiness.template.declined", Checklist.target(org), offer.getTitle());
        mail.sendToOrganisation("readiness-template-declined-" + offer.getId(), org.getId(), "About your template \"" + offer.getTitle() + "\"",
                "Thank you for offering \"" + offer.getTitle() + "\". " + me.getDisplayName() + " has not added it to the library:\n\n" + note);
    }

    private TemplateOffer waiting(Long offerId, long expectedVersion) {
        TemplateOffer offer = offerId == null ? null : em.find(TemplateOffer.class, offerId, LockModeType.PESSIMISTIC_WRITE);
        if (offer == null) throw new ReadinessRefused(null, "That offer no longer exists.");
        if (offer.getStatus() != TemplateOffer.Status.WAITING) throw new ReadinessRefused(null, "That offer has already been reviewed.");
        if (expectedVersion >= 0 && offer.getVersion() != expectedVersion) throw new ReadinessRefused(null, "Someone else reviewed this offer at the same time.");
        return offer;
    }

    static ResourceCategory categoryOf(ItemKind kind) {
        return switch (kind) {
            case ACCOUNTS, GOVERNANCE, MONITORING, INSURANCE -> ResourceCategory.GUIDANCE;
            default -> ResourceCategory.POLICY_TEMPLATE;
        };
    }

    /** Offers waiting for review, for the library's keepers. */
    @Transactional
    public List<TemplateOffer> waitingOffers() {
        if (!caller.isCoordinatorOrAdmin()) return List.of();
        return em.createQuery("select t from TemplateOffer t where t.status = :s order by t.offeredAt", TemplateOffer.class)
                .setParameter("s", TemplateOffer.Status.WAITING).getResultList();
    }

    /** What the organisation has offered (private to it and staff). */
    @Transactional
    public List<TemplateOffer> ofOrganisation(Long organisationId) {
        if (checklist.readable(organisationId).isEmpty()) return List.of();
        return em.createQuery("select t from TemplateOffer t where t.organisationId = :o order by t.offeredAt desc", TemplateOffer.class)
                .setParameter("o", organisationId).getResultList();
    }

    /** Published templates for a checklist item (what the library shows members), newest first. */
    @Transactional
    public List<TemplateOffer> published(ItemKind kind) {
        return em.createQuery("select t from TemplateOffer t where t.status = :s order by t.reviewedAt desc", TemplateOffer.class)
                .setParameter("s", TemplateOffer.Status.PUBLISHED)
                .getResultList().stream().filter(t -> kind == null || t.getKind() == kind).toList();
    }

    /** Whether the caller may download an offered file: the offering organisation's admins, and staff. */
    @Transactional
    public boolean mayReadFile(Long fileId) {
        List<Long> orgs = em.createQuery("select t.organisationId from TemplateOffer t where t.fileId = :f", Long.class)
                .setParameter("f", fileId).getResultList();
        return !orgs.isEmpty() && caller.mayActFor(orgs.get(0));
    }

    /** The stored file's key, for a download link (the file servlet checks who may have it). */
    @Transactional
    public String fileKey(TemplateOffer offer) {
        StoredFile f = em.find(StoredFile.class, offer.getFileId());
        return f == null ? "" : f.getKey();
    }

    @Transactional
    public String organisationName(Long id) {
        Organisation o = id == null ? null : em.find(Organisation.class, id);
        return o == null ? "" : o.getName();
    }
}
