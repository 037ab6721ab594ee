package org.acorn.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

/** The demo accounts every deployment under test starts with (see org.acorn.demo.DemoData). */
public final class Demo {
    public static final String PASSWORD = "acorn-demo-2026";
    public static final String COORDINATOR = "coordinator@example.org";
    public static final String SITE_ADMIN = "admin@example.org";
    public static final String DEVELOPMENT_OFFICER = "development@example.org";
    public static final String PARTNER_OFFICER = "partner@example.org";
    public static final String ORG_ADMIN = "orgadmin@example.org";
    public static final String REPRESENTATIVE = "rep@example.org";
    public static final String MEMBER = "volunteer@example.org";

    private Demo() { }

    /** Signs in through the real login form and checks it worked. */
    public static WebClient.Page signIn(WebClient client, String email, String password) {
        client.get("/account/login.xhtml");
        WebClient.Page page = client.submit("login", Map.of("login:email", email, "login:password", password), "login:submit");
        assertThat(page.path()).as("signed in as " + email + ": " + page.messages()).doesNotEndWith("/account/login.xhtml");
        return page;
    }

    public static WebClient.Page signIn(WebClient client, String email) {
        return signIn(client, email, PASSWORD);
    }
}
