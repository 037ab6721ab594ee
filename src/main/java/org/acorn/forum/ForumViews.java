package org.acorn.forum;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** What the forum's pages show: plain values read in a fixed number of queries per page. */
public final class ForumViews {

    private ForumViews() { }

    /** A category in the list, with what is new in it for the reader. */
    public record CategoryRow(Long id, String name, String description, String kind, String audience,
                              int topics, int posts, Instant lastPostAt, long unread, boolean mayStartTopic)
            implements Serializable { }

    /** A topic in a list. unreadPosts is -1 for a topic the reader has never opened. */
    public record TopicRow(Long id, String title, Long categoryId, String categoryName, boolean pinned, boolean locked,
                           String status, int replies, Instant lastPostAt, String authorName, String lastPosterName,
                           int unreadPosts, boolean isNew, int lastReadNumber, int lastPostNumber)
            implements Serializable {
        public boolean unread() { return unreadPosts > 0; }
        /** Where the reader should land: their first unread post, or the start. */
        public int firstUnread() { return lastReadNumber <= 0 ? 1 : Math.min(lastReadNumber + 1, lastPostNumber); }
    }

    /** A page of topics: the next page starts after {@code nextCursor} (null on the last page). */
    public record TopicList(List<TopicRow> pinned, List<TopicRow> topics, String nextCursor) implements Serializable { }

    /** One post as the reader may see it. */
    public record PostView(Long id, int number, Long authorId, String authorName, Long organisationId,
                           String organisationName, String html, String status, boolean bodyShown, String hiddenReason,
                           Integer replyTo, Instant createdAt, Instant editedAt, int editCount,
                           List<org.acorn.platform.cards.RecordCard> cards,
                           boolean mayEdit, boolean mayDelete, boolean mayFlag, boolean isNew,
                           List<Attachments.Shown> files) implements Serializable { }

    /** A page of a topic. */
    public record TopicPage(ForumTopic topic, ForumCategory category, List<PostView> posts, int page, int pages,
                            int lastReadBefore, String watch, boolean mayReply, boolean mayModerate)
            implements Serializable { }
}
