package org.acorn.bulletins.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.acorn.bulletins.audience.Topic;
import org.acorn.bulletins.audience.TopicChoices;
import org.acorn.platform.account.Account;
import org.acorn.platform.security.Caller;
import org.acorn.platform.web.Faces;

/** Backs /bulletins/emails.xhtml: per topic, each one as it comes, a weekly digest, or nothing. */
@Named
@ViewScoped
public class EmailsPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject TopicChoices choices;
    @Inject Caller caller;

    /** One topic's row on the form. */
    public static final class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private final Topic topic;
        private String mode;

        Row(Topic topic, String mode) {
            this.topic = topic;
            this.mode = mode;
        }

        public Topic getTopic() { return topic; }
        public String getMode() { return mode; }
        public void setMode(String mode) { this.mode = mode; }
    }

    private List<Row> rows = new ArrayList<>();
    private boolean byPost;

    public void load() {
        Account me = caller.account().orElse(null);
        if (me == null) {
            Faces.redirect("/account/login.xhtml");
            return;
        }
        rows = new ArrayList<>();
        Map<Topic, Topic.Mode> mine = choices.of(me.getId());
        mine.forEach((t, m) -> rows.add(new Row(t, m.name())));
    }

    public void save() {
        Account me = caller.require();
        Map<Topic, Topic.Mode> wanted = new java.util.EnumMap<>(Topic.class);
        for (Row r : rows) {
            try {
                wanted.put(r.getTopic(), Topic.Mode.valueOf(r.getMode() == null ? "" : r.getMode()));
            } catch (IllegalArgumentException e) {
                Faces.error("Choose each one, weekly or nothing for " + r.getTopic().getLabel() + ".");
                return;
            }
        }
        choices.saveAll(me.getId(), wanted);
        Faces.flash("Your email choices are saved.");
        Faces.redirect("/bulletins/emails.xhtml");
    }

    public List<Row> getRows() { return rows; }
    public List<Topic.Mode> getModes() { return List.of(Topic.Mode.values()); }
    public boolean isByPost() { return byPost; }
}
