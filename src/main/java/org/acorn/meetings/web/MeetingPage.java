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
import java.util.Map;
import org.acorn.directory.InvalidInput;
import org.acorn.meetings.Attendee;
import org.acorn.meetings.Meeting;
import org.acorn.meetings.MeetingAccess;
import org.acorn.meetings.MeetingResponse;
import org.acorn.meetings.Meetings;
import org.acorn.meetings.MeetingsSettings;
import org.acorn.meetings.agenda.AgendaAssembly;
import org.acorn.meetings.agenda.AgendaItem;
import org.acorn.meetings.agenda.Agendas;
import org.acorn.meetings.agenda.ItemForm;
import org.acorn.meetings.agenda.Purpose;
import org.acorn.meetings.minutes.ActionLog;
import org.acorn.meetings.minutes.MeetingAction;
import org.acorn.meetings.minutes.Minutes;
import org.acorn.meetings.minutes.MinutesBook;
import org.acorn.platform.account.Account;
import org.acorn.platform.files.StoredFile;
import org.acorn.platform.files.UploadRefused;
import org.acorn.platform.security.Caller;
import org.acorn.platform.web.Faces;

/**
 * Backs /meetings/meeting.xhtml?id=: the meeting, its agenda with papers and matters arising, replies, and what
 * members send in without attending. Its organiser, chair and minute-taker also see the submissions, comments and
 * apologies, take the register, build the agenda and send it.
 */
@Named
@ViewScoped
public class MeetingPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject Meetings meetings;
    @Inject Agendas agendas;
    @Inject MinutesBook minutesBook;
    @Inject ActionLog actions;
    @Inject MeetingAccess access;
    @Inject Caller caller;
    @Inject MeetingsSettings settings;

    private String id;
    private Meeting meeting;
    private boolean runner;
    private boolean member;
    private List<AgendaAssembly.Section> agenda;
    private List<AgendaItem> submissions;
    private Map<Long, List<Agendas.Paper>> papers;
    private java.util.Set<Long> changeable;
    private Map<Long, List<Agendas.Comment>> comments;
    private List<MeetingAction> carried;
    private List<Meetings.Reply> replies;
    private List<Attendee> register;
    private MeetingResponse myReply;
    private Minutes minutes;
    private String districtName;
    private String bodyName;

    private MeetingResponse.Answer answer = MeetingResponse.Answer.ATTENDING;
    private String answerNote;
    private ItemForm submission = new ItemForm();
    private ItemForm newItem = new ItemForm();
    private Long commentItem;
    private String commentText;
    private String who;
    private String whoOrganisation;
    private Long paperItem;
    private transient Part file;
    private String cancelReason;

    public void load() {
        meeting = meetings.visible(Faces.id(id)).orElse(null);
        if (meeting == null) {
            Faces.notFound();
            return;
        }
        refresh();
    }

    private void refresh() {
        meeting = meetings.find(meeting.getId()).orElseThrow();
        runner = access.mayRun(meeting);
        member = access.isMember();
        agenda = agendas.agenda(meeting);
        List<Long> ids = new ArrayList<>();
        agenda.forEach(s -> s.lines().forEach(l -> ids.add(l.item().getId())));
        submissions = runner ? agendas.submissions(meeting.getId()) : List.of();
        submissions.forEach(i -> ids.add(i.getId()));
        papers = agendas.paperVersions(ids, runner);
        changeable = new java.util.HashSet<>();
        if (runner) agenda.forEach(s -> s.lines().forEach(l -> { if (agendas.changeable(l.item())) changeable.add(l.item().getId()); }));
        comments = member ? agendas.comments(ids) : Map.of();
        carried = member ? actions.carriedTo(meeting) : List.of();
        replies = runner ? meetings.replies(meeting.getId()) : List.of();
        register = runner ? meetings.register(meeting.getId()) : List.of();
        myReply = caller.account().map(a -> meetings.response(meeting.getId(), a.getId())).orElse(null);
        minutes = minutesBook.of(meeting.getId()).filter(x -> minutesBook.mayRead(meeting, x)).orElse(null);
        districtName = meetings.districtName(meeting.getDistrictId());
        bodyName = meetings.bodyName(meeting.getBodyId());
    }

    private String here() { return "/meetings/meeting.xhtml?id=" + meeting.getId(); }

    public void reply() {
        try {
            meetings.respond(meeting.getId(), answer, answerNote);
            Faces.flash(answer == MeetingResponse.Answer.ATTENDING ? "Thank you: you are down as coming." : "Your apologies are recorded.");
            Faces.redirect(here());
        } catch (InvalidInput e) {
            MeetingPages.show(e, "reply");
        }
    }

    public void submitItem() {
        try {
            agendas.submit(meeting.getId(), submission);
            Faces.flash("Your item is sent to the chair, who will see it before the meeting.");
            Faces.redirect(here());
        } catch (InvalidInput e) {
            MeetingPages.show(e, "submit");
        }
    }

    public void comment() {
        try {
            if (commentItem == null) throw new InvalidInput("item", "Choose the agenda item you are commenting on.");
            agendas.comment(commentItem, commentText);
            Faces.flash("Your comment is with the chair.");
            Faces.redirect(here());
        } catch (InvalidInput e) {
            MeetingPages.show(e, "comment");
        }
    }

    public void addItem() {
        try {
            agendas.add(meeting.getId(), newItem);
            Faces.flash("Item added to the agenda.");
            Faces.redirect(here());
        } catch (InvalidInput e) {
            MeetingPages.show(e, "item");
        }
    }

    public void accept(Long itemId) { decide(itemId, true); }
    public void decline(Long itemId) { decide(itemId, false); }

    private void decide(Long itemId, boolean yes) {
        try {
            agendas.decide(itemId, yes);
            Faces.flash(yes ? "Taken onto the agenda." : "Not taken onto the agenda.");
            Faces.redirect(here());
        } catch (InvalidInput e) {
            MeetingPages.show(e, "submissions");
        }
    }

    public void escalate(Long itemId) {
        try {
            AgendaItem to = agendas.escalate(itemId);
            Faces.flash("Escalated to the next group meeting (its agenda now has “" + to.getTitle() + "”).");
            Faces.redirect(here());
        } catch (InvalidInput e) {
            MeetingPages.show(e, "agenda");
        }
    }

    public void moveUp(Long itemId) { move(itemId, true); }
    public void moveDown(Long itemId) { move(itemId, false); }

    private void move(Long itemId, boolean up) {
        try {
            agendas.move(itemId, up);
            Faces.flash("Agenda order changed.");
            Faces.redirect(here());
        } catch (InvalidInput e) {
            MeetingPages.show(e, "agenda");
        }
    }

    public void upload() {
        try {
            if (paperItem == null) throw new InvalidInput("paperItem", "Choose the item the paper is for.");
            if (file == null || file.getSize() == 0 && (file.getSubmittedFileName() == null || file.getSubmittedFileName().isBlank())) {
                throw new InvalidInput("file", "Choose a file to upload.");
            }
            try (InputStream in = file.getInputStream()) {
                agendas.attach(paperItem, file.getSubmittedFileName(), in);
            }
            Faces.flash("Paper added.");
            Faces.redirect(here());
        } catch (InvalidInput e) {
            MeetingPages.show(e, "paper");
        } catch (UploadRefused e) {
            MeetingPages.show(e, "paper");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void markPresent() {
        try {
            Attendee a = meetings.markPresent(meeting.getId(), who, whoOrganisation);
            Faces.flash(a.getPersonName() + " is on the register.");
            Faces.redirect(here());
        } catch (InvalidInput e) {
            MeetingPages.show(e, "register");
        }
    }

    public void send() {
        try {
            int n = agendas.send(meeting.getId());
            Faces.flash("The agenda is on its way to " + n + (n == 1 ? " person." : " people."));
            Faces.redirect(here());
        } catch (InvalidInput e) {
            MeetingPages.show(e, "send");
        }
    }

    public void cancel() {
        try {
            meetings.cancel(meeting.getId(), cancelReason);
            Faces.flash("The meeting is cancelled; calendars that follow it will show that.");
            Faces.redirect(here());
        } catch (InvalidInput e) {
            MeetingPages.show(e, "cancel");
        }
    }

    /** Items a member can comment on or a runner can attach papers to. */
    public List<AgendaItem> getItems() {
        List<AgendaItem> out = new ArrayList<>();
        agenda.forEach(s -> s.lines().forEach(l -> out.add(l.item())));
        return out;
    }

    public boolean isOpenForInput() {
        return member && !meeting.isCancelled() && meeting.getStartsAt().isAfter(meetings.now());
    }

    public boolean isStarted() { return !meeting.getStartsAt().isAfter(meetings.now()); }

    public String submitterName(Long accountId) { return meetings.personName(accountId); }
    public String personName(Long accountId) { return meetings.personName(accountId); }
    public List<Agendas.Paper> papersOf(Long itemId) { return papers.getOrDefault(itemId, List.of()); }
    public List<StoredFile> currentPapersOf(Long itemId) {
        return papersOf(itemId).stream().filter(Agendas.Paper::isCurrent).map(Agendas.Paper::getFile).toList();
    }
    public boolean mayChange(Long itemId) { return changeable.contains(itemId); }
    public List<Agendas.Comment> commentsOf(Long itemId) { return comments.getOrDefault(itemId, List.of()); }
    public int getTotalMinutes() { return AgendaAssembly.minutesAllowed(agenda); }
    public long getApologies() { return replies.stream().filter(r -> r.response().getAnswer() == MeetingResponse.Answer.APOLOGIES).count(); }

    public MeetingResponse.Answer[] getAnswers() { return MeetingResponse.Answer.values(); }
    public Purpose[] getPurposes() { return Purpose.values(); }
    public Account getMe() { return caller.account().orElse(null); }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public Meeting getMeeting() { return meeting; }
    public boolean isRunner() { return runner; }
    public boolean isMember() { return member; }
    public List<AgendaAssembly.Section> getAgenda() { return agenda; }
    public List<AgendaItem> getSubmissions() { return submissions; }
    public List<MeetingAction> getCarried() { return carried; }
    public List<Meetings.Reply> getReplies() { return replies; }
    public List<Attendee> getRegister() { return register; }
    public MeetingResponse getMyReply() { return myReply; }
    public Minutes getMinutes() { return minutes; }
    public String getDistrictName() { return districtName; }
    public String getBodyName() { return bodyName; }
    public MeetingResponse.Answer getAnswer() { return answer; }
    public void setAnswer(MeetingResponse.Answer answer) { this.answer = answer; }
    public String getAnswerNote() { return answerNote; }
    public void setAnswerNote(String v) { this.answerNote = v; }
    public ItemForm getSubmission() { return submission; }
    public ItemForm getNewItem() { return newItem; }
    public Long getCommentItem() { return commentItem; }
    public void setCommentItem(Long v) { this.commentItem = v; }
    public String getCommentText() { return commentText; }
    public void setCommentText(String v) { this.commentText = v; }
    public String getWho() { return who; }
    public void setWho(String v) { this.who = v; }
    public String getWhoOrganisation() { return whoOrganisation; }
    public void setWhoOrganisation(String v) { this.whoOrganisation = v; }
    public Long getPaperItem() { return paperItem; }
    public void setPaperItem(Long v) { this.paperItem = v; }
    public Part getFile() { return file; }
    public void setFile(Part file) { this.file = file; }
    public String getCancelReason() { return cancelReason; }
    public void setCancelReason(String v) { this.cancelReason = v; }
    public String getSentLabel() { return MeetingPages.when(meeting.getAgendaSentAt()); }
    public int getPaperMaxMb() { return Math.max(1, settings.getPaperMaxKb() / 1024); }
}
