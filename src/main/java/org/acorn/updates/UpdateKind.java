package org.acorn.updates;

/** What sort of update it is; each kind has its own page and feed, and is one topic people choose emails for. */
public enum UpdateKind {
    LSCB("LSCB update", "lscb", true),
    PARTNERSHIP("Children's Trust and partnership update", "partnership", true),
    BRIEFING("Briefing", "briefing", false),
    NETWORK_NEWS("Network news", "news", false),
    COORDINATOR("Co-ordinator update", "coordinator", false),
    CONSULTATION("Consultation", "consultation", false),
    NEWSLETTER("Newsletter article", "newsletter", false);

    private final String label;
    private final String slug;
    private final boolean fromBody;

    UpdateKind(String label, String slug, boolean fromBody) {
        this.label = label;
        this.slug = slug;
        this.fromBody = fromBody;
    }

    public String label() { return label; }
    /** The heading for a list of them ("LSCB updates", "Network news"). */
    public String plural() { return this == NETWORK_NEWS ? label : label + "s"; }
    public String getPlural() { return plural(); }
    public String getLabel() { return label; }
    public String getSlug() { return slug; }
    public String getName() { return name(); }
    /** Posted for a partnership body: a statutory partner officer may write these for their own body. */
    public boolean fromBody() { return fromBody; }

    public static java.util.Optional<UpdateKind> bySlug(String slug) {
        for (UpdateKind k : values()) if (k.slug.equals(slug)) return java.util.Optional.of(k);
        return java.util.Optional.empty();
    }
}
