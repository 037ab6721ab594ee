package org.acorn.forum;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A person a co-ordinator appointed to moderate one category, or every category (no category). */
@Entity
@Table(name = "forum_moderator")
public class Moderator {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    @Column(name = "category_id")
    private Long categoryId;

    @Column(name = "appointed_at", nullable = false)
    private Instant appointedAt;

    protected Moderator() { }

    public Moderator(Long accountId, Long categoryId, Instant now) {
        this.accountId = accountId;
        this.categoryId = categoryId;
        this.appointedAt = now;
    }

    public Long getId() { return id; }
    public Long getAccountId() { return accountId; }
    public Long getCategoryId() { return categoryId; }
    public Instant getAppointedAt() { return appointedAt; }
}
