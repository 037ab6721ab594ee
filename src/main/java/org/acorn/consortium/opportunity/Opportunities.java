package org.acorn.consortium.opportunity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.acorn.consortium.ConsortiumAccess;
import org.acorn.directory.InvalidInput;
import org.acorn.directory.Organisation;
import org.acorn.directory.taxonomy.Taxonomy;
import org.acorn.directory.taxonomy.TaxonomyTerm;
import org.acorn.governance.Checks;
import org.acorn.network.District;
import org.acorn.platform.account.Account;
import org.acorn.platform.audit.AuditLog;
import org.acorn.platform.files.FileStore;
import org.acorn.platform.files.StoredFile;
import org.acorn.platform.files.UploadRules;
import org.acorn.platform.security.AccessDenied;
import org.acorn.platform.security.Caller;
import org.acorn.search.IndexEvents;

/**
 * Tender and funding opportunities: officers post them (with lots, dates, documents), members are alerted when one
 * suits them, ask clarification questions (answers go to everyone interested) and express interest in lots.
 */
@ApplicationScoped
public class Opportunities {

    public static final String FILE_KIND = "consortium-opportunity";
    static final long DOCUMENT_MAX_BYTES = 10L * 1024 * 1024;

    @PersistenceContext(unitName = "acorn") EntityManager em;
    @Inject Caller caller;
    @Inject ConsortiumAccess access;
    @Inject AuditLog audit;
    @Inject Clock clock;
    @Inject FileStore files;
    @Inject IndexEvents indexEvents;
    @Inject OpportunityMail mail;

    /** A choice on the form: a term or district by id. */
    public record Choice(Long id, String label) implements java.io.Serializable {
        public Long getId() { return id; }
        public String getLabel() { return label; }
    }

    /** An interest with its organisation's name and the lot, as officers list them. */
    public record InterestView(Interest interest, String organisation, Lot lot) {
        public Interest getInterest() { return interest; }
        public String getOrganisation() { return organisation; }
        public Lot getLot() { return lot; }
    }

    public Instant now() { return clock.instant(); }

    // ---------------------------------------------------------------- reading

    /**
     * Every opportunity, newest first, for the members area; a commissioner allowed to post sees only those they posted
     * (the consortium's other business is not theirs to read).
     */
    @Transactional
    public List<Opportunity> list() {
        if (!access.mayReadMembersArea() && access.mayPostOpportunity()) {
            return em.createQuery("select o from Opportunity o where o.createdBy = :me order by o.createdAt desc, o.id desc", Opportunity.class)
                    .setParameter("me", caller.require().getId()).getResultList();
        }
        access.requireMembersArea();
        return em.createQuery("select o from Opportunity o order by o.createdAt desc, o.id desc", Opportunity.class).getResultList();
    }

    /**
     * One opportunity for a reader of the members area (or the commissioner who posted it); empty when unknown or not
     * theirs to see, alike.
     */
    @Transactional
    public Optional<Opportunity> find(Long id) {
        if (id == null || !caller.isSignedIn()) return Optional.empty();
        Opportunity o = em.find(Opportunity.class, id);
        if (o == null) return Optional.empty();
        if (access.mayReadMembersArea() || caller.require().getId().equals(o.getCreatedBy())) return Optional.of(o);
        return Optional.empty();
    }

    /** Without any check: for search, cards, bulletins and other services that apply their own rule. */
    @Transactional
    public Optional<Opportunity> load(Long id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(Opportunity.class, id));
    }

    @Transactional
    public List<Lot> lots(Long opportunityId) {
        return em.createQuery("select l from Lot l where l.opportunityId = :o order by l.lotNo", Lot.class)
                .setParameter("o", opportunityId).getResultList();
    }

    @Transactional
    public List<StoredFile> documents(Long opportunityId) {
        return em.createQuery("select f from StoredFile f, OpportunityDocument d where d.fileId = f.id and d.opportunityId = :o order by d.id",
                StoredFile.class).setParameter("o", opportunityId).getResultList();
    }

    @Transactional
    public List<Question> questions(Long opportunityId) {
        return em.createQuery("select q from Question q where q.opportunityId = :o and q.withdrawnAt is null order by q.askedAt", Question.class)
                .setParameter("o", opportunityId).getResultList();
    }

    /** All expressions of interest (officers and staff) or only the caller's organisation's (a member). */
    @Transactional
    public List<InterestView> interests(Long opportunityId) {
        if (!access.mayReadMembersArea()) return List.of(); // a posting commissioner: not theirs to read
        Map<Long, Lot> lots = new HashMap<>();
        lots(opportunityId).forEach(l -> lots.put(l.getId(), l));
        if (lots.isEmpty()) return List.of();
        boolean all = access.isOfficer() || caller.isStaff();
        Long mine = caller.organisationId();
        List<InterestView> out = new ArrayList<>();
        for (Interest i : em.createQuery("select i from Interest i where i.lotId in :l order by i.lotId, i.submittedAt", Interest.class)
                .setParameter("l", lots.keySet()).getResultList()) {
            if (!all && !i.getOrganisationId().equals(mine)) continue;
            out.add(new InterestView(i, em.find(Organisation.class, i.getOrganisationId()).getName(), lots.get(i.getLotId())));
        }
        return out;
    }

    /** Themes an opportunity may name: the outcomes and top-level service types. */
    @Transactional
    public List<Choice> themeChoices() {
        return em.createQuery("select t from TaxonomyTerm t where t.parentId is null and t.retiredAt is null and t.taxonomy.code in :c"
                        + " order by t.taxonomy.id, t.sortOrder", TaxonomyTerm.class)
                .setParameter("c", List.of(Taxonomy.ECM, Taxonomy.SERVICE_TYPE)).getResultList().stream()
                .map(t -> new Choice(t.getId(), t.getLabel())).toList();
    }

    @Transactional
    public List<Choice> targetGroupChoices() {
        return em.createQuery("select t from TaxonomyTerm t where t.retiredAt is null and t.taxonomy.code = :c order by t.sortOrder", TaxonomyTerm.class)
                .setParameter("c", Taxonomy.TARGET_GROUP).getResultList().stream().map(t -> new Choice(t.getId(), t.getLabel())).toList();
    }

    @Transactional
    public List<Choice> districtChoices() {
        return em.createQuery("select d from District d order by d.sortOrder", District.class).getResultList().stream()
                .map(d -> new Choice(d.getId(), d.getName())).toList();
    }

    /** Labels of the terms and districts an opportunity names, for its page. */
    @Transactional
    public List<String> labels(Opportunity o) {
        List<String> out = new ArrayList<>();
        Set<Long> terms = new LinkedHashSet<>(o.getThemeIdSet());
        terms.addAll(o.getTargetGroupIdSet());
        if (!terms.isEmpty()) {
            em.createQuery("select t from TaxonomyTerm t where t.id in :ids order by t.taxonomy.id, t.sortOrder", TaxonomyTerm.class)
                    .setParameter("ids", terms).getResultList().forEach(t -> out.add(t.getLabel()));
        }
        if (!o.getDistrictIdSet().isEmpty()) {
            em.createQuery("select d from District d where d.id in :ids order by d.sortOrder", District.class)
                    .setParameter("ids", o.getDistrictIdSet()).getResultList().forEach(d -> out.add(d.getName()));
        }
        return out;
    }

    // ---------------------------------------------------------------- officers: posting

    @Transactional
    public Opportunity post(OpportunityForm f) {
        Account me = caller.require();
        access.requireConsortium();
        if (!access.mayPostOpportunity()) throw new AccessDenied("Only consortium officers can post opportunities.");
        Checks c = new Checks();
        Fields x = read(c, f);
        String title = x.title(), commissioner = x.commissioner(), description = x.description();
        Long value = x.value();
        LocalDate interest = x.interest(), clarification = x.clarification(), submission = x.submission(), award = x.award(), start = x.start();
        LocalTime at = x.at();
        LocalDate today = LocalDate.ofInstant(clock.instant(), Opportunity.LONDON);
        if (interest != null && interest.isBefore(today)) c.fail("interestDeadline", "The closing date for interest has passed: choose today or later.");
        if (submission != null && submission.isBefore(today)) c.fail("submissionDeadline", "The submission deadline has passed: choose today or later.");
        x.checkOrder(c);
        List<LotLines.Line> lots = LotLines.parse(c, f.getLots(), value == null ? Long.MAX_VALUE : value);
        Set<Long> themes = known(c, "themes", f.getThemes(), themeChoices());
        Set<Long> groups = known(c, "targetGroups", f.getTargetGroups(), targetGroupChoices());
        Set<Long> districts = known(c, "districts", f.getDistricts(), districtChoices());
        c.done();
        Opportunity o = new Opportunity(title, commissioner, description, value, f.getContractModel(),
                interest.atTime(17, 0).atZone(Opportunity.LONDON).toInstant(), submission.atTime(at).atZone(Opportunity.LONDON).toInstant(),
                me.getId(), clock.instant());
        o.setClarificationDeadline(clarification);
        o.setAwardDate(award);
        o.setStartDate(start);
        o.setThemeIdSet(themes);
        o.setTargetGroupIdSet(groups);
        o.setDistrictIdSet(districts);
        em.persist(o);
        em.flush();
        if (lots.isEmpty()) lots = List.of(new LotLines.Line("The whole contract", value, null));
        for (int i = 0; i < lots.size(); i++) {
            LotLines.Line l = lots.get(i);
            em.persist(new Lot(o.getId(), i + 1, l.title(), null, l.valuePence(), l.minReadiness()));
            em.flush(); // lot numbers follow ids, so lists read in order
        }
        indexEvents.changed(OpportunitySource.KIND, String.valueOf(o.getId()));
        audit.record("consortium.opportunity.posted", new AuditLog.Target("consortium_opportunity", o.getId(), title), Money.label(value));
        mail.alertMatchingMembers(o, matchingMembers(o));
        return o;
    }

    /** The form filled with an opportunity as it stands, for an officer to edit. */
    @Transactional
    public OpportunityForm formOf(Opportunity o) {
        OpportunityForm f = new OpportunityForm();
        f.setTitle(o.getTitle());
        f.setCommissioner(o.getCommissioner());
        f.setDescription(o.getDescription());
        f.setValue(Money.typed(o.getValuePence()));
        f.setContractModel(o.getContractModel());
        f.setInterestDeadline(LocalDate.ofInstant(o.getInterestDeadline(), Opportunity.LONDON).toString());
        f.setClarificationDeadline(o.getClarificationDeadline() == null ? null : o.getClarificationDeadline().toString());
        f.setSubmissionDeadline(LocalDate.ofInstant(o.getSubmissionDeadline(), Opportunity.LONDON).toString());
        f.setSubmissionTime(LocalTime.ofInstant(o.getSubmissionDeadline(), Opportunity.LONDON).toString());
        f.setAwardDate(o.getAwardDate() == null ? null : o.getAwardDate().toString());
        f.setStartDate(o.getStartDate() == null ? null : o.getStartDate().toString());
        f.setLots(String.join("\n", lots(o.getId()).stream().map(Lot::getLine).toList()));
        return f;
    }

    /** An opportunity's edits after posting, newest first. */
    @Transactional
    public List<OpportunityChange> history(Long opportunityId) {
        return em.createQuery("select c from OpportunityChange c where c.opportunityId = :o order by c.changedAt desc, c.id desc", OpportunityChange.class)
                .setParameter("o", opportunityId).getResultList();
    }

    /**
     * An officer corrects a posted opportunity: its text, value, model, dates and lots (one line per lot, in order: a
     * line changes the lot in its place, a new line adds one, a missing line removes one — refused for a lot that has
     * expressions of interest). Refused whole when anything is wrong or someone else edited it since it was shown. The
     * change is kept in the opportunity's history and the audit log; members who expressed interest are emailed when a
     * date moves. A date left as it was may already have passed; a changed one may not.
     */
    @Transactional
    public Opportunity edit(Long opportunityId, OpportunityForm f, long shownVersion) {
        Account me = caller.require();
        access.requireOfficer();
        Opportunity o = opportunityId == null ? null : em.find(Opportunity.class, opportunityId, LockModeType.PESSIMISTIC_WRITE);
        if (o == null) throw InvalidInput.of("That opportunity no longer exists.");
        if (o.getVersion() != shownVersion) {
            throw InvalidInput.of("Someone else changed this opportunity while you were editing it. Nothing was saved: look at it again.");
        }
        OpportunityForm was = formOf(o);
        Checks c = new Checks();
        Fields x = read(c, f);
        String title = x.title(), commissioner = x.commissioner(), description = x.description();
        Long value = x.value();
        LocalDate interest = x.interest(), clarification = x.clarification(), submission = x.submission(), award = x.award(), start = x.start();
        LocalTime at = x.at();
        LocalDate today = LocalDate.ofInstant(clock.instant(), Opportunity.LONDON);
        if (interest != null && interest.isBefore(today) && !interest.toString().equals(was.getInterestDeadline())) {
            c.fail("interestDeadline", "That date has passed: choose today or later (or leave the date as it was).");
        }
        if (submission != null && submission.isBefore(today) && !submission.toString().equals(was.getSubmissionDeadline())) {
            c.fail("submissionDeadline", "That date has passed: choose today or later (or leave the date as it was).");
        }
        x.checkOrder(c);
        List<LotLines.Line> lines = LotLines.parse(c, f.getLots(), value == null ? Long.MAX_VALUE : value);
        if (c.ok() && lines.isEmpty()) c.fail("lots", "Keep at least one lot (a contract without lots is one lot: the whole contract).");
        List<Lot> lots = lots(o.getId());
        List<Lot> kept = matchLots(lots, lines);
        List<Lot> removed = lots.stream().filter(l -> !kept.contains(l)).toList();
        if (c.ok()) {
            for (Lot gone : removed) {
                long interested = em.createQuery("select count(i) from Interest i where i.lotId = :l", Long.class)
                        .setParameter("l", gone.getId()).getSingleResult();
                long allocated = em.createQuery("select count(a) from Allocation a where a.lotId = :l", Long.class)
                        .setParameter("l", gone.getId()).getSingleResult();
                if (allocated > 0) {
                    c.fail("lots", gone.getLabel() + " has been allocated to members, so it cannot be removed: keep its line.");
                    break;
                }
                if (interested > 0) {
                    c.fail("lots", gone.getLabel() + " has " + interested + (interested == 1 ? " expression" : " expressions")
                            + " of interest, so it cannot be removed: keep its line (you may change its title or value).");
                    break;
                }
            }
        }
        c.done();
        OpportunityForm now = new OpportunityForm();
        now.setTitle(title);
        now.setCommissioner(commissioner);
        now.setDescription(description);
        now.setValue(Money.typed(value));
        now.setContractModel(f.getContractModel());
        now.setInterestDeadline(interest.toString());
        now.setClarificationDeadline(clarification == null ? null : clarification.toString());
        now.setSubmissionDeadline(submission.toString());
        now.setSubmissionTime(at.toString());
        now.setAwardDate(award == null ? null : award.toString());
        now.setStartDate(start == null ? null : start.toString());
        o.revise(title, commissioner, description, value, f.getContractModel(),
                interest.atTime(17, 0).atZone(Opportunity.LONDON).toInstant(), submission.atTime(at).atZone(Opportunity.LONDON).toInstant());
        o.setClarificationDeadline(clarification);
        o.setAwardDate(award);
        o.setStartDate(start);
        int next = lots.stream().mapToInt(Lot::getLotNo).max().orElse(0);
        for (Lot gone : removed) em.remove(gone);
        em.flush();
        for (int i = 0; i < lines.size(); i++) {
            LotLines.Line l = lines.get(i);
            if (kept.get(i) != null) {
                kept.get(i).revise(l.title(), l.valuePence(), l.minReadiness());
            } else {
                em.persist(new Lot(o.getId(), ++next, l.title(), null, l.valuePence(), l.minReadiness()));
                em.flush(); // lot numbers follow ids
            }
        }
        now.setLots(String.join("\n", lines.stream().map(l -> new Lot(o.getId(), 0, l.title(), null, l.valuePence(), l.minReadiness()).getLine()).toList()));
        Map<String, Object> before = fields(was);
        Map<String, Object> after = fields(now);
        String summary = AuditLog.changes(before, after);
        if ("no change".equals(summary)) return o;
        boolean datesMoved = DATE_FIELDS.stream().anyMatch(k -> !java.util.Objects.equals(before.get(k), after.get(k)));
        OpportunityChange change = new OpportunityChange(o.getId(), me.getId(), me.getDisplayName(), clock.instant(), summary, datesMoved);
        em.persist(change);
        em.flush();
        indexEvents.changed(OpportunitySource.KIND, String.valueOf(o.getId()));
        audit.record("consortium.opportunity.edited", new AuditLog.Target("consortium_opportunity", o.getId(), title), summary);
        if (datesMoved) {
            Map<String, Object> b = new java.util.LinkedHashMap<>();
            Map<String, Object> a = new java.util.LinkedHashMap<>();
            DATE_FIELDS.forEach(k -> { b.put(k, before.get(k)); a.put(k, after.get(k)); });
            mail.datesChanged(o, AuditLog.changes(b, a), interestedOrganisations(o.getId()), change.getId());
        }
        return o;
    }

    /**
     * Which existing lot each typed line changes: the lot of the same title, else the lot in the line's place (when no
     * line names that lot), else none (a new lot). Lots no line chooses are to be removed.
     */
    static List<Lot> matchLots(List<Lot> lots, List<LotLines.Line> lines) {
        Map<String, Lot> byTitle = new HashMap<>();
        lots.forEach(l -> byTitle.putIfAbsent(l.getTitle().toLowerCase(java.util.Locale.UK), l));
        Set<String> typed = new java.util.HashSet<>();
        lines.forEach(l -> typed.add(l.title().toLowerCase(java.util.Locale.UK)));
        List<Lot> out = new ArrayList<>();
        Set<Lot> used = new java.util.HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            Lot l = byTitle.get(lines.get(i).title().toLowerCase(java.util.Locale.UK));
            if (l == null || used.contains(l)) {
                Lot inPlace = i < lots.size() ? lots.get(i) : null;
                l = inPlace != null && !used.contains(inPlace) && !typed.contains(inPlace.getTitle().toLowerCase(java.util.Locale.UK)) ? inPlace : null;
            }
            out.add(l);
            if (l != null) used.add(l);
        }
        return out;
    }

    private static final List<String> DATE_FIELDS = List.of("Interest closes", "Clarification deadline", "Submission deadline",
            "Submission time", "Award date", "Start date");

    private static Map<String, Object> fields(OpportunityForm f) {
        Map<String, Object> m = new HashMap<>();
        m.put("Title", f.getTitle());
        m.put("Commissioner", f.getCommissioner());
        m.put("Description", f.getDescription());
        m.put("Value", f.getValue());
        m.put("Contract model", f.getContractModel() == null ? null : f.getContractModel().getLabel());
        m.put("Interest closes", f.getInterestDeadline());
        m.put("Clarification deadline", f.getClarificationDeadline());
        m.put("Submission deadline", f.getSubmissionDeadline());
        m.put("Submission time", f.getSubmissionTime());
        m.put("Award date", f.getAwardDate());
        m.put("Start date", f.getStartDate());
        m.put("Lots", f.getLots());
        return m;
    }

    /** Member organisations whose directory profile suits the opportunity (see {@link OpportunityMatch}). */
    @Transactional
    public List<Organisation> matchingMembers(Opportunity o) {
        Map<Long, Long> parents = new HashMap<>();
        for (Object[] row : em.createQuery("select t.id, t.parentId from TaxonomyTerm t", Object[].class).getResultList()) {
            parents.put((Long) row[0], (Long) row[1]);
        }
        Map<Long, Set<Long>> termsByOrg = new HashMap<>();
        for (Object[] row : em.createQuery("select s.organisationId, t.id from Service s join s.terms t where s.status <> :closed", Object[].class)
                .setParameter("closed", org.acorn.directory.service.ServiceStatus.CLOSED).getResultList()) {
            termsByOrg.computeIfAbsent((Long) row[0], k -> new java.util.HashSet<>()).add((Long) row[1]);
        }
        OpportunityMatch match = new OpportunityMatch(parents);
        OpportunityMatch.Wants wants = new OpportunityMatch.Wants(o.getThemeIdSet(), o.getTargetGroupIdSet(), o.getDistrictIdSet());
        List<Organisation> out = new ArrayList<>();
        for (Organisation org : em.createQuery("select o from Organisation o where o.membershipStatus = :m order by o.id", Organisation.class)
                .setParameter("m", org.acorn.directory.MembershipStatus.MEMBER).getResultList()) {
            if (!access.isMemberOrganisation(org.getId())) continue;
            Set<Long> served = new java.util.HashSet<>();
            org.getDistricts().forEach(d -> served.add(d.getId()));
            boolean everywhere = org.isCountyWide() || served.isEmpty();
            if (match.suits(wants, new OpportunityMatch.Offers(termsByOrg.getOrDefault(org.getId(), Set.of()), served, everywhere))) out.add(org);
        }
        return out;
    }

    /** A tender document: officers only; its type is read from its content, never from its name. */
    @Transactional
    public StoredFile attach(Long opportunityId, String fileName, InputStream content) {
        access.requireOfficer();
        Opportunity o = load(opportunityId).orElseThrow(() -> InvalidInput.of("That opportunity no longer exists."));
        StoredFile f = files.store(FILE_KIND, fileName, content, UploadRules.documents(DOCUMENT_MAX_BYTES));
        em.persist(new OpportunityDocument(o.getId(), f.getId(), clock.instant()));
        audit.record("consortium.opportunity.document", new AuditLog.Target("consortium_opportunity", o.getId(), o.getTitle()), f.getFileName());
        return f;
    }

    /** Whether the file is one of an opportunity's documents (for the download rule). */
    @Transactional
    public boolean isOpportunityDocument(Long fileId) {
        return !em.createQuery("select d.id from OpportunityDocument d where d.fileId = :f", Long.class).setParameter("f", fileId).getResultList().isEmpty();
    }

    // ---------------------------------------------------------------- clarification questions

    @Transactional
    public Question ask(Long opportunityId, String text) {
        caller.require();
        if (!access.isMember() && !access.isOfficer()) throw new AccessDenied("Questions come from members of the consortium.");
        Opportunity o = find(opportunityId).orElseThrow(() -> InvalidInput.of("That opportunity no longer exists."));
        Checks c = new Checks();
        String q = c.text("question", text, 2000, true, "your question");
        if (o.getClarificationDeadline() != null && LocalDate.ofInstant(clock.instant(), Opportunity.LONDON).isAfter(o.getClarificationDeadline())) {
            c.fail("question", "Clarification questions closed on " + o.getClarificationDeadlineLabel() + ".");
        }
        c.done();
        Question question = new Question(o.getId(), q, caller.organisationId(), clock.instant());
        em.persist(question);
        em.flush();
        return question;
    }

    /** An officer answers: the answer is published on the page and emailed to every member that expressed interest. */
    @Transactional
    public void answer(Long questionId, String text) {
        access.requireOfficer();
        Question q = questionId == null ? null : em.find(Question.class, questionId);
        if (q == null || q.isWithdrawn()) throw InvalidInput.of("That question no longer exists.");
        Checks c = new Checks();
        String a = c.text("answer", text, 4000, true, "the answer");
        c.done();
        boolean first = !q.isAnswered();
        q.answer(a, clock.instant());
        Opportunity o = em.find(Opportunity.class, q.getOpportunityId());
        audit.record("consortium.question.answered", new AuditLog.Target("consortium_opportunity", o.getId(), o.getTitle()), null);
        if (first) {
            Set<Long> orgs = new LinkedHashSet<>(interestedOrganisations(o.getId()));
            if (q.getAskedByOrg() != null) orgs.add(q.getAskedByOrg());
            mail.clarification(o, q, orgs);
        }
    }

    /**
     * An officer takes a published question (and its answer) off the page — a mistaken or commercially sensitive answer,
     * say. It is kept, with who withdrew it and why, in the audit log; members no longer see it.
     */
    @Transactional
    public void withdraw(Long questionId, String reason) {
        Account me = caller.require();
        access.requireOfficer();
        Question q = questionId == null ? null : em.find(Question.class, questionId, LockModeType.PESSIMISTIC_WRITE);
        if (q == null || q.isWithdrawn()) throw InvalidInput.of("That question is no longer on the page.");
        Checks c = new Checks();
        String why = c.text("reason", reason, 1000, true, "why it is withdrawn");
        c.done();
        q.withdraw(me.getId(), why, clock.instant());
        Opportunity o = em.find(Opportunity.class, q.getOpportunityId());
        audit.record("consortium.question.withdrawn", new AuditLog.Target("consortium_opportunity", o.getId(), o.getTitle()),
                "Question: " + q.getQuestion() + (q.isAnswered() ? " · Answer: " + q.getAnswer() : "") + " · Why: " + why);
    }

    @Transactional
    public List<Long> interestedOrganisations(Long opportunityId) {
        return em.createQuery("select distinct i.organisationId from Interest i, Lot l where i.lotId = l.id and l.opportunityId = :o", Long.class)
                .setParameter("o", opportunityId).getResultList();
    }

    // ---------------------------------------------------------------- expressions of interest

    /**
     * The caller's organisation says what it could deliver in a lot. Refused once interest has closed, with the date,
     * so nobody believes they are in when they are not; sent again before then, it replaces the earlier one.
     */
    @Transactional
    public Interest expressInterest(InterestForm f) {
        Account me = caller.require();
        Long org = me.getOrganisationId();
        if (org == null || !access.isMemberOrganisation(org)) throw new AccessDenied("Expressions of interest come from member organisations of the consortium.");
        Lot lot = f.getLotId() == null ? null : em.find(Lot.class, f.getLotId());
        if (lot == null) throw new InvalidInput("lot", "Choose the lot you are interested in.");
        Opportunity o = em.find(Opportunity.class, lot.getOpportunityId(), LockModeType.PESSIMISTIC_READ);
        if (!o.interestOpen(clock.instant())) {
            throw InvalidInput.of(o.getStage() != Stage.OPEN
                    ? "Expressions of interest for “" + o.getTitle() + "” are closed: the consortium has moved on to the bid."
                    : "Expressions of interest for “" + o.getTitle() + "” closed on " + o.getInterestDeadlineLabel()
                            + ". Nothing was recorded; ask a consortium officer if you still want to take part.");
        }
        Checks c = new Checks();
        String service = c.text("service", f.getService(), 1000, true, "the service you could deliver");
        String area = c.text("area", f.getArea(), 300, true, "the area you could cover");
        String volume = c.text("volume", f.getVolume(), 300, true, "how much you could deliver (for example 40 families a year)");
        Long cost = Money.pence(c, "cost", f.getCost(), false, "the cost");
        String readiness = c.text("readiness", f.getReadiness(), 1000, false, "your readiness");
        c.done();
        Interest i = em.createQuery("select i from Interest i where i.lotId = :l and i.organisationId = :o", Interest.class)
                .setParameter("l", lot.getId()).setParameter("o", org).getResultStream().findFirst().orElse(null);
        boolean fresh = i == null;
        if (fresh) i = new Interest(lot.getId(), org, me.getId(), clock.instant());
        i.describe(service, area, volume, cost, readiness, clock.instant());
        if (fresh) em.persist(i);
        em.flush();
        audit.record(fresh ? "consortium.interest.expressed" : "consortium.interest.changed",
                new AuditLog.Target("consortium_lot", lot.getId(), lot.getLabel()), o.getTitle());
        return i;
    }

    // ---------------------------------------------------------------- helpers

    /** The form's fields as posting and editing both read them; whether a past date may stand is each one's rule. */
    private record Fields(String title, String commissioner, String description, Long value, LocalDate interest,
                          LocalDate clarification, LocalDate submission, LocalTime at, LocalDate award, LocalDate start) {
        void checkOrder(Checks c) {
            c.order("interestDeadline", interest, submission, "Interest must close on or before the submission deadline.");
            c.order("clarificationDeadline", clarification, submission, "Clarification questions must close on or before the submission deadline.");
            c.order("awardDate", submission, award, "The award comes after the submission deadline.");
            c.order("startDate", award, start, "The contract starts on or after the award.");
        }
    }

    private static Fields read(Checks c, OpportunityForm f) {
        String title = c.text("title", f.getTitle(), 200, true, "a title");
        String commissioner = c.text("commissioner", f.getCommissioner(), 200, true, "the commissioner (for example the council's children's services)");
        String description = c.text("description", f.getDescription(), 8000, true, "what the contract is for");
        Long value = Money.pence(c, "value", f.getValue(), true, "the contract's value");
        c.require("contractModel", f.getContractModel(), "Choose the contract model.");
        return new Fields(title, commissioner, description, value,
                date(c, "interestDeadline", f.getInterestDeadline(), true, "the closing date for expressions of interest"),
                date(c, "clarificationDeadline", f.getClarificationDeadline(), false, "the clarification deadline"),
                date(c, "submissionDeadline", f.getSubmissionDeadline(), true, "the submission deadline"),
                time(c, "submissionTime", f.getSubmissionTime()),
                date(c, "awardDate", f.getAwardDate(), false, "the award date"),
                date(c, "startDate", f.getStartDate(), false, "the start date"));
    }

    private static LocalDate date(Checks c, String field, String typed, boolean required, String label) {
        if (typed == null || typed.isBlank()) {
            if (required) c.fail(field, "Enter " + label + ", like 2026-05-14.");
            return null;
        }
        try {
            return LocalDate.parse(typed.strip());
        } catch (DateTimeParseException e) {
            c.fail(field, "Enter " + label + " as a date like 2026-05-14.");
            return null;
        }
    }

    private static LocalTime time(Checks c, String field, String typed) {
        if (typed == null || typed.isBlank()) return LocalTime.NOON;
        try {
            return LocalTime.parse(typed.strip());
        } catch (DateTimeParseException e) {
            c.fail(field, "Enter the time like 12:00.");
            return LocalTime.NOON;
        }
    }

    private static Set<Long> known(Checks c, String field, List<Long> chosen, List<Choice> choices) {
        Set<Long> ids = new LinkedHashSet<>(chosen == null ? List.of() : chosen);
        Set<Long> allowed = new java.util.HashSet<>();
        choices.forEach(ch -> allowed.add(ch.id()));
        if (!allowed.containsAll(ids)) c.fail(field, "Choose from the list.");
        return ids;
    }
}
