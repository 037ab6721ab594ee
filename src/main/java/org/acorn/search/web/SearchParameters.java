package org.acorn.search.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.acorn.platform.web.PageLinks;
import org.acorn.search.SearchQuery;
import org.acorn.search.SearchRequest;
import org.acorn.search.Visibility;

/**
 * A search as its GET URL carries it: {@code q} (typed words), {@code f} (chosen facet values, repeated,
 * each "dimension:Label" or "dimension:Parent>Child"), {@code age}, {@code sort} and {@code page}. Anything
 * malformed is dropped rather than refused, so every URL shows a page; the page says what it could not use.
 */
public record SearchParameters(String q, List<String> f, String age, String sort, int page) {

    public static final int MAX_AGE = 25;
    static final int MAX_CHOSEN = 20;
    static final int MAX_F_LENGTH = 400;
    private static final String PATH_SEPARATOR = ">";

    public SearchParameters {
        q = q == null ? "" : q;
        f = f == null ? List.of() : f.stream().filter(v -> v != null && !v.isBlank() && v.length() <= MAX_F_LENGTH)
                .distinct().limit(MAX_CHOSEN).toList();
        age = age == null ? "" : age.strip();
        sort = "name".equals(sort) || "verified".equals(sort) ? sort : "relevance";
        page = Math.max(1, Math.min(page, SearchRequest.MAX_PAGE));
    }

    public static SearchParameters of(Map<String, String[]> params) {
        return new SearchParameters(first(params, "q"), params.get("f") == null ? List.of() : Arrays.asList(params.get("f")),
                first(params, "age"), first(params, "sort"), PageLinks.number(first(params, "page")));
    }

    private static String first(Map<String, String[]> params, String name) {
        String[] v = params.get(name);
        return v == null || v.length == 0 ? null : v[0];
    }

    /** The typed text was longer than search reads. */
    public boolean textCut() { return q.length() > SearchQuery.MAX_INPUT; }

    /** The child's age, when one was given and it is a sensible age. */
    public Integer ageValue() {
        if (!age.matches("\\d{1,2}")) return null;
        int a = Integer.parseInt(age);
        return a <= MAX_AGE ? a : null;
    }

    public boolean ageInvalid() { return !age.isEmpty() && ageValue() == null; }

    public SearchRequest.Order order() {
        return switch (sort) {
            case "name" -> SearchRequest.Order.NAME;
            case "verified" -> SearchRequest.Order.RECENTLY_VERIFIED;
            default -> SearchRequest.Order.RELEVANCE;
        };
    }

    /** The chosen facet values by dimension; a value without a dimension is dropped. */
    public Map<String, List<List<String>>> chosen() {
        Map<String, List<List<String>>> out = new LinkedHashMap<>();
        for (String v : f) {
            int colon = v.indexOf(':');
            if (colon <= 0 || colon == v.length() - 1) continue;
            List<String> path = Arrays.stream(v.substring(colon + 1).split(PATH_SEPARATOR, -1)).map(String::strip).toList();
            out.computeIfAbsent(v.substring(0, colon), d -> new ArrayList<>()).add(path);
        }
        return out;
    }

    public boolean narrowed() { return !f.isEmpty() || ageValue() != null; }

    /** The request these parameters ask for; the caller adds the reader's groups and builds it. */
    public SearchRequest.Builder request(java.util.Set<Visibility> readerMaySee, int page, int pageSize) {
        SearchRequest.Builder b = SearchRequest.builder(readerMaySee).typed(q).order(order()).page(page, pageSize);
        chosen().forEach((dim, paths) -> paths.forEach(p -> b.facet(dim, p.toArray(String[]::new))));
        Integer a = ageValue();
        if (a != null) b.within("age", a);
        return b;
    }

    public static String value(String dimension, List<String> path) {
        return dimension + ":" + String.join(PATH_SEPARATOR, path);
    }

    /**
     * With this value chosen or, when it was, not. Choosing a value drops its chosen ancestors and
     * descendants: within a dimension values are alternatives, so "Be healthy" would swallow its own indicator.
     */
    public SearchParameters toggled(String dimension, List<String> path) {
        String v = value(dimension, path);
        List<String> next = new ArrayList<>();
        if (f.contains(v)) {
            f.stream().filter(x -> !x.equals(v)).forEach(next::add);
        } else {
            String prefix = dimension + ":";
            for (String x : f) {
                boolean related = x.startsWith(prefix) && (v.startsWith(x + PATH_SEPARATOR) || x.startsWith(v + PATH_SEPARATOR));
                if (!related) next.add(x);
            }
            next.add(v);
        }
        return new SearchParameters(q, next, age, sort, 1);
    }

    public SearchParameters cleared(String dimension) {
        return new SearchParameters(q, f.stream().filter(x -> !x.startsWith(dimension + ":")).toList(), age, sort, 1);
    }

    public SearchParameters withoutAge() { return new SearchParameters(q, f, "", sort, 1); }

    public SearchParameters onPage(int number) { return new SearchParameters(q, f, age, sort, number); }

    /** path?q=…&f=…&f=…&age=…&sort=…&page=…, leaving out what is empty or the default. */
    public String url(String path) {
        StringJoiner j = new StringJoiner("&");
        if (!q.isBlank()) j.add("q=" + enc(q.length() > SearchQuery.MAX_INPUT ? q.substring(0, SearchQuery.MAX_INPUT) : q));
        f.forEach(v -> j.add("f=" + enc(v)));
        if (ageValue() != null) j.add("age=" + ageValue());
        if (!"relevance".equals(sort)) j.add("sort=" + sort);
        if (page > 1) j.add("page=" + page);
        return j.length() == 0 ? path : path + "?" + j;
    }

    private static String enc(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8); }
}
