package org.acorn.meetings.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.acorn.directory.InvalidInput;
import org.acorn.meetings.Meeting;
import org.acorn.meetings.Meetings;
import org.acorn.meetings.agenda.AgendaItem;
import org.acorn.meetings.agenda.AgendaRound;
import org.acorn.meetings.agenda.Agendas;
import org.acorn.meetings.agenda.ItemForm;
import org.acorn.meetings.agenda.Purpose;
import org.acorn.platform.security.Caller;
import org.acorn.platform.web.Faces;

/**
 * Backs /meetings/round.xhtml: a co-ordinator gathers the district forums of a round and writes part 1 once; each
 * forum's own page then shows part 1 followed by its part 2.
 */
@Named
@ViewScoped
public class RoundPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject Agendas agendas;
    @Inject Meetings meetings;
    @Inject Caller caller;

    private String id;
    private AgendaRound round;
    private String title;
    private List<Long> forums = new ArrayList<>();
    private ItemForm item = new ItemForm();
    private Long paperItem;
    private transient jakarta.servlet.http.Part file;

    public void load() {
        caller.requireStaff();
        if (id != null && !id.isBlank()) {
            round = agendas.round(Faces.id(id));
            if (round == null) Faces.notFound();
        }
    }

    public void create() {
        try {
            AgendaRound r = agendas.createRound(title, forums);
            Faces.flash("Round created. Now write its part 1 items.");
            Faces.redirect("/meetings/round.xhtml?id=" + r.getId());
        } catch (InvalidInput e) {
            MeetingPages.show(e, "round");
        }
    }

    public void addItem() {
        try {
            agendas.addToRound(round.getId(), item);
            Faces.flash("Part 1 item added to every forum in the round.");
            Faces.redirect("/meetings/round.xhtml?id=" + round.getId());
        } catch (InvalidInput e) {
            MeetingPages.show(e, "part1");
        }
    }

    public void move(Long itemId, boolean up) {
        try {
            agendas.move(itemId, up);
            Faces.flash("Part 1 order changed for every forum in the round.");
            Faces.redirect("/meetings/round.xhtml?id=" + round.getId());
        } catch (InvalidInput e) {
            e.errors().values().forEach(Faces::error);
        }
    }

    /** A paper for a part 1 item: every forum of the round shows it. */
    public void upload() {
        try {
            if (paperItem == null) throw new InvalidInput("paperItem", "Choose the item the paper is for.");
            if (file == null || file.getSize() == 0 && (file.getSubmittedFileName() == null || file.getSubmittedFileName().isBlank())) {
                throw new InvalidInput("file", "Choose a file to upload.");
            }
            try (java.io.InputStream in = file.getInputStream()) {
                agendas.attach(paperItem, file.getSubmittedFileName(), in);
            }
            Faces.flash("Paper added for every forum in the round.");
            Faces.redirect("/meetings/round.xhtml?id=" + round.getId());
        } catch (InvalidInput e) {
            MeetingPages.show(e, "paper");
        } catch (org.acorn.platform.files.UploadRefused e) {
            MeetingPages.show(e, "paper");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public java.util.Map<Long, List<org.acorn.platform.files.StoredFile>> getPapers() {
        return agendas.papers(getPartOne().stream().map(AgendaItem::getId).toList());
    }

    public Long getPaperItem() { return paperItem; }
    public void setPaperItem(Long v) { this.paperItem = v; }
    public jakarta.servlet.http.Part getFile() { return file; }
    public void setFile(jakarta.servlet.http.Part v) { this.file = v; }

    public List<Meeting> getAvailable() { return agendas.forumsWithoutRound(); }
    public List<AgendaRound> getRounds() { return agendas.rounds(); }
    public List<Meeting> getRoundMeetings() { return round == null ? List.of() : agendas.roundMeetings(round.getId()); }
    public List<AgendaItem> getPartOne() { return round == null ? List.of() : agendas.roundItems(round.getId()); }
    public String districtName(Long id) { return meetings.districtName(id); }
    public Purpose[] getPurposes() { return Purpose.values(); }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public AgendaRound getRound() { return round; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public List<Long> getForums() { return forums; }
    public void setForums(List<Long> forums) { this.forums = forums; }
    public ItemForm getItem() { return item; }
}
