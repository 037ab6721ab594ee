package org.acorn.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.acorn.platform.account.LoginSessions;
import org.acorn.platform.security.Caller;
import org.acorn.platform.security.SignedIn;

/**
 * First line of page access: drops a browser whose login session was ended (elsewhere, or on another
 * node), sends visitors to sign in for member areas and refuses staff areas to non-staff with a 403. The
 * application services check again; this only keeps people off pages they cannot use.
 */
@WebFilter(urlPatterns = "/*")
public class AccessFilter extends HttpFilter {

    /** Pages under /account/ that a visitor must be able to reach. */
    private static final Set<String> PUBLIC_ACCOUNT_PAGES = Set.of("login.xhtml", "register.xhtml", "verify.xhtml",
            "forgot.xhtml", "reset.xhtml", "invitation.xhtml", "check-email.xhtml");

    /** Representation pages that act for a signed-in person (reading pages stay public). */
    private static final Set<String> MEMBER_REPRESENTATION_PAGES = Set.of("my.xhtml", "claims.xhtml", "vote.xhtml",
            "nominate.xhtml", "report-back-edit.xhtml");

    @Inject SignedIn signedIn;
    @Inject LoginSessions loginSessions;
    @Inject Caller caller;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        if (session != null && signedIn.present()
                && !loginSessions.stillActive(signedIn.accountId(), signedIn.loginSessionId())) {
            signedIn.clear();
            session.invalidate();
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (needsSignIn(path) && !caller.isSignedIn()) {
            String back = path + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
            response.sendRedirect(request.getContextPath() + "/account/login.xhtml?next="
                    + URLEncoder.encode(back, StandardCharsets.UTF_8));
            return;
        }
        if ((path.startsWith("/admin/") || path.startsWith("/training/") && STAFF_TRAINING_PAGES.contains(path.substring("/training/".length())))
                && !caller.isStaff()) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }

    /** Forum pages that act for a person; reading the forum is open (each category decides who reads it). */
    private static final Set<String> SIGNED_IN_FORUM_PAGES = Set.of("new.xhtml", "edit.xhtml", "flag.xhtml", "attach.xhtml",
            "moderation.xhtml", "categories.xhtml", "notifications.xhtml");

    /** Training pages that act for a person; the calendar, runs, offers and the certificate check are open. */
    private static final Set<String> SIGNED_IN_TRAINING_PAGES = Set.of("my.xhtml", "register.xhtml", "organisation.xhtml",
            "admin.xhtml", "certificate.xhtml", "runs.xhtml", "edit-run.xhtml", "edit-course.xhtml", "programme.xhtml");

    /** Training pages for network staff only (the services check again). */
    private static final Set<String> STAFF_TRAINING_PAGES = Set.of("admin.xhtml", "runs.xhtml", "edit-run.xhtml", "edit-course.xhtml",
            "programme.xhtml");

    static boolean needsSignIn(String path) {
        if (path.startsWith("/admin/") || path.startsWith("/organisation/")) return true;
        if (path.startsWith("/forum/") && SIGNED_IN_FORUM_PAGES.contains(path.substring("/forum/".length()))) return true;
        if (path.startsWith("/training/") && SIGNED_IN_TRAINING_PAGES.contains(path.substring("/training/".length()))) return true;
        if (path.startsWith("/representation/")) {
            return MEMBER_REPRESENTATION_PAGES.contains(path.substring("/representation/".length()));
        }
        if (path.startsWith("/account/")) {
            return !PUBLIC_ACCOUNT_PAGES.contains(path.substring("/account/".length()));
        }
        return false;
    }

    /** Only same-site relative paths are followed after sign-in (no open redirect). */
    public static String safeNext(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")
                || next.length() > 500 || next.chars().anyMatch(c -> c < 0x20)) {
            return "/index.xhtml";
        }
        return next;
    }
}
