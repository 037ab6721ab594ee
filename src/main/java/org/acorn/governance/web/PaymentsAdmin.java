package org.acorn.governance.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.acorn.directory.InvalidInput;
import org.acorn.governance.body.BodyType;
import org.acorn.governance.payment.Capacity;
import org.acorn.governance.payment.Claim;
import org.acorn.governance.payment.ClaimCalculator;
import org.acorn.governance.payment.FinancialYear;
import org.acorn.governance.payment.PaymentScheme;
import org.acorn.governance.payment.Payments;
import org.acorn.governance.payment.Rates;
import org.acorn.platform.security.Caller;
import org.acorn.platform.security.Role;
import org.acorn.platform.web.Faces;

/**
 * Backs /admin/payments.xhtml (schemes, budgets, budget against spend as a chart with its table) and
 * /admin/claims.xhtml (claims waiting, approve or return with a reason, CSV links).
 */
@Named
@ViewScoped
public class PaymentsAdmin implements Serializable {
    private static final long serialVersionUID = 1L;

    public static final int LABEL_WIDTH = 220;
    public static final int BAR_SPACE = 360;
    public static final int ROW_HEIGHT = 44;

    @Inject Payments payments;
    @Inject Caller caller;

    private String year;
    private int budgetYear;
    private List<Payments.BudgetRow> budgets;
    private List<Payments.ClaimRow> waiting;
    private List<Payments.ClaimRow> decided;
    // a scheme
    private Long schemeId;
    private String name;
    private String funder;
    private String dayRate;
    private String halfDayRate;
    private String pencePerMile;
    private String travelCap;
    private String childcareCap;
    private String backfillCap;
    private List<String> capacities = new ArrayList<>();
    private List<String> bodyTypes = new ArrayList<>();
    private boolean active = true;
    // a budget
    private Long budgetScheme;
    private String budgetAmount;
    // returning a claim
    private String reason;

    public void loadPayments() {
        caller.requireAny(Role.COORDINATOR, Role.SITE_ADMIN);
        Long y = Faces.id(year);
        budgetYear = y != null && y > 1999 && y < 2101 ? y.intValue() : payments.currentYear();
        budgets = payments.budgets(budgetYear);
    }

    public void loadClaims() {
        caller.requireAny(Role.COORDINATOR, Role.SITE_ADMIN);
        waiting = payments.claims(Claim.Status.SUBMITTED, null);
        decided = payments.claims(null, null).stream().filter(r -> r.claim().getStatus() != Claim.Status.SUBMITTED).limit(100).toList();
    }

    public void edit(PaymentScheme s) {
        schemeId = s.getId();
        name = s.getName();
        funder = s.getFunder();
        dayRate = pounds(s.getDayRate());
        halfDayRate = pounds(s.getHalfDayRate());
        pencePerMile = s.getPencePerMile() == null ? null : String.valueOf(s.getPencePerMile());
        travelCap = pounds(s.getTravelCap());
        childcareCap = pounds(s.getChildcareCap());
        backfillCap = pounds(s.getBackfillCap());
        capacities = new ArrayList<>(s.getCapacities().stream().map(Enum::name).toList());
        bodyTypes = new ArrayList<>(s.getBodyTypes().stream().map(Enum::name).toList());
        active = s.isActive();
    }

    private static String pounds(Integer pence) {
        return pence == null ? null : ClaimCalculator.pounds(pence).substring(1);
    }

    public void saveScheme() {
        try {
            Rates rates = new Rates(money("dayRate", dayRate), money("halfDayRate", halfDayRate), whole("pencePerMile", pencePerMile),
                    money("travelCap", travelCap), money("childcareCap", childcareCap), money("backfillCap", backfillCap));
            Set<Capacity> caps = EnumSet.noneOf(Capacity.class);
            capacities.forEach(c -> caps.add(Capacity.valueOf(c)));
            Set<BodyType> types = EnumSet.noneOf(BodyType.class);
            bodyTypes.forEach(t -> types.add(BodyType.valueOf(t)));
            payments.saveScheme(schemeId, name, funder, rates, caps, types, active);
            Faces.flash("Scheme saved.");
            Faces.redirect("/admin/payments.xhtml?year=" + budgetYear);
        } catch (InvalidInput e) {
            Faces.errors("scheme", e.errors());
        } catch (IllegalArgumentException tampered) {
            Faces.error("Choose from the lists given.");
        }
    }

    public void saveBudget() {
        try {
            payments.setBudget(budgetScheme, budgetYear, money("amount", budgetAmount));
            Faces.flash("Budget for " + FinancialYear.label(budgetYear) + " saved.");
            Faces.redirect("/admin/payments.xhtml?year=" + budgetYear);
        } catch (InvalidInput e) {
            Faces.errors("budget", e.errors());
        }
    }

    public List<org.acorn.platform.files.StoredFile> receipts(Long claimId) { return payments.receipts(claimId); }

    public void approve(Payments.ClaimRow row) {
        try {
            payments.approve(row.claim().getId());
            Faces.flash("Approved " + row.claimant() + "'s claim of " + ClaimCalculator.pounds(row.claim().getTotal()) + ".");
            Faces.redirect("/admin/claims.xhtml");
        } catch (InvalidInput e) {
            Faces.errors("waiting", e.errors());
        }
    }

    public void returnClaim(Payments.ClaimRow row) {
        try {
            payments.returnClaim(row.claim().getId(), reason);
            Faces.flash("Returned " + row.claimant() + "'s claim with your reason.");
            Faces.redirect("/admin/claims.xhtml");
        } catch (InvalidInput e) {
            Faces.errors("waiting", e.errors());
        }
    }

    private static Integer money(String field, String text) {
        try {
            Integer p = ClaimCalculator.pence(text);
            if (p != null && p < 0) throw new InvalidInput(field, "Amounts cannot be negative.");
            return p;
        } catch (NumberFormatException | ArithmeticException e) {
            throw new InvalidInput(field, "Enter an amount in pounds and pence, like 150.00.");
        }
    }

    private static Integer whole(String field, String text) {
        if (text == null || text.isBlank()) return null;
        if (!text.strip().matches("\\d{1,4}")) throw new InvalidInput(field, "Enter whole pence per mile, like 45.");
        return Integer.valueOf(text.strip());
    }

    // the chart: a pair of bars (budget, spent) per scheme, scaled to the largest figure
    public record Bar(String label, int y, int budgetWidth, int spentWidth, String budgetText, String spentText) {
        public int getTextY() { return y + 14; }
        public int getSpentY() { return y + 20; }
        public int getBudgetValueX() { return LABEL_WIDTH + budgetWidth + 6; }
        public int getSpentValueX() { return LABEL_WIDTH + spentWidth + 6; }
    }

    public List<Bar> getBars() {
        long max = budgets.stream().mapToLong(b -> Math.max(b.budget(), b.approved())).max().orElse(0);
        List<Bar> bars = new ArrayList<>();
        int y = 4;
        for (Payments.BudgetRow b : budgets) {
            int bw = max == 0 ? 0 : (int) Math.round((double) BAR_SPACE * b.budget() / max);
            int sw = max == 0 ? 0 : (int) Math.round((double) BAR_SPACE * b.approved() / max);
            bars.add(new Bar(b.scheme().getName(), y, bw, sw, "budget " + ClaimCalculator.pounds(b.budget()),
                    "spent " + ClaimCalculator.pounds(b.approved())));
            y += ROW_HEIGHT;
        }
        return bars;
    }

    public int getChartHeight() { return 8 + ROW_HEIGHT * Math.max(1, budgets.size()); }
    public int getChartWidth() { return LABEL_WIDTH + BAR_SPACE + 150; }
    public int getLabelWidth() { return LABEL_WIDTH; }

    public List<Capacity> getAllCapacities() { return List.of(Capacity.values()); }
    public List<BodyType> getAllBodyTypes() { return List.of(BodyType.values()); }
    public List<PaymentScheme> getSchemes() { return payments.schemes(); }
    public String getYearLabel() { return FinancialYear.label(budgetYear); }
    public int getBudgetYear() { return budgetYear; }
    public int getPreviousYear() { return budgetYear - 1; }
    public int getNextYear() { return budgetYear + 1; }
    public List<Payments.BudgetRow> getBudgets() { return budgets; }
    public List<Payments.ClaimRow> getWaiting() { return waiting; }
    public List<Payments.ClaimRow> getDecided() { return decided; }
    public String getYear() { return year; }
    public void setYear(String year) { this.year = year; }
    public Long getSchemeId() { return schemeId; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getFunder() { return funder; }
    public void setFunder(String funder) { this.funder = funder; }
    public String getDayRate() { return dayRate; }
    public void setDayRate(String dayRate) { this.dayRate = dayRate; }
    public String getHalfDayRate() { return halfDayRate; }
    public void setHalfDayRate(String halfDayRate) { this.halfDayRate = halfDayRate; }
    public String getPencePerMile() { return pencePerMile; }
    public void setPencePerMile(String pencePerMile) { this.pencePerMile = pencePerMile; }
    public String getTravelCap() { return travelCap; }
    public void setTravelCap(String travelCap) { this.travelCap = travelCap; }
    public String getChildcareCap() { return childcareCap; }
    public void setChildcareCap(String childcareCap) { this.childcareCap = childcareCap; }
    public String getBackfillCap() { return backfillCap; }
    public void setBackfillCap(String backfillCap) { this.backfillCap = backfillCap; }
    public List<String> getCapacities() { return capacities; }
    public void setCapacities(List<String> capacities) { this.capacities = capacities == null ? new ArrayList<>() : capacities; }
    public List<String> getBodyTypes() { return bodyTypes; }
    public void setBodyTypes(List<String> bodyTypes) { this.bodyTypes = bodyTypes == null ? new ArrayList<>() : bodyTypes; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
    public Long getBudgetScheme() { return budgetScheme; }
    public void setBudgetScheme(Long budgetScheme) { this.budgetScheme = budgetScheme; }
    public String getBudgetAmount() { return budgetAmount; }
    public void setBudgetAmount(String budgetAmount) { this.budgetAmount = budgetAmount; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
