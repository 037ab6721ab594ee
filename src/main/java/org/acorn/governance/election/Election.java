package org.acorn.governance.election;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** An election to one or more seats, run to a timetable; its contests are the races within it. */
@Entity
@Table(name = "election")
public class Election {

    public enum Status { SCHEDULED, DECLARED, CANCELLED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(length = 3000)
    private String description;

    @Column(name = "nominations_open_at", nullable = false)
    private Instant nominationsOpenAt;

    @Column(name = "nominations_close_at", nullable = false)
    private Instant nominationsCloseAt;

    @Column(name = "voting_open_at", nullable = false)
    private Instant votingOpenAt;

    @Column(name = "voting_close_at", nullable = false)
    private Instant votingCloseAt;

    @Column(name = "term_starts_on", nullable = false)
    private LocalDate termStartsOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status = Status.SCHEDULED;

    @Column(name = "declared_at")
    private Instant declaredAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Election() { }

    public Election(String title, Instant now) {
        this.title = title;
        this.createdAt = now;
    }

    public Stage stage(Instant now) {
        if (status == Status.CANCELLED) return Stage.CANCELLED;
        if (status == Status.DECLARED) return Stage.DECLARED;
        if (now.isBefore(nominationsOpenAt)) return Stage.UPCOMING;
        if (now.isBefore(nominationsCloseAt)) return Stage.NOMINATIONS;
        if (now.isBefore(votingOpenAt)) return Stage.NOMINATIONS_CLOSED;
        if (now.isBefore(votingCloseAt)) return Stage.VOTING;
        return Stage.COUNTING;
    }

    public void timetable(Instant nominationsOpen, Instant nominationsClose, Instant votingOpen, Instant votingClose,
                   LocalDate termStarts) {
        this.nominationsOpenAt = nominationsOpen;
        this.nominationsCloseAt = nominationsClose;
        this.votingOpenAt = votingOpen;
        this.votingCloseAt = votingClose;
        this.termStartsOn = termStarts;
    }

    public void describe(String title, String description) {
        this.title = title;
        this.description = description;
    }

    void declare(Instant now) {
        this.status = Status.DECLARED;
        this.declaredAt = now;
    }

    void cancel() { this.status = Status.CANCELLED; }

    public String timetableText() {
        return "nominations " + nominationsOpenAt + " to " + nominationsCloseAt + "; voting " + votingOpenAt + " to "
                + votingCloseAt + "; terms from " + termStartsOn;
    }

    public Long getId() { return id; }
    public String getTitle() { return title; }
    public String getDescription() { return description; }
    public Instant getNominationsOpenAt() { return nominationsOpenAt; }
    public Instant getNominationsCloseAt() { return nominationsCloseAt; }
    public Instant getVotingOpenAt() { return votingOpenAt; }
    public Instant getVotingCloseAt() { return votingCloseAt; }
    public LocalDate getTermStartsOn() { return termStartsOn; }
    public Status getStatus() { return status; }
    public Instant getDeclaredAt() { return declaredAt; }
    public long getVersion() { return version; }
}
