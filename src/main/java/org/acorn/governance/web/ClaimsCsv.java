package org.acorn.governance.web;

import org.acorn.platform.web.Faces;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.acorn.governance.payment.Claim;
import org.acorn.governance.payment.ClaimCalculator;
import org.acorn.governance.payment.FinancialYear;
import org.acorn.governance.payment.Payments;
import org.acorn.platform.security.AccessDenied;
import org.acorn.platform.security.Caller;
import org.acorn.platform.security.Role;
import org.acorn.platform.web.Csv;

/**
 * /admin/claims.csv?year=2026: approved claims for the funder's finance team (co-ordinators and site
 * administrators), one row per claim, amounts in pounds; formula-safe cells.
 */
@WebServlet("/admin/claims.csv")
public class ClaimsCsv extends HttpServlet {

    @Inject Payments payments;
    @Inject Caller caller;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        try {
            caller.requireAny(Role.COORDINATOR, Role.SITE_ADMIN);
        } catch (AccessDenied e) {
            resp.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        Long y = Faces.id(req.getParameter("year"));
        Integer year = y != null && y > 1999 && y < 2101 ? y.intValue() : null;
        List<Payments.ClaimRow> rows = payments.claims(Claim.Status.APPROVED, year);
        resp.setContentType("text/csv; charset=UTF-8");
        resp.setHeader("Content-Disposition", "attachment; filename=\"approved-claims"
                + (year == null ? "" : "-" + year) + ".csv\"");
        try (Writer out = new java.io.OutputStreamWriter(resp.getOutputStream(), StandardCharsets.UTF_8)) {
            out.write(Csv.BOM);
            out.write(Csv.row(List.of("Claim", "Financial year", "Scheme", "Funder", "Claimant", "Organisation", "Body",
                    "Meeting date", "Capacity", "Attendance", "Miles", "Mileage", "Fares", "Childcare", "Backfill", "Total",
                    "Approved by", "Approved at")));
            for (Payments.ClaimRow r : rows) {
                Claim c = r.claim();
                out.write(Csv.row(List.of(c.getId(), FinancialYear.label(c.getBudgetYear()), r.scheme(), r.funder(), r.claimant(),
                        r.organisation(), r.body(), r.meeting().getMeetsOn(), r.capacity(), money(c.getRate()), c.getMiles(),
                        money(c.getMileage()), money(c.getFares()), money(c.getChildcare()), money(c.getBackfill()),
                        money(c.getTotal()), c.getDecidedBy(), c.getDecidedAt())));
            }
        }
    }

    private static String money(int pence) {
        return ClaimCalculator.pounds(pence).substring(1);
    }
}
