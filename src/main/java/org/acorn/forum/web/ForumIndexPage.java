package org.acorn.forum.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;
import org.acorn.forum.Forum;
import org.acorn.forum.ForumReader;
import org.acorn.forum.ForumReaders;
import org.acorn.forum.ForumViews.CategoryRow;
import org.acorn.forum.ForumViews.TopicRow;
import org.acorn.forum.ReadingState;
import org.acorn.forum.moderation.Moderation;

/** Backs /forum/index.xhtml: the categories the reader may read, and what is new since their last visit. */
@Named
@RequestScoped
public class ForumIndexPage {

    @Inject Forum forum;
    @Inject ForumReaders.Current current;
    @Inject ReadingState reading;
    @Inject Moderation moderation;

    private List<CategoryRow> categories;
    private List<TopicRow> newTopics = List.of();
    private Instant since;
    private long queue;

    public void load() {
        ForumReader r = current.get();
        if (r.signedIn()) {
            try {
                since = reading.visit(r.accountId());
            } catch (RuntimeException race) { // two tabs at once: the other one recorded the visit
                since = reading.previousVisit(r.accountId());
            }
            if (since != null) newTopics = forum.newSinceLastVisit(r, since, 20);
            if (r.moderatesSomething()) queue = moderation.openCount();
        }
        categories = forum.categories(r);
    }

    public List<CategoryRow> getCategories() { return categories; }
    public List<TopicRow> getNewTopics() { return newTopics; }
    public Instant getSince() { return since; }
    public long getQueue() { return queue; }
}
