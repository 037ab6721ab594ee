package org.acorn.forum;

import java.time.Duration;
import java.time.Instant;

/**
 * Who may do what in the forum. Pure rules (no database) so that they are tested on their own; the services
 * ask them before acting and pages ask them only to hide what cannot be used.
 */
public final class ForumAccess {

    private ForumAccess() { }

    public static boolean mayRead(ForumReader r, ForumCategory c) {
        if (c == null) return false;
        if (r.staff()) return true;
        return switch (c.getVisibility()) {
            case PUBLIC -> true;
            case MEMBERS -> r.member() || mayModerate(r, c);
            case GROUP -> inGroup(r, c) || mayModerate(r, c);
        };
    }

    private static boolean inGroup(ForumReader r, ForumCategory c) {
        if (!r.signedIn() || c.getAudience() == null) return false;
        return switch (c.getAudience()) {
            case DISTRICT -> r.member() && r.organisationId() != null
                    && (r.countyWide() || r.districtIds().contains(c.getDistrictId()));
            case STAFF -> false; // staff already read everything
            case LIST -> r.listCategoryIds().contains(c.getId());
        };
    }

    /** Start a topic: anyone signed in who may read it (public areas take questions from any account). */
    public static boolean mayStartTopic(ForumReader r, ForumCategory c) {
        return r.signedIn() && mayRead(r, c) && (!c.isArchived() || mayModerate(r, c));
    }

    public static boolean mayReply(ForumReader r, ForumCategory c, ForumTopic t) {
        if (!mayStartTopic(r, c) || !mayReadTopic(r, c, t)) return false;
        return t.isOpen() && !t.isLocked() || mayModerate(r, c);
    }

    /** An open topic to whoever reads its category; a pending one to its author; anything to moderators. */
    public static boolean mayReadTopic(ForumReader r, ForumCategory c, ForumTopic t) {
        if (!mayRead(r, c) || t == null) return false;
        if (t.getStatus() == ForumTopic.Status.OPEN || t.getStatus() == ForumTopic.Status.MERGED) return true;
        if (mayModerate(r, c)) return t.getStatus() != ForumTopic.Status.DELETED || r.staff();
        return t.getStatus() == ForumTopic.Status.PENDING && r.signedIn() && r.accountId().equals(t.getAuthorId());
    }

    /** Whether the post's words are shown (others see a placeholder for hidden, pending or deleted posts). */
    public static boolean maySeeBody(ForumReader r, ForumCategory c, ForumPost p) {
        return switch (p.getStatus()) {
            case PUBLISHED -> true;
            case PENDING -> mayModerate(r, c) || own(r, p);
            case HIDDEN -> mayModerate(r, c) || own(r, p);
            case DELETED -> false;
        };
    }

    public static boolean mayModerate(ForumReader r, ForumCategory c) {
        if (!r.signedIn()) return false;
        return r.staff() || r.moderatesAll() || c != null && r.moderatedCategoryIds().contains(c.getId());
    }

    /** Authors edit their own published or waiting posts in topics still open to them; moderators edit any. */
    public static boolean mayEdit(ForumReader r, ForumCategory c, ForumTopic t, ForumPost p) {
        if (mayModerate(r, c)) return p.getStatus() != ForumPost.Status.DELETED;
        return own(r, p) && mayRead(r, c) && !t.isLocked() && t.getStatus() != ForumTopic.Status.HIDDEN
                && (p.getStatus() == ForumPost.Status.PUBLISHED || p.getStatus() == ForumPost.Status.PENDING);
    }

    /** Authors may take back their own post for a while after writing it (moderators hide instead). */
    public static boolean mayDelete(ForumReader r, ForumCategory c, ForumTopic t, ForumPost p, Instant now,
                                    Duration window) {
        return mayEdit(r, c, t, p) && own(r, p) && now.isBefore(p.getCreatedAt().plus(window));
    }

    /** Any signed-in reader may flag someone else's published post. */
    public static boolean mayFlag(ForumReader r, ForumCategory c, ForumPost p) {
        return r.signedIn() && mayRead(r, c) && p.isPublished() && !own(r, p);
    }

    public static boolean mayManageCategories(ForumReader r) { return r.manager(); }

    private static boolean own(ForumReader r, ForumPost p) {
        return r.signedIn() && r.accountId().equals(p.getAuthorId());
    }
}
