package org.acorn.forum.web;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Small helpers the forum's pages share. */
final class ForumPages {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm").withZone(ZoneId.of("Europe/London"));

    private ForumPages() { }

    /**
     * Ends the request with the 404 page: for unknown ids and for what the reader may not see alike, so a
     * private category's topics cannot be discovered by trying numbers.
     */
    static void notFound() {
        FacesContext ctx = FacesContext.getCurrentInstance();
        try {
            ctx.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, "Not found");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ctx.responseComplete();
    }

    /** An id as typed in an address: digits only, otherwise null (never an exception). */
    static Long id(String value) {
        if (value == null || !value.strip().matches("\\d{1,18}")) return null;
        return Long.valueOf(value.strip());
    }

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
