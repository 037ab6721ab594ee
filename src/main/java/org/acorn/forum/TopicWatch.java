package org.acorn.forum;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** A person follows a topic (an email for each reply) or mutes it (nothing, not even in digests). */
@Entity
@Table(name = "forum_topic_watch")
@IdClass(TopicPersonKey.class)
public class TopicWatch {

    public enum Level { FOLLOW, MUTE }

    @Id @Column(name = "account_id") private Long accountId;
    @Id @Column(name = "topic_id") private Long topicId;
    @Enumerated(EnumType.STRING) @Column(name = "watch", nullable = false, length = 10) private Level level;

    protected TopicWatch() { }

    public TopicWatch(Long accountId, Long topicId, Level level) {
        this.accountId = accountId;
        this.topicId = topicId;
        this.level = level;
    }

    public Long getAccountId() { return accountId; }
    public Long getTopicId() { return topicId; }
    public Level getLevel() { return level; }
    public void setLevel(Level level) { this.level = level; }
}
