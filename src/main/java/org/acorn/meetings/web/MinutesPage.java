package org.acorn.meetings.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.acorn.directory.InvalidInput;
import org.acorn.directory.Organisation;
import org.acorn.meetings.Meeting;
import org.acorn.meetings.MeetingAccess;
import org.acorn.meetings.Meetings;
import org.acorn.meetings.agenda.AgendaAssembly;
import org.acorn.meetings.agenda.AgendaItem;
import org.acorn.meetings.agenda.Agendas;
import org.acorn.meetings.minutes.ActionLog;
import org.acorn.meetings.minutes.ActionUpdate;
import org.acorn.meetings.minutes.MeetingAction;
import org.acorn.meetings.minutes.MinuteEntry;
import org.acorn.meetings.minutes.Minutes;
import org.acorn.meetings.minutes.MinutesBook;
import org.acorn.meetings.minutes.MinutesRevision;
import org.acorn.platform.text.Markdown;
import org.acorn.platform.web.Faces;

/**
 * Backs /meetings/minutes.xhtml?meeting=: the minutes item by item with the actions. The chair, minute-taker,
 * organiser and staff write them, circulate them and record their approval; once approved they are read-only.
 */
@Named
@ViewScoped
public class MinutesPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject Meetings meetings;
    @Inject Agendas agendas;
    @Inject MinutesBook book;
    @Inject ActionLog actionLog;
    @Inject MeetingAccess access;
    @Inject Markdown markdown;

    private String meetingParam;
    private Meeting meeting;
    private Minutes minutes;
    private boolean runner;
    private List<AgendaAssembly.Section> agenda;
    private Map<Long, MinuteEntry> entries = Map.of();
    private List<MeetingAction> actions;
    private Map<Long, List<ActionUpdate>> updates;
    private List<MinutesRevision> revisions = List.of();
    private List<MinutesBook.Comment> comments = List.of();
    private Long commentItem;
    private String commentText;

    private final Map<Long, String> summaries = new HashMap<>();
    private final Map<Long, String> decisions = new HashMap<>();
    private boolean openToPublic;
    private Long version;
    private Long approvedAt;
    private String actionText;
    private String ownerEmail;
    private Long ownerOrg;
    private String due;
    private Long actionItem;

    public void load() {
        meeting = meetings.find(Faces.id(meetingParam)).orElse(null);
        if (meeting == null) {
            Faces.notFound();
            return;
        }
        runner = access.mayRun(meeting);
        Minutes found = book.of(meeting.getId()).orElse(null);
        if (!runner && !book.mayRead(meeting, found)) {
            Faces.notFound();
            return;
        }
        refresh();
        entries.forEach((id, e) -> {
            summaries.put(id, e.getSummary());
            decisions.put(id, e.getDecisions());
        });
        openToPublic = minutes != null && minutes.isOpenToPublic();
        version = minutes == null ? null : minutes.getVersion();
    }

    private void refresh() {
        minutes = book.of(meeting.getId()).orElse(null);
        agenda = agendas.agenda(meeting);
        entries = minutes == null ? Map.of() : book.entries(minutes.getId());
        actions = actionLog.ofMeeting(meeting.getId());
        updates = actionLog.updates(actions.stream().map(MeetingAction::getId).toList());
        revisions = minutes == null || !runner ? List.of() : book.revisions(minutes.getId());
        comments = book.comments(meeting, minutes);
    }

    private String here() { return "/meetings/minutes.xhtml?meeting=" + meeting.getId(); }

    public void save() {
        try {
            Map<Long, MinutesBook.Entry> byItem = new LinkedHashMap<>();
            for (AgendaItem i : getItems()) byItem.put(i.getId(), new MinutesBook.Entry(summaries.get(i.getId()), decisions.get(i.getId())));
            book.save(meeting.getId(), version, byItem, openToPublic);
            Faces.flash("Minutes saved (a new revision is kept).");
            Faces.redirect(here());
        } catch (InvalidInput e) {
            MeetingPages.show(e, "minutes");
        }
    }

    public void circulate() {
        try {
            book.circulate(meeting.getId());
            Faces.flash("The draft minutes are circulated for comment to the distribution list.");
            Faces.redirect(here());
        } catch (InvalidInput e) {
            MeetingPages.show(e, "workflow");
        }
    }

    public void approve() {
        try {
            book.approve(meeting.getId(), approvedAt);
            Faces.flash("The minutes are approved, published and sent to the distribution list.");
            Faces.redirect(here());
        } catch (InvalidInput e) {
            MeetingPages.show(e, "workflow");
        }
    }

    public void comment() {
        try {
            book.comment(meeting.getId(), commentItem, commentText);
            Faces.flash("Thank you: your comment is with the chair and minute-taker.");
            Faces.redirect(here());
        } catch (InvalidInput e) {
            MeetingPages.show(e, "comment");
        }
    }

    /** Members who may read the circulated draft may comment on it, until it is approved. */
    public boolean isCommentable() {
        return !runner && minutes != null && minutes.getState() == Minutes.State.CIRCULATED && access.isMember();
    }

    public void addAction() {
        try {
            actionLog.add(meeting.getId(), actionItem, actionText, ownerEmail, ownerOrg, due);
            Faces.flash("Action recorded.");
            Faces.redirect(here());
        } catch (InvalidInput e) {
            MeetingPages.show(e, "action");
        }
    }

    public List<AgendaItem> getItems() {
        List<AgendaItem> out = new ArrayList<>();
        agenda.forEach(s -> s.lines().forEach(l -> out.add(l.item())));
        return out;
    }

    public String html(String text) { return text == null ? "" : markdown.html(text); }
    public MinuteEntry entryOf(Long itemId) { return entries.get(itemId); }
    public List<ActionUpdate> updatesOf(Long actionId) { return updates.getOrDefault(actionId, List.of()); }
    public boolean isEditable() { return runner && (minutes == null || !minutes.isApproved()) && meeting.getStartsAt().isBefore(meetings.now()); }
    public boolean isStarted() { return meeting.getStartsAt().isBefore(meetings.now()); }
    public List<Meeting> getLaterMeetings() { return book.laterMeetings(meeting); }
    public List<Organisation> getOrganisations() { return meetings.organisations(); }
    public String approvedAtTitle() {
        return minutes == null || minutes.getApprovedMeetingId() == null ? "" : meetings.find(minutes.getApprovedMeetingId())
                .map(m -> m.getTitle() + " on " + m.getMeetsOn()).orElse("");
    }
    public String when(java.time.Instant at) { return MeetingPages.when(at); }

    public String getMeeting() { return meetingParam; }
    public void setMeeting(String v) { this.meetingParam = v; }
    public Meeting getTheMeeting() { return meeting; }
    public Minutes getMinutes() { return minutes; }
    public boolean isRunner() { return runner; }
    public List<AgendaAssembly.Section> getAgenda() { return agenda; }
    public List<MeetingAction> getActions() { return actions; }
    public List<MinutesRevision> getRevisions() { return revisions; }
    public List<MinutesBook.Comment> getComments() { return comments; }
    public Long getCommentItem() { return commentItem; }
    public void setCommentItem(Long v) { this.commentItem = v; }
    public String getCommentText() { return commentText; }
    public void setCommentText(String v) { this.commentText = v; }
    public Map<Long, String> getSummaries() { return summaries; }
    public Map<Long, String> getDecisions() { return decisions; }
    public boolean isOpenToPublic() { return openToPublic; }
    public void setOpenToPublic(boolean v) { this.openToPublic = v; }
    public Long getApprovedAt() { return approvedAt; }
    public void setApprovedAt(Long v) { this.approvedAt = v; }
    public String getActionText() { return actionText; }
    public void setActionText(String v) { this.actionText = v; }
    public String getOwnerEmail() { return ownerEmail; }
    public void setOwnerEmail(String v) { this.ownerEmail = v; }
    public Long getOwnerOrg() { return ownerOrg; }
    public void setOwnerOrg(Long v) { this.ownerOrg = v; }
    public String getDue() { return due; }
    public void setDue(String v) { this.due = v; }
    public Long getActionItem() { return actionItem; }
    public void setActionItem(Long v) { this.actionItem = v; }
}
