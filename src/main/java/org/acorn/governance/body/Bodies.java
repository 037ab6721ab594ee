package org.acorn.governance.body;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.acorn.directory.InvalidInput;
import org.acorn.governance.Checks;
import org.acorn.platform.account.Account;
import org.acorn.platform.audit.AuditLog;
import org.acorn.platform.security.AccessDenied;
import org.acorn.platform.security.Caller;
import org.acorn.platform.security.Role;

/** The register of partnership bodies, their meetings and updates. Staff keep it; anyone may read it. */
@ApplicationScoped
public class Bodies {

    @PersistenceContext(unitName = "acorn") EntityManager em;
    @Inject Caller caller;
    @Inject AuditLog audit;
    @Inject Clock clock;

    @Transactional
    public List<PartnershipBody> all() {
        return em.createQuery("select b from PartnershipBody b order by b.status, b.name", PartnershipBody.class)
                .getResultList();
    }

    @Transactional
    public Optional<PartnershipBody> find(Long id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(PartnershipBody.class, id));
    }

    public PartnershipBody get(Long id) {
        return find(id).orElseThrow(() -> InvalidInput.of("That body no longer exists."));
    }

    @Transactional
    public PartnershipBody create(BodyForm form) {
        caller.requireStaff();
        PartnershipBody body = new PartnershipBody(form.name, form.type, clock.instant());
        apply(body, form);
        em.persist(body);
        em.flush();
        audit.record("body.created", target(body), AuditLog.changes(Map.of(), body.auditView()));
        return body;
    }

    @Transactional
    public PartnershipBody update(Long id, long version, BodyForm form) {
        caller.requireStaff();
        PartnershipBody body = get(id);
        if (body.getVersion() != version) {
            throw InvalidInput.of("Someone else changed this body while you were editing. Reload it and try again.");
        }
        Map<String, Object> before = body.auditView();
        apply(body, form);
        body.touch(clock.instant());
        audit.record("body.updated", target(body), AuditLog.changes(before, body.auditView()));
        return body;
    }

    private void apply(PartnershipBody body, BodyForm form) {
        Checks c = new Checks();
        String name = c.text("name", form.name, 200, true, "the body's name");
        c.require("type", form.type, "Choose the type of body.");
        c.require("status", form.status, "Choose the body's status.");
        String chair = c.text("chair", form.chair, 160, false, "the chair");
        String manager = c.text("businessManager", form.businessManager, 160, false, "the business manager");
        String email = c.email("contactEmail", form.contactEmail, false, "a contact email");
        String purpose = c.text("purpose", form.purpose, 4000, false, "the purpose");
        String meets = c.text("meets", form.meets, 300, false, "when it meets");
        if (form.status == BodyStatus.SUPERSEDED) {
            c.require("supersededBy", form.supersededById, "Choose the body that replaced it.");
        }
        if (form.supersededById != null) {
            c.check(!form.supersededById.equals(body.getId()), "supersededBy", "A body cannot replace itself.");
            c.check(em.find(PartnershipBody.class, form.supersededById) != null, "supersededBy", "Choose a body from the list.");
        }
        if (form.parentId != null) {
            c.check(!form.parentId.equals(body.getId()), "parent", "A body cannot be part of itself.");
            c.check(em.find(PartnershipBody.class, form.parentId) != null, "parent", "Choose a body from the list.");
        }
        if (name != null) {
            List<Long> same = em.createQuery("select b.id from PartnershipBody b where lower(b.name) = :n", Long.class)
                    .setParameter("n", name.toLowerCase(java.util.Locale.ROOT)).getResultList();
            c.check(same.isEmpty() || same.equals(List.of(body.getId() == null ? -1L : body.getId())), "name",
                    "There is already a body called " + name + ".");
        }
        c.done();
        body.setName(name);
        body.setType(form.type);
        body.setStatus(form.status);
        body.setSupersededById(form.status == BodyStatus.SUPERSEDED ? form.supersededById : null);
        body.setParentId(form.parentId);
        body.setChair(chair);
        body.setBusinessManager(manager);
        body.setContactEmail(email);
        body.setPurpose(purpose);
        body.setInfluenceRoles(form.roles == null ? EnumSet.noneOf(InfluenceRole.class) : form.roles);
        body.setMeets(meets);
    }

    @Transactional
    public List<BodyMeeting> meetings(Long bodyId) {
        return em.createQuery("select m from BodyMeeting m where m.bodyId = :b order by m.meetsOn desc", BodyMeeting.class)
                .setParameter("b", bodyId).getResultList();
    }

    @Transactional
    public Optional<BodyMeeting> meeting(Long id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(BodyMeeting.class, id));
    }

    /** Staff, or a representative currently holding a seat on the body, record that it met (or will meet). */
    @Transactional
    public BodyMeeting addMeeting(Long bodyId, LocalDate on, String title) {
        Account actor = caller.require();
        PartnershipBody body = get(bodyId);
        if (!caller.isStaff() && !sitsOn(actor.getId(), bodyId)) {
            throw new AccessDenied("Only network staff and the body's representatives can add its meetings.");
        }
        Checks c = new Checks();
        c.require("meetsOn", on, "Enter the date of the meeting.");
        String t = c.text("title", title, 200, false, "a title");
        if (on != null) {
            LocalDate today = LocalDate.now(clock.withZone(org.acorn.governance.GovernanceSettings.ZONE));
            c.check(!on.isAfter(today.plusYears(2)) && !on.isBefore(today.minusYears(5)), "meetsOn",
                    "Enter a date within the last five years or the next two.");
            c.check(em.createQuery("select count(m) from BodyMeeting m where m.bodyId = :b and m.meetsOn = :d", Long.class)
                    .setParameter("b", bodyId).setParameter("d", on).getSingleResult() == 0, "meetsOn",
                    "That meeting is already recorded.");
        }
        c.done();
        BodyMeeting m = new BodyMeeting(bodyId, on, t == null ? body.getName() + " meeting" : t, clock.instant());
        em.persist(m);
        em.flush();
        audit.record("body.meeting.added", target(body), "meeting on " + on);
        return m;
    }

    /** Whether the account holds a current place (representative or deputy) on the body. */
    @Transactional
    public boolean sitsOn(Long accountId, Long bodyId) {
        return accountId != null && em.createQuery("select count(t) from SeatTerm t, Seat s where t.seatId = s.id"
                        + " and s.bodyId = :b and t.accountId = :a and t.currentSlot is not null", Long.class)
                .setParameter("b", bodyId).setParameter("a", accountId).getSingleResult() > 0;
    }

    @Transactional
    public List<BodyUpdate> updates(Long bodyId) {
        return em.createQuery("select u from BodyUpdate u where u.bodyId = :b order by u.postedAt desc", BodyUpdate.class)
                .setParameter("b", bodyId).setMaxResults(20).getResultList();
    }

    /** Staff and statutory partner officers (e.g. the board's business manager) post updates for a body. */
    @Transactional
    public BodyUpdate postUpdate(Long bodyId, String title, String text) {
        Account actor = caller.require();
        if (!caller.isStaff() && !caller.has(Role.PARTNER_OFFICER)) {
            throw new AccessDenied("Only network staff and partner officers can post updates.");
        }
        PartnershipBody body = get(bodyId);
        Checks c = new Checks();
        String t = c.text("title", title, 200, true, "a title");
        String x = c.text("text", text, 4000, true, "the update");
        c.done();
        BodyUpdate u = new BodyUpdate(bodyId, t, x, actor.getDisplayName(), clock.instant());
        em.persist(u);
        audit.record("body.update.posted", target(body), t);
        return u;
    }

    static AuditLog.Target target(PartnershipBody b) {
        return new AuditLog.Target("body", b.getId(), b.getName());
    }
}
