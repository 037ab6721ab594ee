package org.acorn.bulletins.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.acorn.bulletins.Bulletin;
import org.acorn.bulletins.BulletinRefused;
import org.acorn.bulletins.Bulletins;
import org.acorn.bulletins.audience.Audiences;
import org.acorn.bulletins.audience.OutsideContacts;
import org.acorn.platform.security.AccessDenied;
import org.acorn.platform.security.Caller;
import org.acorn.platform.web.Faces;
import org.acorn.updates.web.UpdatePages;

/** Backs /bulletins/index.xhtml: the co-ordinators' bulletins, a new one, and the outside-contact lists. */
@Named
@ViewScoped
public class BulletinsPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject Bulletins bulletins;
    @Inject Audiences audiences;
    @Inject OutsideContacts contacts;
    @Inject Caller caller;
    @Inject org.acorn.bulletins.BulletinPolicy policy;

    private String title;
    private String audience = "all";
    private String contactList;
    private String contactName;
    private String contactEmail;
    private List<Bulletin> list = List.of();

    public void load() {
        if (!caller.isCoordinatorOrAdmin()) {
            Faces.notFound();
            return;
        }
        list = bulletins.all();
    }

    public void create() {
        try {
            Long id = bulletins.create(title, audience);
            Faces.flash("Bulletin started. Add what is new, write an introduction, then preview it.");
            Faces.redirect("/bulletins/compose.xhtml?id=" + id);
        } catch (BulletinRefused e) {
            e.showOn("create");
        } catch (AccessDenied e) {
            Faces.error(e.getMessage());
        }
    }

    public void addContact() {
        try {
            contacts.add(contactList, contactName, contactEmail);
            Faces.flash("Added " + contactEmail.strip() + " to the list " + contactList.strip() + ".");
            Faces.redirect("/bulletins/index.xhtml");
        } catch (BulletinRefused e) {
            e.showOn("contact");
        } catch (AccessDenied e) {
            Faces.error(e.getMessage());
        }
    }

    public void approvalOn() { setApproval(true); }
    public void approvalOff() { setApproval(false); }

    private void setApproval(boolean required) {
        try {
            policy.requireApproval(required);
            Faces.flash(required ? "From now on a second co-ordinator must approve each bulletin before it is sent."
                    : "Bulletins no longer need a second co-ordinator's approval.");
            Faces.redirect("/bulletins/index.xhtml");
        } catch (AccessDenied e) {
            Faces.error(e.getMessage());
        }
    }

    public boolean isApprovalRequired() { return policy.approvalRequired(); }
    public boolean isSiteAdmin() { return caller.has(org.acorn.platform.security.Role.SITE_ADMIN); }
    public String when(java.time.Instant at) { return UpdatePages.when(at); }
    public List<Bulletin> getList() { return list; }
    public List<Audiences.Choice> getAudiences() { return audiences.choicesForPicker(); }
    public String describe(String a) { return audiences.describe(a); }
    public List<OutsideContacts.Contact> getContacts() { return contacts.all(); }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getAudience() { return audience; }
    public void setAudience(String audience) { this.audience = audience; }
    public String getContactList() { return contactList; }
    public void setContactList(String contactList) { this.contactList = contactList; }
    public String getContactName() { return contactName; }
    public void setContactName(String contactName) { this.contactName = contactName; }
    public String getContactEmail() { return contactEmail; }
    public void setContactEmail(String contactEmail) { this.contactEmail = contactEmail; }
}
