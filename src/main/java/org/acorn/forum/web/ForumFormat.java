package org.acorn.forum.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import org.acorn.forum.Mentions;

/** Formatting for the forum's pages (#{forumFormat.when(t.lastPostAt())}). */
@Named("forumFormat")
@ApplicationScoped
public class ForumFormat {
    public String when(Instant at) { return ForumPages.when(at); }
    public String mention(String name) { return Mentions.typed(name); }
    public String topicUrl(Long topicId, int postNumber) { return ForumPages.topicUrl(topicId, postNumber); }
}
