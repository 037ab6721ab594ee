package org.acorn.meetings.theme;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A theme a person follows themselves, beside those their organisation's services give them. */
@Entity
@Table(name = "meeting_theme_follow")
public class ThemeFollow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    @Column(name = "term_id", nullable = false)
    private Long termId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ThemeFollow() { }

    public ThemeFollow(Long accountId, Long termId, Instant now) {
        this.accountId = accountId;
        this.termId = termId;
        this.createdAt = now;
    }

    public Long getAccountId() { return accountId; }
    public Long getTermId() { return termId; }
}
