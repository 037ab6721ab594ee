package org.acorn.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One record as the index sees it. Features build these with {@link #builder(String, String)}; the index
 * decides how each part is stored.
 *
 * @param boosted short texts that say what the record is (names, service types): a match there ranks higher
 * @param facets values people filter by; a path of several parts is a hierarchy (Health › Mental health)
 * @param ranges numeric spans such as the ages served, matched when a wanted value falls inside
 * @param sortName the name to sort by alphabetically (usually the title)
 * @param verified when the record was last checked, or null; "recently verified" sorts by it
 * @param groups groups of readers who may also see the record beyond its {@code visibility} (a forum category
 *     for one district's members): the feature that owns the record names them and tells readers theirs
 *     through {@link ReaderGroups}
 */
public record SearchDocument(DocumentKey key, String title, String body, List<String> boosted, List<Facet> facets,
        List<Span> ranges, Visibility visibility, String sortName, Instant verified, String url, List<String> groups) {

    /** One facet value: a dimension ("district") and a path of one or more labels. */
    public record Facet(String dimension, List<String> path) {
        public Facet {
            Objects.requireNonNull(dimension, "dimension");
            // control characters would clash with Lucene's path separator; they carry no meaning in a label
            dimension = withoutControls(dimension);
            path = path.stream().map(Facet::withoutControls).toList();
            if (dimension.isBlank() || path.isEmpty() || path.stream().anyMatch(String::isBlank)) {
                throw new IllegalArgumentException("facet needs a dimension and a non-blank path");
            }
        }

        private static String withoutControls(String s) {
            return s.codePoints().filter(c -> !Character.isISOControl(c))
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().strip();
        }
    }

    /** An inclusive span of whole numbers, e.g. ages 5 to 11. */
    public record Span(String name, int min, int max) {
        public Span {
            Objects.requireNonNull(name, "name");
            if (min > max) throw new IllegalArgumentException(name + ": min " + min + " is above max " + max);
        }
    }

    public SearchDocument {
        Objects.requireNonNull(key, "key");
        title = title == null ? "" : title;
        body = body == null ? "" : body;
        boosted = List.copyOf(boosted);
        facets = List.copyOf(facets);
        ranges = List.copyOf(ranges);
        visibility = visibility == null ? Visibility.STAFF : visibility; // unknown audience: the narrowest
        sortName = sortName == null || sortName.isBlank() ? title : sortName;
        url = url == null ? "" : url;
        groups = groups == null ? List.of() : List.copyOf(groups);
    }

    public static Builder builder(String kind, String id) { return new Builder(new DocumentKey(kind, id)); }

    public static final class Builder {
        private final DocumentKey key;
        private String title = "";
        private String body = "";
        private final List<String> boosted = new ArrayList<>();
        private final List<Facet> facets = new ArrayList<>();
        private final List<Span> ranges = new ArrayList<>();
        private Visibility visibility = Visibility.PUBLIC;
        private String sortName;
        private Instant verified;
        private String url = "";
        private final List<String> groups = new ArrayList<>();

        private Builder(DocumentKey key) { this.key = key; }

        public Builder title(String title) { this.title = title; return this; }
        public Builder body(String body) { this.body = body; return this; }
        public Builder boosted(String text) { if (text != null && !text.isBlank()) boosted.add(text); return this; }
        public Builder facet(String dimension, String... path) { facets.add(new Facet(dimension, List.of(path))); return this; }
        public Builder range(String name, int min, int max) { ranges.add(new Span(name, min, max)); return this; }
        public Builder visibility(Visibility visibility) { this.visibility = visibility; return this; }
        public Builder sortName(String sortName) { this.sortName = sortName; return this; }
        public Builder verified(Instant verified) { this.verified = verified; return this; }
        public Builder url(String url) { this.url = url; return this; }
        /** Readers in this group see the record too, whatever its visibility says. */
        public Builder readableBy(String group) { if (group != null && !group.isBlank()) groups.add(group); return this; }

        public SearchDocument build() {
            return new SearchDocument(key, title, body, boosted, facets, ranges, visibility, sortName, verified, url, groups);
        }
    }
}
