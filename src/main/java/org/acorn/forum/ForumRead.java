package org.acorn.forum;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** How far a person has read a topic: the highest post number they have had on screen. */
@Entity
@Table(name = "forum_read")
@IdClass(TopicPersonKey.class)
public class ForumRead {

    @Id @Column(name = "account_id") private Long accountId;
    @Id @Column(name = "topic_id") private Long topicId;
    @Column(name = "last_read_number", nullable = false) private int lastReadNumber;

    protected ForumRead() { }

    public ForumRead(Long accountId, Long topicId, int lastReadNumber) {
        this.accountId = accountId;
        this.topicId = topicId;
        this.lastReadNumber = lastReadNumber;
    }

    public Long getAccountId() { return accountId; }
    public Long getTopicId() { return topicId; }
    public int getLastReadNumber() { return lastReadNumber; }
    public void readUpTo(int n) { if (n > lastReadNumber) lastReadNumber = n; }
}
