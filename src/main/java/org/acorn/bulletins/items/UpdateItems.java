package org.acorn.bulletins.items;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.acorn.bulletins.BulletinItemSource;
import org.acorn.bulletins.ItemCandidate;
import org.acorn.platform.config.Settings;
import org.acorn.platform.text.Markdown;
import org.acorn.updates.UpdateVisibility;
import org.acorn.updates.Updates;

/** Updates (public and members-only) for bulletins, each under its kind's heading. */
@ApplicationScoped
public class UpdateItems implements BulletinItemSource {

    @Inject Updates updates;
    @Inject Markdown markdown;
    @Inject Settings settings;

    @Override public String name() { return "update"; }
    @Override public int order() { return 10; }

    @Override
    public List<ItemCandidate> since(Instant from, Instant to) {
        return updates.publishedBetween(from, to, EnumSet.of(UpdateVisibility.PUBLIC, UpdateVisibility.MEMBERS)).stream()
                .map(u -> new ItemCandidate(name(), String.valueOf(u.getId()), u.getTitle(), markdown.excerpt(u.getBodyMarkdown(), 400),
                        settings.baseUrl() + "/updates/update.xhtml?id=" + u.getId(), u.getPublishAt(), u.getKind().plural()))
                .toList();
    }
}
