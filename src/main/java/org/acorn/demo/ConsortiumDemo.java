package org.acorn.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import org.acorn.consortium.Acceptance;
import org.acorn.consortium.Agreement;
import org.acorn.consortium.Consortium;
import org.acorn.consortium.Officer;
import org.acorn.consortium.allocation.Allocation;
import org.acorn.consortium.allocation.AllocationForm;
import org.acorn.consortium.allocation.AllocationVersion;
import org.acorn.consortium.allocation.Delivery;
import org.acorn.consortium.bid.Bid;
import org.acorn.consortium.bid.BidDocument;
import org.acorn.consortium.bid.BidPost;
import org.acorn.consortium.bid.BidTask;
import org.acorn.consortium.bid.Bids;
import org.acorn.consortium.bid.Check;
import org.acorn.consortium.bid.DocumentVersion;
import org.acorn.consortium.bid.Partner;
import org.acorn.consortium.opportunity.ContractModel;
import org.acorn.consortium.opportunity.Interest;
import org.acorn.consortium.opportunity.Lot;
import org.acorn.consortium.opportunity.Opportunity;
import org.acorn.consortium.opportunity.Question;
import org.acorn.consortium.opportunity.Stage;
import org.acorn.consortium.register.Dispute;
import org.acorn.consortium.register.Risk;
import org.acorn.directory.Organisation;
import org.acorn.platform.account.Account;
import org.acorn.platform.files.FileStore;
import org.acorn.platform.files.StoredFile;
import org.acorn.platform.files.UploadRules;
import org.acorn.platform.security.PasswordHasher;

/**
 * The Forum's CIC end to end (seed 003 l.509: "a single body that tenders for contracts on behalf of the local sector
 * members and then allocates parts of the contract among its members"): the CIC with its board and a consortium
 * officer, the agreement, an open tender with two members' interest, and a won contract with its bid workspace,
 * allocation, delivery, a dispute and the risk register. Every name and figure is illustrative.
 */
@ApplicationScoped
public class ConsortiumDemo {

    static final String OFFICER_EMAIL = "cic@example.org";

    @PersistenceContext(unitName = "acorn") EntityManager em;
    @Inject FileStore files;

    private Instant now;
    private LocalDate today;

    public void load(List<Organisation> orgs, Instant now, String passwordHash) {
        this.now = now;
        this.today = LocalDate.ofInstant(now, Opportunity.LONDON);
        Organisation lead = orgs.get(0);
        Organisation partner = orgs.get(1);
        Organisation small = orgs.get(2);

        Consortium cic = new Consortium("Harbourton Children's Services CIC", "Community Interest Company", true, now.minusSeconds(86_400L * 400));
        cic.setCompanyNumber("09876543");
        cic.setPurpose("Tenders for contracts on behalf of the forum's members and allocates parts of each contract among them; supports smaller"
                + " members to have the right policies and procedures in place, and guarantees quality to commissioners.");
        cic.setBoard("Independent chair (illustrative)\nTwo directors elected by the forum's members\nA director from a small member organisation\nThe forum co-ordinator (non-voting)");
        em.persist(cic);

        Account officer = new Account(OFFICER_EMAIL, "Robin Hale (consortium officer)", now);
        officer.setPasswordHash(passwordHash);
        officer.markEmailVerified(now);
        em.persist(officer);
        em.flush();
        em.persist(new Officer(officer.getId(), "Contracts officer", now, null));
        Account orgAdmin = account("orgadmin@example.org");
        Account rep = account("rep@example.org");

        Agreement agreement = new Agreement(1, AGREEMENT, "First version, agreed at the forum's general meeting", now.minusSeconds(86_400L * 300), officer.getId());
        em.persist(agreement);
        em.flush();
        em.persist(new Acceptance(agreement.getId(), lead.getId(), orgAdmin.getId(), now.minusSeconds(86_400L * 280)));

        // an open tender: two members have said what they could deliver
        Opportunity open = opportunity("Family support in Harbourton's neighbourhoods", "Harbourton City Council, children's services",
                "Early help for families with children aged 0–11: key-worker support at home, parenting groups and drop-ins, in three neighbourhoods.",
                42_000_000L, ContractModel.BLOCK, today.plusDays(21), today.plusDays(45), officer.getId());
        Lot l1 = lot(open, 1, "Key-worker support at home", 24_000_000L, 60);
        lot(open, 2, "Parenting groups and drop-ins", 18_000_000L, 40);
        interest(l1, lead, orgAdmin, "Home visiting by trained family workers", "North and central neighbourhoods", "60 families a year", 11_000_000L,
                "Policies in place; two staff trained in the assessment framework");
        interest(l1, partner, rep, "Family support for fathers and young parents", "The east neighbourhood", "25 families a year", 5_000_000L,
                "Ready from the start date");
        Question q = new Question(open.getId(), "Can volunteers deliver part of lot 2 if supervised by qualified staff?", partner.getId(), now);
        q.answer("Yes: the specification allows supervised volunteers for group sessions; say how supervision works in the method statement.", now);
        em.persist(q);

        // interest closed yesterday; the officers have yet to decide whether to bid
        Opportunity closed = opportunity("Youth mentoring for looked-after young people", "Harbourton City Council, corporate parenting",
                "One-to-one mentoring by trained volunteers for looked-after young people aged 11–18.", 9_000_000L, ContractModel.SPOT,
                today.minusDays(1), today.plusDays(20), officer.getId());
        interest(lot(closed, 1, "The whole contract", null, 50), partner, rep, "Volunteer mentors", "City-wide", "20 young people", 4_500_000L, "Ready");

        // a won contract, end to end: bid workspace, outcome, allocation, delivery
        Opportunity won = opportunity("Parenting programmes " + today.getYear() + "–" + (today.getYear() + 2),
                "Harbourton Children's Trust", "Evidence-based parenting programmes across the city, including groups for fathers and for parents of disabled children.",
                18_000_000L, ContractModel.BLOCK, today.minusDays(120), today.minusDays(90), officer.getId());
        Lot wonLot = lot(won, 1, "The whole contract", 18_000_000L, null);
        interest(wonLot, lead, orgAdmin, "Parenting groups (12-week programme)", "City-wide", "8 groups a year", 12_000_000L, "Ready");
        interest(wonLot, partner, rep, "Groups for fathers", "City-wide", "3 groups a year", 6_000_000L, "Ready");
        Bid bid = new Bid(won.getId(), lead.getId(), officer.getId(), now.minusSeconds(86_400L * 115));
        em.persist(bid);
        em.flush();
        em.persist(new Partner(bid.getId(), lead.getId(), "Lead partner: lot 1"));
        em.flush();
        em.persist(new Partner(bid.getId(), partner.getId(), "Delivery partner: lot 1"));
        BidTask t1 = new BidTask(bid.getId(), "Draft the method statement", orgAdmin.getId(), today.minusDays(100));
        t1.done(now.minusSeconds(86_400L * 101));
        em.persist(t1);
        BidTask t2 = new BidTask(bid.getId(), "Price the fathers' groups", rep.getId(), today.minusDays(98));
        t2.done(now.minusSeconds(86_400L * 99));
        em.persist(t2);
        BidDocument doc = new BidDocument(bid.getId(), "Method statement");
        em.persist(doc);
        em.flush();
        version(doc, 1, "method-statement-v1.txt", "Method statement, first draft.", orgAdmin, null);
        version(doc, 2, "method-statement-v2.txt", "Method statement, with the fathers' groups added.", rep, "Added the fathers' groups");
        em.persist(new BidPost(bid.getId(), orgAdmin.getId(), "First draft of the method statement is in: please add your groups.", now.minusSeconds(86_400L * 105)));
        em.persist(new BidPost(bid.getId(), rep.getId(), "Done, version 2 has the fathers' groups.", now.minusSeconds(86_400L * 100)));
        for (int i = 0; i < Bids.CHECKLIST_LABELS.size(); i++) {
            Check c = new Check(bid.getId(), Bids.CHECKLIST_LABELS.get(i), i + 1);
            c.tick(officer.getId(), now.minusSeconds(86_400L * 92));
            em.persist(c);
            em.flush();
        }
        bid.submitted(now.minusSeconds(86_400L * 91));
        bid.outcome("Strong partnership and local reach; price was competitive.", now.minusSeconds(86_400L * 60));
        won.setStage(Stage.WON);
        Allocation a1 = allocation(won, wonLot, lead, "City-wide", "Parents of children aged 0–11", 8, "groups", 12_000_000L,
                "Lead partner; delivers the main programme and holds the accreditation.", officer);
        Allocation a2 = allocation(won, wonLot, partner, "City-wide", "Fathers", 3, "groups", 6_000_000L,
                "The only member running groups for fathers.", officer);
        for (int m = 2; m >= 1; m--) {
            String period = YearMonth.from(today).minusMonths(m).toString();
            delivery(a1, period, 1, 1_000_000L, officer);
            delivery(a2, period, m == 2 ? 0 : 1, m == 2 ? 0L : 500_000L, officer);
        }

        Dispute d = new Dispute(small.getId(), officer.getId(), won.getId(), "Not offered a share of the parenting contract",
                "We run a parents' group too but were not asked to take part (logged by the officer from a phone call).", now.minusSeconds(86_400L * 50));
        d.handle("The officer met the group; it had not expressed interest in time. It will be alerted to the next tender.", officer.getId());
        em.persist(d);
        risk("A member cannot deliver its allocation", 2, 4, "Contracts officer", "Partners agree cover arrangements in the bid; delivery is checked monthly.");
        risk("Payment by results contracts squeeze small members' cash flow", 3, 4, "Board", "The CIC pays members monthly on delivery, not on results.");
        risk("Members' policies lapse during a contract", 3, 3, "Contracts officer", "Readiness checks before each bid and reminders before documents expire.");
        em.flush();
    }

    private Account account(String email) {
        return em.createQuery("select a from Account a where a.email = :e", Account.class).setParameter("e", email).getSingleResult();
    }

    private Opportunity opportunity(String title, String commissioner, String description, long pence, ContractModel model,
                                    LocalDate interestBy, LocalDate submitBy, Long by) {
        Opportunity o = new Opportunity(title, commissioner, description, pence, model,
                interestBy.atTime(17, 0).atZone(Opportunity.LONDON).toInstant(), submitBy.atTime(LocalTime.NOON).atZone(Opportunity.LONDON).toInstant(), by,
                interestBy.minusDays(30).atStartOfDay(Opportunity.LONDON).toInstant());
        o.setClarificationDeadline(submitBy.minusDays(10));
        o.setAwardDate(submitBy.plusDays(30));
        o.setStartDate(submitBy.plusDays(60));
        em.persist(o);
        em.flush();
        return o;
    }

    private Lot lot(Opportunity o, int no, String title, Long pence, Integer minReadiness) {
        Lot l = new Lot(o.getId(), no, title, null, pence, minReadiness);
        em.persist(l);
        em.flush();
        return l;
    }

    private void interest(Lot lot, Organisation org, Account by, String service, String area, String volume, long cost, String readiness) {
        Interest i = new Interest(lot.getId(), org.getId(), by.getId(), now);
        i.describe(service, area, volume, cost, readiness, now);
        em.persist(i);
        em.flush();
    }

    private void version(BidDocument doc, int no, String name, String text, Account by, String note) {
        StoredFile f = files.store(Bids.FILE_KIND, name, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), UploadRules.documents(1024 * 1024));
        em.persist(new DocumentVersion(doc.getId(), no, f.getId(), note, by.getId(), now.minusSeconds(86_400L * (106 - no * 5))));
        doc.advance(no);
        em.flush();
    }

    private Allocation allocation(Opportunity o, Lot lot, Organisation org, String area, String group, int volume, String unit, long pence,
                                  String why, Account by) {
        Allocation a = new Allocation(o.getId());
        a.set(new AllocationForm.Checked(lot.getId(), org.getId(), area, group, volume, unit, pence, why, "CIC board", today.minusDays(55)), by.getId(),
                now.minusSeconds(86_400L * 55));
        em.persist(a);
        em.flush();
        em.persist(new AllocationVersion(a));
        return a;
    }

    private void delivery(Allocation a, String period, int volume, long pence, Account by) {
        Delivery d = new Delivery(a.getId(), period);
        d.record(volume, pence, null, by.getId(), now);
        em.persist(d);
        em.flush();
    }

    private void risk(String title, int likelihood, int impact, String owner, String mitigation) {
        Risk r = new Risk(now);
        r.set(title, null, likelihood, impact, owner, mitigation, true, now);
        em.persist(r);
        em.flush();
    }

    static final String AGREEMENT = """
            ## Consortium agreement (illustrative)

            1. **Membership.** Every member of the forum is a member of the CIC.
            2. **Tenders.** The CIC tenders on members' behalf; members say which lots they could deliver before interest closes.
            3. **Allocation.** How delivery is allocated is agreed by the CIC board and published to every member with the reasons.
            4. **Quality.** Members keep their policies and procedures current; the CIC helps smaller members to do so.
            5. **Disputes.** A member may raise a dispute about an allocation or delivery; the officers answer within 20 working days.
            """;
}
