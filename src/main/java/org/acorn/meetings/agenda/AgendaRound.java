package org.acorn.meetings.agenda;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A round of district locality forums sharing one part 1 (Group model). */
@Entity
@Table(name = "agenda_round")
public class AgendaRound {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "created_by", nullable = false)
    private Long createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected AgendaRound() { }

    public AgendaRound(String title, Long createdBy, Instant now) {
        this.title = title;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    public Long getId() { return id; }
    public String getTitle() { return title; }
}
