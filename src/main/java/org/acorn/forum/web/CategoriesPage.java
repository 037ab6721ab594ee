package org.acorn.forum.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.acorn.forum.Audience;
import org.acorn.forum.Categories;
import org.acorn.forum.CategoryVisibility;
import org.acorn.forum.Forum;
import org.acorn.forum.ForumCategory;
import org.acorn.forum.ForumReaders;
import org.acorn.forum.ForumRefused;
import org.acorn.forum.notification.DigestSchedule;
import org.acorn.network.District;
import org.acorn.network.Network;
import org.acorn.platform.security.AccessDenied;
import org.acorn.platform.web.Faces;

/**
 * Backs /forum/categories.xhtml (co-ordinators): the categories, a form to add or change one (?edit=ID), the
 * people on a LIST category, appointed moderators, and sending due digests now.
 */
@Named
@ViewScoped
public class CategoriesPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject Categories categories;
    @Inject Forum forum;
    @Inject Network network;
    @Inject DigestSchedule digests;
    @Inject ForumReaders.Current current;

    private String edit;
    private Long editing;
    private List<ForumCategory> all;
    private Map<Long, String> districtNames;
    private List<String[]> moderators;
    private String name;
    private String description;
    private ForumCategory.Kind kind = ForumCategory.Kind.THEME;
    private CategoryVisibility visibility = CategoryVisibility.MEMBERS;
    private Audience audience;
    private Long districtId;
    private int sortOrder = 100;
    private String listEmails;
    private String moderatorEmail;
    private Long moderatorScope;

    public void load() {
        if (!current.get().manager()) throw new AccessDenied("Only co-ordinators can manage forum categories.");
        all = forum.allCategories();
        districtNames = forum.districtNames();
        moderators = categories.moderators();
        editing = Faces.id(edit);
        ForumCategory c = editing == null ? null : forum.category(editing).orElse(null);
        if (c == null) {
            editing = null;
            return;
        }
        name = c.getName();
        description = c.getDescription();
        kind = c.getKind();
        visibility = c.getVisibility();
        audience = c.getAudience();
        districtId = c.getDistrictId();
        sortOrder = c.getSortOrder();
        listEmails = String.join("\n", categories.listMemberEmails(c.getId()));
    }

    public void save() {
        try {
            ForumCategory c = categories.save(editing, new Categories.CategoryForm(name, description, kind, visibility,
                    audience, districtId, sortOrder));
            if (editing != null && c.getVisibility() == CategoryVisibility.GROUP && c.getAudience() == Audience.LIST) {
                categories.setListMembers(c.getId(), listEmails);
            }
            Faces.flash((editing == null ? "Added " : "Saved ") + c.getName() + ".");
            Faces.redirect("/forum/categories.xhtml");
        } catch (ForumRefused e) {
            e.showOn("category");
        }
    }

    public void archive(ForumCategory c) {
        categories.archive(c.getId(), !c.isArchived());
        Faces.flash(c.isArchived() ? c.getName() + " is open again." : c.getName() + " is archived: it is read-only and hidden from the list.");
        Faces.redirect("/forum/categories.xhtml");
    }

    public void appoint() {
        try {
            String who = categories.appoint(moderatorEmail, moderatorScope);
            Faces.flash(who + " is now a moderator.");
            Faces.redirect("/forum/categories.xhtml");
        } catch (ForumRefused e) {
            e.showOn("moderators");
        }
    }

    public void removeModerator(String id) {
        categories.removeModerator(Long.valueOf(id));
        Faces.flash("The moderator is removed.");
        Faces.redirect("/forum/categories.xhtml");
    }

    public void sendDigests() {
        int sent = digests.runOnce();
        Faces.flash("Digests queued: " + sent + ".");
        Faces.redirect("/forum/categories.xhtml");
    }

    public String audienceOf(ForumCategory c) { return c.audienceLabel(districtNames.get(c.getDistrictId())); }
    public List<ForumCategory> getAll() { return all; }
    public List<String[]> getModerators() { return moderators; }
    public List<District> getDistricts() { return network.getDistricts(); }
    public List<ForumCategory.Kind> getKinds() { return List.of(ForumCategory.Kind.values()); }
    public List<CategoryVisibility> getVisibilities() { return List.of(CategoryVisibility.values()); }
    public List<Audience> getAudiences() { return List.of(Audience.values()); }
    public boolean isEditingList() { return editing != null && visibility == CategoryVisibility.GROUP && audience == Audience.LIST; }
    public Long getEditing() { return editing; }
    public String getEdit() { return edit; }
    public void setEdit(String edit) { this.edit = edit; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public ForumCategory.Kind getKind() { return kind; }
    public void setKind(ForumCategory.Kind kind) { this.kind = kind; }
    public CategoryVisibility getVisibility() { return visibility; }
    public void setVisibility(CategoryVisibility visibility) { this.visibility = visibility; }
    public Audience getAudience() { return audience; }
    public void setAudience(Audience audience) { this.audience = audience; }
    public Long getDistrictId() { return districtId; }
    public void setDistrictId(Long districtId) { this.districtId = districtId; }
    public int getSortOrder() { return sortOrder; }
    public void setSortOrder(int sortOrder) { this.sortOrder = sortOrder; }
    public String getListEmails() { return listEmails; }
    public void setListEmails(String listEmails) { this.listEmails = listEmails; }
    public String getModeratorEmail() { return moderatorEmail; }
    public void setModeratorEmail(String moderatorEmail) { this.moderatorEmail = moderatorEmail; }
    public Long getModeratorScope() { return moderatorScope; }
    public void setModeratorScope(Long moderatorScope) { this.moderatorScope = moderatorScope; }
}
