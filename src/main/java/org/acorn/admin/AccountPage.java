package org.acorn.admin;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.acorn.directory.Organisations;
import org.acorn.platform.account.Account;
import org.acorn.platform.admin.AccountSearch;
import org.acorn.platform.admin.ChangeRefused;
import org.acorn.platform.admin.RoleAdministration;
import org.acorn.platform.audit.AuditQuery;
import org.acorn.platform.audit.AuditTrail;
import org.acorn.platform.security.Caller;
import org.acorn.platform.security.Role;
import org.acorn.platform.web.Faces;
import org.acorn.platform.web.PageLinks;

/**
 * Backs /admin/account.xhtml?id=: one account's details, its roles (changed by the co-ordinator or a site
 * administrator with one Save) and disabling or enabling it. The rules are RoleAdministration's.
 */
@Named
@RequestScoped
public class AccountPage {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm").withZone(AuditQuery.ZONE);

    @Inject AccountSearch search;
    @Inject RoleAdministration administration;
    @Inject AuditTrail auditTrail;
    @Inject Organisations organisations;
    @Inject Caller caller;

    private String id;
    private Account account;
    private boolean loaded;
    /** Role name → ticked in the form: one checkbox per role. */
    private final Map<String, Boolean> ticked = new HashMap<>();
    /** Role names as the form showed them, so only what the user changed is applied. */
    private String shown;

    /**
     * The account id: from the address on the first visit, from the form's hidden field on a postback.
     * Read before the form is decoded, so the parts of the page that depend on the account (which button
     * shows) are the same when the button press is decoded as when the page was drawn.
     */
    @PostConstruct
    void readId() {
        Map<String, String> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        for (String name : List.of("id", "roles:id", "status:id")) {
            if (params.get(name) != null) {
                id = params.get(name);
                return;
            }
        }
    }

    /** View action: 404 for an id that is not an account; otherwise fills the form from the account. */
    public void load() {
        if (getAccount() == null) {
            notFound();
            return;
        }
        account.getRoles().forEach(r -> ticked.put(r.name(), true));
        shown = account.getRoles().stream().map(Role::name).collect(Collectors.joining(","));
    }

    public Account getAccount() {
        if (!loaded) {
            loaded = true;
            Long n = Faces.id(id);
            account = n == null ? null : search.find(n).orElse(null);
        }
        return account;
    }

    public void save() {
        Long n = Faces.id(id);
        EnumSet<Role> wanted = parseRoles(ticked.entrySet().stream()
                .filter(e -> Boolean.TRUE.equals(e.getValue())).map(Map.Entry::getKey).toList());
        EnumSet<Role> before = parseRoles(shown == null ? List.of() : Arrays.asList(shown.split(",")));
        EnumSet<Role> grant = EnumSet.copyOf(wanted);
        grant.removeAll(before);
        EnumSet<Role> revoke = EnumSet.copyOf(before);
        revoke.removeAll(wanted);
        try {
            RoleAdministration.Outcome outcome = administration.changeRoles(n, grant, revoke);
            Faces.flash(outcome.changed() ? describe(outcome) : "No roles were changed.");
            Faces.redirect("/admin/account.xhtml?id=" + n);
        } catch (ChangeRefused e) {
            e.reasons().forEach(reason -> Faces.fieldError("roles:choices", reason));
        }
    }

    public void disable() {
        changeStatus(true);
    }

    public void enable() {
        changeStatus(false);
    }

    private void changeStatus(boolean disabling) {
        Long n = Faces.id(id);
        try {
            if (disabling) administration.disable(n);
            else administration.enable(n);
            Faces.flash(disabling ? "The account is disabled: it cannot sign in, and any open sessions have ended."
                    : "The account is enabled again: it can sign in.");
            Faces.redirect("/admin/account.xhtml?id=" + n);
        } catch (ChangeRefused e) {
            e.reasons().forEach(Faces::error);
        }
    }

    private static String describe(RoleAdministration.Outcome outcome) {
        List<String> parts = new ArrayList<>();
        if (!outcome.granted().isEmpty()) parts.add("Given: " + labels(outcome.granted()) + ".");
        if (!outcome.revoked().isEmpty()) parts.add("Removed: " + labels(outcome.revoked()) + ".");
        return "Roles saved. " + String.join(" ", parts);
    }

    private static String labels(Set<Role> roles) {
        return roles.stream().map(Role::label).collect(Collectors.joining(", "));
    }

    static EnumSet<Role> parseRoles(List<String> names) {
        EnumSet<Role> out = EnumSet.noneOf(Role.class);
        if (names == null) return out;
        for (String name : names) {
            for (Role r : Role.values()) {
                if (r.name().equals(name == null ? null : name.strip())) out.add(r);
            }
        }
        return out;
    }

    private static void notFound() {
        FacesContext ctx = FacesContext.getCurrentInstance();
        ExternalContext ext = ctx.getExternalContext();
        try {
            ext.responseSendError(HttpServletResponse.SC_NOT_FOUND, "No such account");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ctx.responseComplete();
    }

    public List<Role> getAllRoles() { return List.of(Role.values()); }

    public String getOrganisationName() {
        return AccountsPage.organisationName(organisations, new HashMap<>(), getAccount().getOrganisationId());
    }

    public String getRoleLabels() { return AccountsPage.roleLabels(getAccount()); }

    public boolean isMayAdminister() { return administration.mayAdminister(); }

    public boolean isMayReadAudit() { return auditTrail.mayRead(); }

    /** True when this page shows the caller's own account. */
    public boolean isSelf() {
        return getAccount() != null && getAccount().getId().equals(caller.account().map(Account::getId).orElse(null));
    }

    /** The audit log filtered to this account. */
    public String getAuditUrl() {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("type", RoleAdministration.TARGET_TYPE);
        params.put("q", getAccount().getEmail());
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + PageLinks.url("/admin/audit.xhtml", params);
    }

    public String when(Instant instant) { return instant == null ? "Never" : WHEN.format(instant); }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public Map<String, Boolean> getTicked() { return ticked; }
    public String getShown() { return shown; }
    public void setShown(String shown) { this.shown = shown; }
}
