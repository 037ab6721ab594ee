package org.acorn.meetings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.acorn.meetings.series.Recurrence;

/**
 * One meeting: when and where, who organises, chairs and takes the minutes, and whether it still stands.
 * {@code uid} and {@code icalSequence} are what calendars recognise it by: the uid never changes, the
 * sequence goes up with every change a calendar should show (time, place, cancellation).
 */
@Entity
@Table(name = "meeting")
public class Meeting {

    public enum Status { SCHEDULED, CANCELLED }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 80, updatable = false)
    private String uid;

    @Column(name = "series_id")
    private Long seriesId;

    @Column(name = "round_id")
    private Long roundId;

    @Column(nullable = false, length = 200)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private MeetingKind kind;

    @Column(name = "meets_on", nullable = false)
    private LocalDate meetsOn;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(name = "venue_name", length = 200)
    private String venueName;

    @Column(name = "venue_address", length = 500)
    private String venueAddress;

    @Column(length = 1000)
    private String accessibility;

    @Column(name = "online_link", length = 500)
    private String onlineLink;

    @Column(name = "district_id")
    private Long districtId;

    @Column(name = "body_id")
    private Long bodyId;

    @Column(name = "body_meeting_id")
    private Long bodyMeetingId;

    @Column(length = 120)
    private String theme;

    /** The theme as a top-level service-type term, matched against members' themes ("My meetings"). */
    @Column(name = "theme_term_id")
    private Long themeTermId;

    @Column(name = "organiser_id")
    private Long organiserId;

    @Column(name = "chair_id")
    private Long chairId;

    @Column(name = "chair_name", length = 160)
    private String chairName;

    @Column(name = "minute_taker_id")
    private Long minuteTakerId;

    @Column(length = 1000)
    private String guests;

    @Column(name = "open_to_public", nullable = false)
    private boolean openToPublic;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status = Status.SCHEDULED;

    @Column(name = "cancel_reason", length = 500)
    private String cancelReason;

    @Column(name = "agenda_sent_at")
    private Instant agendaSentAt;

    @Column(name = "ical_sequence", nullable = false)
    private int icalSequence;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Meeting() { }

    public Meeting(String uid, String title, MeetingKind kind, ZonedDateTime start, ZonedDateTime end, Instant now) {
        this.uid = uid;
        this.title = title;
        this.kind = kind;
        setTimes(start, end);
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void setTimes(ZonedDateTime start, ZonedDateTime end) {
        this.meetsOn = start.withZoneSameInstant(Recurrence.LONDON).toLocalDate();
        this.startsAt = start.toInstant();
        this.endsAt = end.toInstant();
    }

    /** A change calendars should pick up: the sequence goes up. */
    public void revised(Instant now) {
        icalSequence++;
        updatedAt = now;
    }

    public void cancel(String reason, Instant now) {
        status = Status.CANCELLED;
        cancelReason = reason;
        revised(now);
    }

    public ZonedDateTime start() { return startsAt.atZone(Recurrence.LONDON); }
    public ZonedDateTime end() { return endsAt.atZone(Recurrence.LONDON); }

    /** After 6pm on a weekday. */
    public boolean isEvening() { return start().getHour() >= 18; }

    public boolean isWeekend() {
        DayOfWeek d = start().getDayOfWeek();
        return d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY;
    }

    public boolean isCancelled() { return status == Status.CANCELLED; }

    public String getWhen() {
        return DAY.format(start()) + ", " + TIME.format(start()) + "–" + TIME.format(end());
    }

    public String getDayLabel() { return DAY.format(start()); }
    public String getTimeLabel() { return TIME.format(start()) + "–" + TIME.format(end()); }

    /** Where, in one line: venue, address and/or "online". */
    public String getWhere() {
        StringBuilder b = new StringBuilder();
        if (venueName != null) b.append(venueName);
        if (venueAddress != null) b.append(b.length() > 0 ? ", " : "").append(venueAddress);
        if (onlineLink != null) b.append(b.length() > 0 ? " and online" : "Online");
        return b.toString();
    }

    public Long getId() { return id; }
    public String getUid() { return uid; }
    public Long getSeriesId() { return seriesId; }
    public void setSeriesId(Long seriesId) { this.seriesId = seriesId; }
    public Long getRoundId() { return roundId; }
    public void setRoundId(Long roundId) { this.roundId = roundId; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public MeetingKind getKind() { return kind; }
    public void setKind(MeetingKind kind) { this.kind = kind; }
    public LocalDate getMeetsOn() { return meetsOn; }
    public Instant getStartsAt() { return startsAt; }
    public Instant getEndsAt() { return endsAt; }
    public String getVenueName() { return venueName; }
    public void setVenueName(String v) { this.venueName = v; }
    public String getVenueAddress() { return venueAddress; }
    public void setVenueAddress(String v) { this.venueAddress = v; }
    public String getAccessibility() { return accessibility; }
    public void setAccessibility(String v) { this.accessibility = v; }
    public String getOnlineLink() { return onlineLink; }
    public void setOnlineLink(String v) { this.onlineLink = v; }
    public Long getDistrictId() { return districtId; }
    public void setDistrictId(Long v) { this.districtId = v; }
    public Long getBodyId() { return bodyId; }
    public void setBodyId(Long v) { this.bodyId = v; }
    public Long getBodyMeetingId() { return bodyMeetingId; }
    public void setBodyMeetingId(Long v) { this.bodyMeetingId = v; }
    public String getTheme() { return theme; }
    public Long getThemeTermId() { return themeTermId; }
    public void setThemeTermId(Long v) { this.themeTermId = v; }
    public void setTheme(String v) { this.theme = v; }
    public Long getOrganiserId() { return organiserId; }
    public void setOrganiserId(Long v) { this.organiserId = v; }
    public Long getChairId() { return chairId; }
    public void setChairId(Long v) { this.chairId = v; }
    public String getChairName() { return chairName; }
    public void setChairName(String v) { this.chairName = v; }
    public Long getMinuteTakerId() { return minuteTakerId; }
    public void setMinuteTakerId(Long v) { this.minuteTakerId = v; }
    public String getGuests() { return guests; }
    public void setGuests(String v) { this.guests = v; }
    public boolean isOpenToPublic() { return openToPublic; }
    public void setOpenToPublic(boolean v) { this.openToPublic = v; }
    public Status getStatus() { return status; }
    public String getCancelReason() { return cancelReason; }
    public Instant getAgendaSentAt() { return agendaSentAt; }
    public void setAgendaSentAt(Instant v) { this.agendaSentAt = v; }
    public int getIcalSequence() { return icalSequence; }
    public Instant getUpdatedAt() { return updatedAt; }
    public long getVersion() { return version; }
}
