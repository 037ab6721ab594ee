package org.acorn.meetings.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.acorn.directory.InvalidInput;
import org.acorn.meetings.Meeting;
import org.acorn.meetings.Meetings;
import org.acorn.meetings.MeetingsSettings;
import org.acorn.meetings.agenda.AgendaItem;
import org.acorn.meetings.agenda.Agendas;
import org.acorn.meetings.agenda.ItemForm;
import org.acorn.meetings.agenda.Purpose;
import org.acorn.platform.files.UploadRefused;
import org.acorn.platform.security.Caller;
import org.acorn.platform.web.Faces;

/**
 * Backs /meetings/item.xhtml?id=: the organiser, chair or staff correct an agenda item after adding it, move it
 * between a round's part 1 and a forum's part 2 (staff), and replace or withdraw its papers.
 */
@Named
@ViewScoped
public class ItemPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject Agendas agendas;
    @Inject Meetings meetings;
    @Inject Caller caller;
    @Inject MeetingsSettings settings;

    /** A place the item can go: part 1 of the round (forum 0) or part 2 of one forum. */
    public static class Place implements Serializable {
        private static final long serialVersionUID = 1L;
        private final long forum;
        private final String label;
        Place(long forum, String label) { this.forum = forum; this.label = label; }
        public long getForum() { return forum; }
        public String getLabel() { return label; }
    }

    private String id;
    private AgendaItem item;
    private final ItemForm form = new ItemForm();
    private Long roundId;
    private Long place;
    private Long paperId;
    private String refusal;
    private transient Part file;

    public void load() {
        Long n = Faces.id(id);
        try {
            item = n == null ? null : agendas.item(n);
        } catch (InvalidInput e) {
            item = null;
        }
        if (item == null || item.getMeetingId() != null && meetings.visible(item.getMeetingId()).isEmpty()) {
            Faces.notFound();
            return;
        }
        try {
            agendas.mayChange(item); // who may not change it gets 403 (AccessDenied)
        } catch (InvalidInput e) {
            refusal = String.join(" ", e.errors().values());
        }
        form.title = item.getTitle();
        form.purpose = item.getPurpose();
        form.presenter = item.getPresenter();
        form.minutesAllowed = item.getMinutesAllowed() == null ? null : String.valueOf(item.getMinutesAllowed());
        form.notes = item.getNotes();
        roundId = item.getRoundId() != null ? item.getRoundId() : meetings.find(item.getMeetingId()).map(Meeting::getRoundId).orElse(null);
        place = item.getPart() == AgendaItem.PART_ONE ? 0L : item.getMeetingId();
    }

    private String back() {
        return item.getMeetingId() != null ? "/meetings/meeting.xhtml?id=" + item.getMeetingId() : "/meetings/round.xhtml?id=" + item.getRoundId();
    }

    private String here() { return "/meetings/item.xhtml?id=" + item.getId(); }

    public void save() {
        try {
            agendas.edit(item.getId(), form);
            Faces.flash("Agenda item saved.");
            Faces.redirect(back());
        } catch (InvalidInput e) {
            MeetingPages.show(e, "edit");
        }
    }

    public void moveToPlace() {
        try {
            if (place == null) throw new InvalidInput("place", "Choose where the item belongs.");
            AgendaItem moved = agendas.changePart(item.getId(), place == 0L ? null : place);
            Faces.flash(moved.getPart() == AgendaItem.PART_ONE ? "The item is now in part 1, on every forum's agenda in the round."
                    : "The item is now in part 2 of that forum only.");
            item = moved;
            Faces.redirect(back());
        } catch (InvalidInput e) {
            MeetingPages.show(e, "part");
        }
    }

    public void replace() {
        try {
            if (paperId == null) throw new InvalidInput("paper", "Choose the paper to replace.");
            if (file == null || file.getSize() == 0 && (file.getSubmittedFileName() == null || file.getSubmittedFileName().isBlank())) {
                throw new InvalidInput("file", "Choose the new version's file.");
            }
            try (InputStream in = file.getInputStream()) {
                agendas.replacePaper(paperId, file.getSubmittedFileName(), in);
            }
            Faces.flash("New version uploaded; the old one stays listed as superseded.");
            Faces.redirect(here());
        } catch (InvalidInput e) {
            MeetingPages.show(e, "replace");
        } catch (UploadRefused e) {
            MeetingPages.show(e, "replace");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void withdraw(Long paper) {
        try {
            agendas.withdrawPaper(paper);
            Faces.flash("Paper withdrawn: members no longer see it.");
            Faces.redirect(here());
        } catch (InvalidInput e) {
            MeetingPages.show(e, "papers");
        }
    }

    public List<Agendas.Paper> getPapers() {
        return agendas.paperVersions(List.of(item.getId()), true).getOrDefault(item.getId(), List.of());
    }

    public List<Agendas.Paper> getCurrentPapers() { return getPapers().stream().filter(Agendas.Paper::isCurrent).toList(); }

    /** Part 1 of the round and each forum's part 2, for staff on a round's item. */
    public List<Place> getPlaces() {
        if (roundId == null || !caller.isStaff()) return List.of();
        List<Place> out = new ArrayList<>();
        out.add(new Place(0L, "Part 1: every district forum of the round"));
        for (Meeting m : agendas.roundMeetings(roundId)) out.add(new Place(m.getId(), "Part 2: " + m.getTitle() + " (" + m.getMeetsOn() + ") only"));
        return out;
    }

    public String getRefusal() { return refusal; }
    public String getBackUrl() { return back(); }
    public Purpose[] getPurposes() { return Purpose.values(); }
    public int getPaperMaxMb() { return Math.max(1, settings.getPaperMaxKb() / 1024); }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public AgendaItem getItem() { return item; }
    public ItemForm getForm() { return form; }
    public Long getPlace() { return place; }
    public void setPlace(Long v) { this.place = v; }
    public Long getPaperId() { return paperId; }
    public void setPaperId(Long v) { this.paperId = v; }
    public Part getFile() { return file; }
    public void setFile(Part v) { this.file = v; }
}
