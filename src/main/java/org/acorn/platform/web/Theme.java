package org.acorn.platform.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletContext;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.logging.Logger;
import org.acorn.platform.config.Settings;

/**
 * The look chosen by ACORN_THEME: a folder in webapp-themes/ with theme.properties (name, logo, PrimeFaces
 * base theme) and theme.css (CSS variables). An unknown theme falls back to "acorn" with a warning.
 */
@Named("theme")
@ApplicationScoped
public class Theme {

    private static final Logger LOG = Logger.getLogger(Theme.class.getName());
    static final String FALLBACK = "acorn";

    @Inject Settings settings;
    @Inject ServletContext servletContext;

    private String folder;
    private Properties props;

    @PostConstruct
    void load() {
        folder = settings.theme().matches("[a-z0-9-]{1,40}") ? settings.theme() : FALLBACK;
        props = read(folder);
        if (props == null) {
            LOG.warning(() -> "event=theme.missing theme=" + settings.theme() + " using=" + FALLBACK);
            folder = FALLBACK;
            props = read(folder);
        }
    }

    private Properties read(String name) {
        try (InputStream in = servletContext.getResourceAsStream("/themes/" + name + "/theme.properties")) {
            if (in == null) return null;
            Properties p = new Properties();
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            return p;
        } catch (IOException e) {
            return null;
        }
    }

    public String getFolder() { return folder; }
    public String getName() { return props.getProperty("name", "Acorn"); }
    public String getStylesheet() { return "/themes/" + folder + "/theme.css"; }
    public String getLogo() { return "/themes/" + folder + "/" + props.getProperty("logo", "logo.svg"); }
    public String getLogoAlt() { return props.getProperty("logo.alt", getName() + " logo"); }
    public String getPrimefacesTheme() { return props.getProperty("primefaces", "saga"); }
}
