package org.acorn.forum.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Small helpers the forum's pages share. */
final class ForumPages {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm").withZone(ZoneId.of("Europe/London"));

    private ForumPages() { }

    static Integer number(String value) {
        if (value == null || !value.strip().matches("\\d{1,7}")) return null;
        return Integer.valueOf(value.strip());
    }

    static String when(Instant at) { return at == null ? "" : WHEN.format(at); }

    static String topicUrl(Long topicId, int postNumber) {
        int page = org.acorn.forum.Forum.pageOf(postNumber);
        return "/forum/topic.xhtml?id=" + topicId + (page > 1 ? "&page=" + page : "") + "#post-" + postNumber;
    }
}
