package org.acorn.meetings.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.acorn.directory.InvalidInput;
import org.acorn.meetings.Meeting;
import org.acorn.meetings.Meetings;
import org.acorn.meetings.minutes.ActionLog;
import org.acorn.meetings.minutes.ActionUpdate;
import org.acorn.meetings.minutes.MeetingAction;
import org.acorn.platform.web.Faces;

/** Backs /meetings/actions.xhtml: the action log (?open=, ?overdue=, ?mine=true) and updates by owners and chairs. */
@Named
@ViewScoped
public class ActionsPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject ActionLog log;
    @Inject Meetings meetings;

    private String open;
    private String overdue;
    private String mine;
    private List<MeetingAction> actions;
    private Map<Long, List<ActionUpdate>> updates;
    private final Map<Long, Meeting> meetingById = new HashMap<>();
    private LocalDate today;

    private Long actionId;
    private MeetingAction.Status status = MeetingAction.Status.IN_PROGRESS;
    private String note;

    public void load() {
        actions = log.log("true".equals(open), "true".equals(overdue), "true".equals(mine));
        updates = log.updates(actions.stream().map(MeetingAction::getId).toList());
        actions.forEach(a -> meetingById.computeIfAbsent(a.getMeetingId(), id -> meetings.find(id).orElse(null)));
        today = meetings.today();
    }

    public void update() {
        try {
            if (actionId == null) throw new InvalidInput("action", "Choose the action you are updating.");
            log.update(actionId, status, note);
            Faces.flash("Update saved.");
            Faces.redirect("/meetings/actions.xhtml?open=" + (open == null ? "" : open) + "&overdue=" + (overdue == null ? "" : overdue)
                    + "&mine=" + (mine == null ? "" : mine));
        } catch (InvalidInput e) {
            MeetingPages.show(e, "update");
        }
    }

    public void remindNow() {
        int n = log.remindNow();
        Faces.flash(n == 0 ? "No reminders were due." : "Reminders queued to " + n + (n == 1 ? " owner." : " owners."));
        Faces.redirect("/meetings/actions.xhtml?overdue=true");
    }

    public boolean overdue(MeetingAction a) { return a.isOverdue(today); }
    public Meeting meetingOf(MeetingAction a) { return meetingById.get(a.getMeetingId()); }
    public List<ActionUpdate> updatesOf(Long id) { return updates.getOrDefault(id, List.of()); }
    public MeetingAction.Status[] getStatuses() { return MeetingAction.Status.values(); }
    public List<MeetingAction> getActions() { return actions; }
    public String getOpen() { return open; }
    public void setOpen(String v) { this.open = v; }
    public String getOverdue() { return overdue; }
    public void setOverdue(String v) { this.overdue = v; }
    public String getMine() { return mine; }
    public void setMine(String v) { this.mine = v; }
    public Long getActionId() { return actionId; }
    public void setActionId(Long v) { this.actionId = v; }
    public MeetingAction.Status getStatus() { return status; }
    public void setStatus(MeetingAction.Status v) { this.status = v; }
    public String getNote() { return note; }
    public void setNote(String v) { this.note = v; }
}
