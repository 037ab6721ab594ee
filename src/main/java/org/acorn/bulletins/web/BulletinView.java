package org.acorn.bulletins.web;

import org.acorn.platform.web.Faces;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.acorn.bulletins.Bulletin;
import org.acorn.bulletins.BulletinRender;
import org.acorn.bulletins.Bulletins;
import org.acorn.bulletins.audience.Recipient;
import org.acorn.platform.security.Caller;
import org.acorn.updates.UpdateReaders;
import org.acorn.updates.UpdateVisibility;
import org.acorn.updates.web.UpdatePages;

/**
 * Backs /bulletins/archive.xhtml (sent bulletins), /bulletins/bulletin.xhtml?id= (one, as sent, printable) and
 * /bulletins/print-list.xhtml?id= (who asked for post). Bulletins carry members' news: members and staff read them.
 */
@Named
@ViewScoped
public class BulletinView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject Bulletins bulletins;
    @Inject Caller caller;

    private String id;
    private Bulletin bulletin;
    private BulletinRender.Frozen copy;

    private boolean mayRead() {
        return UpdateReaders.of(caller).contains(UpdateVisibility.MEMBERS);
    }

    public void loadArchive() {
        if (!mayRead()) {
            Faces.notFound();
        }
    }

    public void loadOne() {
        bulletin = bulletins.find(Faces.id(id)).orElse(null);
        copy = bulletin == null ? null : bulletins.archived(bulletin.getId()).orElse(null);
        if (!mayRead() || copy == null) Faces.notFound();
    }

    /** With ?id= the bulletin's audience; without, every member organisation. */
    public void loadPrintList() {
        if (!caller.isCoordinatorOrAdmin()) {
            Faces.notFound();
            return;
        }
        if (id == null || id.isBlank()) return;
        bulletin = bulletins.find(Faces.id(id)).orElse(null);
        if (bulletin == null) Faces.notFound();
    }

    public List<Bulletin> getArchive() { return bulletins.archive(); }
    public Bulletin getBulletin() { return bulletin; }
    public String getHtml() { return BulletinRender.bodyOf(copy.html()); }
    public String getSentAt() { return UpdatePages.when(bulletin.getSentAt()); }
    public String when(java.time.Instant at) { return UpdatePages.when(at); }
    public List<Recipient> getPrintList() { return bulletins.printList(bulletin == null ? null : bulletin.getId()); }
    public List<Recipient> getCallList() { return bulletins.callList(bulletin == null ? null : bulletin.getId()); }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
}
