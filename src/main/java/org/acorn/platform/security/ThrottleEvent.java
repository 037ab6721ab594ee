package org.acorn.platform.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One counted attempt (a failed login, a registration, a reset request) by one subject. */
@Entity
@Table(name = "throttle_event")
public class ThrottleEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 30)
    private String action;

    @Column(nullable = false, length = 300)
    private String subject;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    protected ThrottleEvent() { }

    ThrottleEvent(String action, String subject, Instant occurredAt) {
        this.action = action;
        this.subject = subject;
        this.occurredAt = occurredAt;
    }
}
