package org.acorn.forum.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.acorn.forum.Forum;
import org.acorn.forum.ForumReader;
import org.acorn.forum.ForumReaders;
import org.acorn.forum.ForumRefused;
import org.acorn.forum.ForumViews.CategoryRow;
import org.acorn.forum.Subscription.Mode;
import org.acorn.forum.notification.Subscriptions;
import org.acorn.platform.web.Faces;

/** Backs /forum/notifications.xhtml: the person's email choice for every category they read, and mentions. */
@Named
@ViewScoped
public class NotificationsPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject Forum forum;
    @Inject Subscriptions subscriptions;
    @Inject ForumReaders.Current current;

    /** One category's row of the form. */
    public static class Choice implements Serializable {
        private static final long serialVersionUID = 1L;
        private final Long categoryId;
        private final String name;
        private Mode mode;

        Choice(Long categoryId, String name, Mode mode) {
            this.categoryId = categoryId;
            this.name = name;
            this.mode = mode;
        }

        public Long getCategoryId() { return categoryId; }
        public String getName() { return name; }
        public Mode getMode() { return mode; }
        public void setMode(Mode mode) { this.mode = mode; }
    }

    private List<Choice> choices;
    private boolean mentions;

    public void load() {
        ForumReader r = current.get();
        Long me = r.accountId();
        Map<Long, Mode> modes = subscriptions.modes(me);
        choices = new ArrayList<>();
        for (CategoryRow c : forum.categories(r)) choices.add(new Choice(c.id(), c.name(), modes.getOrDefault(c.id(), Mode.NONE)));
        mentions = subscriptions.mentionEmails(me);
    }

    public void save() {
        try {
            for (Choice c : choices) subscriptions.set(c.categoryId, c.mode == null ? Mode.NONE : c.mode);
            subscriptions.setMentionEmails(current.get().accountId(), mentions);
            Faces.flash("Your forum email choices are saved.");
            Faces.redirect("/forum/notifications.xhtml");
        } catch (ForumRefused e) {
            e.showOn("choices");
        }
    }

    public List<Mode> getModes() { return List.of(Mode.values()); }
    public List<Choice> getChoices() { return choices; }
    public boolean isMentions() { return mentions; }
    public void setMentions(boolean mentions) { this.mentions = mentions; }
}
