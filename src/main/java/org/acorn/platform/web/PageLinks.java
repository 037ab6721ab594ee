package org.acorn.platform.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.StringJoiner;

/** Bookmarkable GET links for lists: page numbers from the query string and links that keep the filter. */
public final class PageLinks {

    private PageLinks() { }

    /** A page number from a request parameter: anything that is not a sensible number is page 1. */
    public static int number(String value) {
        if (value == null || !value.strip().matches("\\d{1,7}")) return 1;
        return Math.max(1, Integer.parseInt(value.strip()));
    }

    /** path?k=v&amp;… with the non-empty values, URL-encoded, in the map's order. */
    public static String url(String path, Map<String, ?> params) {
        StringJoiner query = new StringJoiner("&");
        params.forEach((k, v) -> {
            if (v != null && !v.toString().isEmpty()) {
                query.add(k + "=" + URLEncoder.encode(v.toString(), StandardCharsets.UTF_8));
            }
        });
        return query.length() == 0 ? path : path + "?" + query;
    }
}
