package org.acorn.training.course;

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
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * One date of a course at one venue (or online), with its places. {@code booked} counts confirmed places and places
 * held for an open offer; it only changes with the row locked (see {@code Bookings}).
 */
@Entity
@Table(name = "training_run")
public class Run {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    public enum Status { SCHEDULED, CANCELLED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 80)
    private String uid;

    @Column(name = "course_id", nullable = false)
    private Long courseId;

    /** The roadshow this run belongs to, if any (runs of one course at several venues share the name). */
    @Column(length = 120)
    private String roadshow;

    @Column(name = "runs_on", nullable = false)
    private LocalDate runsOn;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(name = "venue_name", length = 200)
    private String venueName;

    @Column(name = "venue_address", length = 500)
    private String venueAddress;

    @Column(name = "online_link", length = 500)
    private String onlineLink;

    @Column(name = "district_id")
    private Long districtId;

    @Column(nullable = false)
    private int capacity;

    @Column(nullable = false)
    private int booked;

    @Column(name = "trainer_name", length = 160)
    private String trainerName;

    @Column(name = "trainer_id")
    private Long trainerId;

    @Column(name = "booking_deadline", nullable = false)
    private Instant bookingDeadline;

    @Column(name = "cancel_deadline", nullable = false)
    private Instant cancelDeadline;

    @Column(length = 2000)
    private String joining;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status = Status.SCHEDULED;

    @Column(name = "cancel_reason", length = 500)
    private String cancelReason;

    @Column(name = "ical_sequence", nullable = false)
    private int icalSequence;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Run() { }

    public Run(String uid, Long courseId, Instant startsAt, Instant endsAt, int capacity, Instant bookingDeadline,
               Instant cancelDeadline, Instant now) {
        this.uid = uid;
        this.courseId = courseId;
        setTimes(startsAt, endsAt);
        this.capacity = capacity;
        this.bookingDeadline = bookingDeadline;
        this.cancelDeadline = cancelDeadline;
        this.createdAt = now;
    }

    public void setTimes(Instant startsAt, Instant endsAt) {
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.runsOn = LocalDate.ofInstant(startsAt, LONDON);
    }

    /** Takes n places if they are free; false (and nothing changed) when they are not. */
    public boolean take(int n) {
        if (n <= 0 || booked + n > capacity) return false;
        booked += n;
        return true;
    }

    public void release(int n) { booked = Math.max(0, booked - n); }

    public void cancel(String reason) {
        status = Status.CANCELLED;
        cancelReason = reason;
        icalSequence++;
    }

    public void revised() { icalSequence++; }

    public boolean isCancelled() { return status == Status.CANCELLED; }
    public int getPlacesLeft() { return Math.max(0, capacity - booked); }
    public boolean isFull() { return booked >= capacity; }

    /** Starts at 17:00 or later, London time: for volunteers who work days (003 l.572). */
    public boolean isEvening() { return ZonedDateTime.ofInstant(startsAt, LONDON).getHour() >= 17; }

    public boolean isWeekend() {
        DayOfWeek d = runsOn.getDayOfWeek();
        return d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY;
    }

    public String getWhen() {
        return DAY.format(runsOn) + ", " + TIME.format(startsAt.atZone(LONDON)) + "–" + TIME.format(endsAt.atZone(LONDON));
    }

    public String getDayLabel() { return DAY.format(runsOn); }

    public String getDeadlineLabel() { return DAY.format(bookingDeadline.atZone(LONDON)) + ", " + TIME.format(bookingDeadline.atZone(LONDON)); }

    public String getWhere() {
        StringBuilder s = new StringBuilder();
        if (venueName != null) s.append(venueName);
        if (venueAddress != null) s.append(s.length() > 0 ? ", " : "").append(venueAddress);
        if (onlineLink != null && s.length() == 0) s.append("Online");
        return s.toString();
    }

    public Long getId() { return id; }
    public String getUid() { return uid; }
    public Long getCourseId() { return courseId; }
    public String getRoadshow() { return roadshow; }
    public void setRoadshow(String roadshow) { this.roadshow = roadshow; }
    public LocalDate getRunsOn() { return runsOn; }
    public Instant getStartsAt() { return startsAt; }
    public Instant getEndsAt() { return endsAt; }
    public String getVenueName() { return venueName; }
    public void setVenueName(String venueName) { this.venueName = venueName; }
    public String getVenueAddress() { return venueAddress; }
    public void setVenueAddress(String venueAddress) { this.venueAddress = venueAddress; }
    public String getOnlineLink() { return onlineLink; }
    public void setOnlineLink(String onlineLink) { this.onlineLink = onlineLink; }
    public Long getDistrictId() { return districtId; }
    public void setDistrictId(Long districtId) { this.districtId = districtId; }
    public int getCapacity() { return capacity; }
    public void setCapacity(int capacity) { this.capacity = capacity; }
    public int getBooked() { return booked; }
    public String getTrainerName() { return trainerName; }
    public void setTrainerName(String trainerName) { this.trainerName = trainerName; }
    public Long getTrainerId() { return trainerId; }
    public void setTrainerId(Long trainerId) { this.trainerId = trainerId; }
    public Instant getBookingDeadline() { return bookingDeadline; }
    public void setBookingDeadline(Instant bookingDeadline) { this.bookingDeadline = bookingDeadline; }
    public Instant getCancelDeadline() { return cancelDeadline; }
    public void setCancelDeadline(Instant cancelDeadline) { this.cancelDeadline = cancelDeadline; }
    public String getJoining() { return joining; }
    public void setJoining(String joining) { this.joining = joining; }
    public Status getStatus() { return status; }
    public String getCancelReason() { return cancelReason; }
    public int getIcalSequence() { return icalSequence; }
    public long getVersion() { return version; }
    public Instant getCreatedAt() { return createdAt; }
}
