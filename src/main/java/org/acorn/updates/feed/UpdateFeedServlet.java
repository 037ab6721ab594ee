package org.acorn.updates.feed;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.acorn.network.Network;
import org.acorn.platform.config.Settings;
import org.acorn.updates.NewsUpdate;
import org.acorn.updates.UpdateKind;
import org.acorn.updates.UpdateTags;
import org.acorn.updates.UpdateVisibility;
import org.acorn.updates.Updates;

/**
 * Atom feeds of public updates: /updates/feed (all), ?kind=lscb, ?body=7, ?tag=district-3. Feed readers do not
 * sign in, so a feed carries public updates only, whoever asks.
 */
@WebServlet("/updates/feed")
public class UpdateFeedServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject transient Updates updates;
    @Inject transient UpdateTags tags;
    @Inject transient Settings settings;
    @Inject transient Network network;
    @Inject transient Clock clock;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String kindParam = req.getParameter("kind");
        String bodyParam = req.getParameter("body");
        String tag = req.getParameter("tag");
        UpdateKind kind = null;
        Long bodyId = null;
        String what = "Updates";
        String query = "";
        if (kindParam != null) {
            Optional<UpdateKind> k = UpdateKind.bySlug(kindParam);
            if (k.isEmpty()) { resp.sendError(404); return; }
            kind = k.get();
            what = kind.plural();
            query = "?kind=" + kind.getSlug();
        } else if (bodyParam != null) {
            if (!bodyParam.matches("\\d{1,18}")) { resp.sendError(404); return; }
            bodyId = Long.valueOf(bodyParam);
            String name = updates.bodyNames().get(bodyId);
            if (name == null) { resp.sendError(404); return; }
            what = "Updates from " + name;
            query = "?body=" + bodyId;
        } else if (tag != null) {
            Map<String, String> labels = tags.labels();
            if (!UpdateTags.wellFormed(tag) || !labels.containsKey(tag)) { resp.sendError(404); return; }
            what = "Updates tagged " + labels.get(tag);
            query = "?tag=" + tag;
        }
        List<NewsUpdate> list = updates.list(EnumSet.of(UpdateVisibility.PUBLIC), kind, bodyId, tag, 50);
        String base = settings.baseUrl();
        String site = shortName();
        List<AtomFeed.Entry> entries = list.stream().map(u -> new AtomFeed.Entry(
                base + "/updates/update.xhtml?id=" + u.getId(), u.getTitle(), base + "/updates/update.xhtml?id=" + u.getId(),
                u.getPublishAt(), u.getUpdatedAt().isAfter(u.getPublishAt()) ? u.getUpdatedAt() : u.getPublishAt(),
                u.getAuthorName(), u.getKind().label(), u.getBodyHtml())).toList();
        String page = base + "/updates/index.xhtml" + query.replace("?kind=", "?kind=");
        String xml = AtomFeed.write(base + "/updates/feed" + query, site + ": " + what, base + "/updates/feed" + query, page, site,
                entries, clock.instant());
        resp.setContentType("application/atom+xml;charset=UTF-8");
        resp.setHeader("Cache-Control", "public, max-age=300");
        resp.getOutputStream().write(xml.getBytes(StandardCharsets.UTF_8));
    }

    private String shortName() {
        try {
            return network.getProfile().getShortName();
        } catch (RuntimeException e) {
            return "Acorn";
        }
    }
}
