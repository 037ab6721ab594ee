package org.acorn.forum;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A person's forum bookkeeping, made at their first forum visit: the visits that define "new since your
 * last visit", when their digests last went, whether mentions email them, and whether their posts still
 * wait for approval (new members, when the setting is on).
 */
@Entity
@Table(name = "forum_member")
public class ForumMember {

    /** A visit this long after the last one starts a new visit. */
    static final java.time.Duration VISIT_GAP = java.time.Duration.ofMinutes(30);

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "last_visit_at")
    private Instant lastVisitAt;

    @Column(name = "previous_visit_at")
    private Instant previousVisitAt;

    @Column(name = "daily_digest_at")
    private Instant dailyDigestAt;

    @Column(name = "weekly_digest_at")
    private Instant weeklyDigestAt;

    @Column(name = "mention_emails", nullable = false)
    private boolean mentionEmails = true;

    @Column(name = "approved_poster", nullable = false)
    private boolean approvedPoster;

    @Version
    private long version;

    protected ForumMember() { }

    public ForumMember(Long accountId) { this.accountId = accountId; }

    /**
     * Records a page view. The previous visit only moves when this view starts a new visit, so everything
     * new since then stays marked new while the person reads around.
     * @return true when something changed
     */
    public boolean seen(Instant now) {
        if (lastVisitAt == null) {
            lastVisitAt = now;
            previousVisitAt = now;
            return true;
        }
        if (now.isAfter(lastVisitAt.plus(VISIT_GAP))) {
            previousVisitAt = lastVisitAt;
            lastVisitAt = now;
            return true;
        }
        if (now.isAfter(lastVisitAt.plusSeconds(60))) {
            lastVisitAt = now;
            return true;
        }
        return false;
    }

    public Long getAccountId() { return accountId; }
    public Instant getLastVisitAt() { return lastVisitAt; }
    public Instant getPreviousVisitAt() { return previousVisitAt; }
    public Instant getDailyDigestAt() { return dailyDigestAt; }
    public void setDailyDigestAt(Instant at) { this.dailyDigestAt = at; }
    public Instant getWeeklyDigestAt() { return weeklyDigestAt; }
    public void setWeeklyDigestAt(Instant at) { this.weeklyDigestAt = at; }
    public boolean isMentionEmails() { return mentionEmails; }
    public void setMentionEmails(boolean on) { this.mentionEmails = on; }
    public boolean isApprovedPoster() { return approvedPoster; }
    public void setApprovedPoster(boolean approved) { this.approvedPoster = approved; }
}
