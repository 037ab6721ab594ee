package org.acorn.readiness;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.acorn.directory.Organisation;
import org.acorn.platform.account.Account;
import org.acorn.platform.audit.AuditLog;
import org.acorn.platform.security.AccessDenied;
import org.acorn.platform.security.Caller;
import org.acorn.platform.security.Role;

/**
 * Help requests: an organisation asks for help with a bid, monitoring or policies; staff pass it to a development
 * officer (or co-ordinator) or to a member that volunteered for the topic; the helper, staff or the organisation close
 * it with what happened. Everyone involved is emailed at each step. A request is seen by the asking organisation's
 * admins, its helper and staff — by no one else.
 */
@ApplicationScoped
public class HelpRequests {

    private static final Logger LOG = Logger.getLogger(HelpRequests.class.getName());

    @PersistenceContext(unitName = "acorn") EntityManager em;
    @Inject Caller caller;
    @Inject Clock clock;
    @Inject Checklist checklist;
    @Inject ReadinessMail mail;
    @Inject AuditLog audit;

    /** Someone who could take a request: a staff member or a volunteering member organisation's contact. */
    public record Candidate(String key, String label) {
        public String getKey() { return key; }
        public String getLabel() { return label; }
    }

    @Transactional
    public Long ask(Long organisationId, String topicName, String rawDetails) {
        Account me = caller.require();
        Organisation org = checklist.readable(organisationId).orElseThrow(() -> new AccessDenied("You cannot ask for help for this organisation."));
        HelpTopic topic = HelpTopic.parse(topicName);
        if (topic == null) throw new ReadinessRefused("topic", "Choose what you would like help with.");
        String details = Texts.clean(rawDetails, 2000, true, "details", "what you need help with");
        HelpRequest r = new HelpRequest(org.getId(), topic, details, me.getId(), clock.instant());
        em.persist(r);
        em.flush();
        audit.record("readiness.help.asked", Checklist.target(org), topic.getLabel());
        String link = mail.link("/readiness/request.xhtml?id=" + r.getId());
        for (Account officer : mail.developmentOfficers()) {
            mail.send("readiness-help-asked-" + r.getId(), officer.getEmail(), "Help request from " + org.getName() + ": " + topic.getLabel().toLowerCase(),
                    org.getName() + " has asked for " + topic.getLabel().toLowerCase() + ":\n\n" + details
                            + "\n\nPass it to a development officer or a member who offered to help: " + link);
        }
        mail.sendToOrganisation("readiness-help-received-" + r.getId(), org.getId(), "We have your request: " + topic.getLabel().toLowerCase(),
                "Thank you: your request for " + topic.getLabel().toLowerCase() + " has reached the network's development officers."
                        + " We will email you when someone has taken it on.\n\nYour request: " + link);
        LOG.info(() -> "event=readiness.help.asked request=" + r.getId());
        return r.getId();
    }

    /** A member organisation's admin offers (or stops offering) their organisation's help on a topic. */
    @Transactional
    public void volunteer(String topicName, boolean willing) {
        Account me = caller.require();
        Long orgId = me.getOrganisationId();
        if (orgId == null || !caller.adminsOrganisation(orgId)) throw new AccessDenied("Only an organisation's admin can offer its help.");
        HelpTopic topic = HelpTopic.parse(topicName);
        if (topic == null) throw new ReadinessRefused(null, "Choose what your organisation can help with.");
        Helper existing = helperRow(orgId, topic);
        Organisation org = em.find(Organisation.class, orgId);
        if (willing && existing == null) {
            em.persist(new Helper(orgId, topic, me.getId(), clock.instant()));
            audit.record("readiness.helper.offered", Checklist.target(org), topic.getLabel());
        } else if (!willing && existing != null) {
            em.remove(existing);
            audit.record("readiness.helper.withdrawn", Checklist.target(org), topic.getLabel());
        }
    }

    private Helper helperRow(Long orgId, HelpTopic topic) {
        return em.createQuery("select h from Helper h where h.organisationId = :o and h.topic = :t", Helper.class)
                .setParameter("o", orgId).setParameter("t", topic).getResultStream().findFirst().orElse(null);
    }

    /** The topics the caller's organisation offers help with. */
    @Transactional
    public List<HelpTopic> offeredByMine() {
        Long orgId = caller.organisationId();
        if (orgId == null) return List.of();
        return em.createQuery("select h.topic from Helper h where h.organisationId = :o", HelpTopic.class).setParameter("o", orgId).getResultList();
    }

    /** Members volunteering on a topic, except the asking organisation. */
    @Transactional
    public List<Helper> helpers(HelpTopic topic, Long exceptOrganisationId) {
        return em.createQuery("select h from Helper h where h.topic = :t and h.organisationId <> :o order by h.offeredAt", Helper.class)
                .setParameter("t", topic).setParameter("o", exceptOrganisationId == null ? -1L : exceptOrganisationId).getResultList();
    }

    /** Who staff may pass a request to: development officers and co-ordinators, then volunteering members. */
    @Transactional
    public List<Candidate> candidates(HelpRequest r) {
        caller.requireStaff();
        List<Candidate> out = new ArrayList<>();
        for (Role role : List.of(Role.DEVELOPMENT_OFFICER, Role.COORDINATOR)) {
            for (Account a : mail.withRole(role)) out.add(new Candidate("staff:" + a.getId(), a.getDisplayName() + " (" + role.label().toLowerCase() + ")"));
        }
        for (Helper h : helpers(r.getTopic(), r.getOrganisationId())) {
            Organisation o = em.find(Organisation.class, h.getOrganisationId());
            out.add(new Candidate("member:" + h.getId(), o.getName() + " (member offering " + h.getTopic().getLabel().toLowerCase() + ")"));
        }
        return out;
    }

    /** Staff pass an open request to a helper; both the organisation and the helper are emailed. */
    @Transactional
    public void route(Long requestId, String candidateKey, long expectedVersion) {
        Account me = caller.requireStaff();
        HelpRequest r = locked(requestId);
        if (expectedVersion >= 0 && r.getVersion() != expectedVersion) throw new ReadinessRefused(null, "Someone else changed this request while you were looking. Look at it again.");
        if (r.getStatus().isClosed()) throw new ReadinessRefused(null, "This request is already closed.");
        Account helper;
        Long helperOrg = null;
        String key = candidateKey == null ? "" : candidateKey;
        if (key.matches("staff:\\d{1,18}")) {
            helper = em.find(Account.class, Long.valueOf(key.substring(6)));
            if (helper == null || !helper.isActive() || !(helper.hasRole(Role.DEVELOPMENT_OFFICER) || helper.hasRole(Role.COORDINATOR))) helper = null;
        } else if (key.matches("member:\\d{1,18}")) {
            Helper h = em.find(Helper.class, Long.valueOf(key.substring(7)));
            if (h == null || h.getTopic() != r.getTopic() || h.getOrganisationId().equals(r.getOrganisationId())) {
                helper = null;
            } else {
                helper = em.find(Account.class, h.getAccountId());
                helperOrg = h.getOrganisationId();
            }
        } else {
            helper = null;
        }
        if (helper == null) throw new ReadinessRefused("helper", "Choose a helper from the list.");
        r.routeTo(helper.getId(), helperOrg, me.getDisplayName(), clock.instant());
        em.flush();
        Organisation org = em.find(Organisation.class, r.getOrganisationId());
        String helperName = helper.getDisplayName() + (helperOrg == null ? "" : " of " + em.find(Organisation.class, helperOrg).getName());
        audit.record("readiness.help.routed", Checklist.target(org), r.getTopic().getLabel() + " → " + helperName);
        String link = mail.link("/readiness/request.xhtml?id=" + r.getId());
        mail.send("readiness-help-routed-" + r.getId() + "-" + r.getVersion(), helper.getEmail(),
                "Can you help " + org.getName() + "? " + r.getTopic().getLabel(),
                me.getDisplayName() + " has passed you a request from " + org.getName() + " for " + r.getTopic().getLabel().toLowerCase()
                        + ":\n\n" + r.getDetails() + "\n\nContact: " + contactOf(org) + "\n\nWhen you have helped, close the request: " + link);
        mail.sendToOrganisation("readiness-help-routed-org-" + r.getId() + "-" + r.getVersion(), org.getId(), "Your request is with " + helperName,
                helperName + " will help " + org.getName() + " with " + r.getTopic().getLabel().toLowerCase() + " and will be in touch.\n\n"
                        + "Your request: " + link);
    }

    /** The helper, staff or the organisation close a request: done (what happened) or, by the organisation, withdrawn. */
    @Transactional
    public void close(Long requestId, boolean withdrawn, String rawOutcome) {
        Account me = caller.require();
        HelpRequest r = locked(requestId);
        if (!maySee(r)) throw new AccessDenied("You cannot change this request.");
        if (r.getStatus().isClosed()) throw new ReadinessRefused(null, "This request is already closed.");
        boolean requester = caller.mayActFor(r.getOrganisationId());
        if (withdrawn && !requester) throw new AccessDenied("Only the organisation that asked can withdraw its request.");
        if (!withdrawn && r.getStatus() != HelpRequest.Status.ROUTED) throw new ReadinessRefused(null, "No one has taken this request on yet, so it cannot be done.");
        String outcome = Texts.clean(rawOutcome, 2000, !withdrawn, "outcome", "what help was given");
        r.close(withdrawn ? HelpRequest.Status.WITHDRAWN : HelpRequest.Status.DONE, outcome, clock.instant());
        em.flush();
        Organisation org = em.find(Organisation.class, r.getOrganisationId());
        audit.record("readiness.help." + (withdrawn ? "withdrawn" : "done"), Checklist.target(org), r.getTopic().getLabel());
        String subject = (withdrawn ? "Withdrawn: " : "Done: ") + r.getTopic().getLabel().toLowerCase() + " for " + org.getName();
        String body = me.getDisplayName() + (withdrawn ? " withdrew " : " closed ") + org.getName() + "'s request for "
                + r.getTopic().getLabel().toLowerCase() + (outcome == null ? "." : ":\n\n" + outcome)
                + "\n\n" + mail.link("/readiness/request.xhtml?id=" + r.getId());
        mail.sendToOrganisation("readiness-help-closed-" + r.getId(), org.getId(), subject, body);
        if (r.getHelperAccountId() != null) {
            Account helper = em.find(Account.class, r.getHelperAccountId());
            if (helper != null) mail.send("readiness-help-closed-" + r.getId(), helper.getEmail(), subject, body);
        }
    }

    /** A request, if the caller is its organisation's admin, its helper or staff; otherwise nothing. */
    @Transactional
    public Optional<HelpRequest> readable(Long requestId) {
        HelpRequest r = requestId == null ? null : em.find(HelpRequest.class, requestId);
        return r != null && maySee(r) ? Optional.of(r) : Optional.empty();
    }

    private boolean maySee(HelpRequest r) {
        if (caller.mayActFor(r.getOrganisationId())) return true;
        Long me = caller.account().map(Account::getId).orElse(null);
        return me != null && me.equals(r.getHelperAccountId());
    }

    private HelpRequest locked(Long requestId) {
        HelpRequest r = requestId == null ? null : em.find(HelpRequest.class, requestId, LockModeType.PESSIMISTIC_WRITE);
        if (r == null || !maySee(r)) throw new ReadinessRefused(null, "That request does not exist.");
        return r;
    }

    @Transactional
    public List<HelpRequest> ofOrganisation(Long organisationId) {
        if (checklist.readable(organisationId).isEmpty()) return List.of();
        return em.createQuery("select r from HelpRequest r where r.organisationId = :o order by r.requestedAt desc", HelpRequest.class)
                .setParameter("o", organisationId).getResultList();
    }

    /** Requests passed to the caller, still open. */
    @Transactional
    public List<HelpRequest> mine() {
        Long me = caller.account().map(Account::getId).orElse(null);
        if (me == null) return List.of();
        return em.createQuery("select r from HelpRequest r where r.helperAccountId = :a and r.status = :s order by r.routedAt", HelpRequest.class)
                .setParameter("a", me).setParameter("s", HelpRequest.Status.ROUTED).getResultList();
    }

    /** For staff: every request not closed, oldest first. */
    @Transactional
    public List<HelpRequest> open() {
        caller.requireStaff();
        return em.createQuery("select r from HelpRequest r where r.status in :s order by r.requestedAt", HelpRequest.class)
                .setParameter("s", List.of(HelpRequest.Status.OPEN, HelpRequest.Status.ROUTED)).getResultList();
    }

    @Transactional
    public String organisationName(Long id) {
        Organisation o = id == null ? null : em.find(Organisation.class, id);
        return o == null ? "" : o.getName();
    }

    @Transactional
    public String accountName(Long id) {
        Account a = id == null ? null : em.find(Account.class, id);
        return a == null ? "" : a.getDisplayName();
    }

    private String contactOf(Organisation org) {
        String addresses = String.join(", ", mail.organisationAddresses(org.getId()));
        return (org.getContactName() == null ? "" : org.getContactName() + ", ") + (addresses.isEmpty() ? "via the network" : addresses);
    }
}
