package org.acorn.forum;

import java.io.Serializable;
import java.util.Objects;

/** The key of a person's row about a topic (reading state, follow or mute). */
public class TopicPersonKey implements Serializable {
    private static final long serialVersionUID = 1L;
    Long accountId;
    Long topicId;

    public TopicPersonKey() { }

    public TopicPersonKey(Long accountId, Long topicId) {
        this.accountId = accountId;
        this.topicId = topicId;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TopicPersonKey k && Objects.equals(accountId, k.accountId) && Objects.equals(topicId, k.topicId);
    }

    @Override
    public int hashCode() { return Objects.hash(accountId, topicId); }
}
