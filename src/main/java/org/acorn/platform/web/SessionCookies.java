package org.acorn.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.SessionTrackingMode;
import jakarta.servlet.annotation.WebListener;
import java.util.EnumSet;
import org.acorn.platform.config.Settings;

/**
 * Session cookie: HttpOnly, Secure when the site is served over HTTPS, never in URLs. SameSite=Lax is set in
 * WEB-INF/payara-web.xml (cookieSameSite), which is where Payara honours it.
 */
@WebListener
public class SessionCookies implements ServletContextListener {

    @Inject Settings settings;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
        cookie.setName("ACORN_SESSION");
        cookie.setHttpOnly(true);
        cookie.setSecure(settings.secureCookies());
        event.getServletContext().setSessionTrackingModes(EnumSet.of(SessionTrackingMode.COOKIE));
    }
}
