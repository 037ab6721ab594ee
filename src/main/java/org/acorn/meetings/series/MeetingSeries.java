package org.acorn.meetings.series;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.acorn.meetings.MeetingKind;

/** Meetings held to a cadence (the management group, a district's forum); each meeting is its own row. */
@Entity
@Table(name = "meeting_series")
public class MeetingSeries {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private MeetingKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Cadence cadence;

    @Column(name = "every_weeks")
    private Integer everyWeeks;

    @Column(name = "week_of_month")
    private Integer weekOfMonth;

    @Column(name = "weekday")
    private Integer weekday;

    @Column(name = "first_on", nullable = false)
    private LocalDate firstOn;

    @Column(name = "start_time", nullable = false)
    private LocalTime startTime;

    @Column(name = "end_time", nullable = false)
    private LocalTime endTime;

    @Column(name = "district_id")
    private Long districtId;

    @Column(name = "body_id")
    private Long bodyId;

    @Column(length = 120)
    private String theme;

    @Column(name = "theme_term_id")
    private Long themeTermId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected MeetingSeries() { }

    public MeetingSeries(String title, MeetingKind kind, Recurrence rule, LocalTime start, LocalTime end, Instant now) {
        this.title = title;
        this.kind = kind;
        this.cadence = rule.cadence();
        this.everyWeeks = rule.cadence() == Cadence.WEEKLY ? rule.everyWeeks() : null;
        this.weekOfMonth = rule.cadence() == Cadence.MONTHLY_WEEKDAY ? rule.weekOfMonth() : null;
        this.weekday = rule.weekday() == null ? null : rule.weekday().getValue();
        this.firstOn = rule.first();
        this.startTime = start;
        this.endTime = end;
        this.createdAt = now;
    }

    public Recurrence recurrence() {
        return new Recurrence(cadence, everyWeeks == null ? 0 : everyWeeks, weekOfMonth == null ? 0 : weekOfMonth,
                weekday == null ? null : DayOfWeek.of(weekday), firstOn);
    }

    public Long getId() { return id; }
    public String getTitle() { return title; }
    public MeetingKind getKind() { return kind; }
    public Cadence getCadence() { return cadence; }
    public LocalDate getFirstOn() { return firstOn; }
    public LocalTime getStartTime() { return startTime; }
    public LocalTime getEndTime() { return endTime; }
    public Long getDistrictId() { return districtId; }
    public void setDistrictId(Long districtId) { this.districtId = districtId; }
    public Long getBodyId() { return bodyId; }
    public void setBodyId(Long bodyId) { this.bodyId = bodyId; }
    public String getTheme() { return theme; }
    public Long getThemeTermId() { return themeTermId; }
    public void setThemeTermId(Long v) { this.themeTermId = v; }
    public void setTheme(String theme) { this.theme = theme; }
    public String getDescription() { return recurrence().describe(); }
}
