package org.acorn.forum;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A place to talk: a theme, a district's locality forum, the consortium, a body's seat holders, or the public
 * "ask the network" area. Who reads it is {@link CategoryVisibility}; a GROUP category names its
 * {@link Audience}.
 */
@Entity
@Table(name = "forum_category")
public class ForumCategory implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    /** What the category is for; only used to group and describe categories. */
    public enum Kind {
        THEME("Theme"), LOCALITY("Locality forum"), BODY("Partnership body"), CONSORTIUM("Consortium"),
        PUBLIC_QUESTIONS("Ask the network"), OTHER("Other");

        private final String label;
        Kind(String label) { this.label = label; }
        public String label() { return label; }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(length = 1000)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Kind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private CategoryVisibility visibility;

    @Enumerated(EnumType.STRING)
    @Column(name = "audience_kind", length = 10)
    private Audience audience;

    @Column(name = "district_id")
    private Long districtId;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "archived_at")
    private Instant archivedAt;

    @Column(name = "topic_count", nullable = false)
    private int topicCount;

    @Column(name = "post_count", nullable = false)
    private int postCount;

    @Column(name = "last_post_at")
    private Instant lastPostAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected ForumCategory() { }

    public ForumCategory(String name, Kind kind, CategoryVisibility visibility, Instant now) {
        this.name = name;
        this.kind = kind;
        this.visibility = visibility;
        this.createdAt = now;
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public Kind getKind() { return kind; }
    public void setKind(Kind kind) { this.kind = kind; }
    public CategoryVisibility getVisibility() { return visibility; }
    public Audience getAudience() { return audience; }
    public Long getDistrictId() { return districtId; }

    /** Who may read: PUBLIC and MEMBERS need no audience; GROUP needs one (and a district for DISTRICT). */
    public void setAccess(CategoryVisibility visibility, Audience audience, Long districtId) {
        this.visibility = visibility;
        this.audience = visibility == CategoryVisibility.GROUP ? audience : null;
        this.districtId = this.audience == Audience.DISTRICT ? districtId : null;
    }

    public int getSortOrder() { return sortOrder; }
    public void setSortOrder(int sortOrder) { this.sortOrder = sortOrder; }
    public Instant getArchivedAt() { return archivedAt; }
    public boolean isArchived() { return archivedAt != null; }
    public void setArchivedAt(Instant archivedAt) { this.archivedAt = archivedAt; }
    public int getTopicCount() { return topicCount; }
    public int getPostCount() { return postCount; }
    public Instant getLastPostAt() { return lastPostAt; }
    public void setCounts(int topics, int posts, Instant lastPostAt) {
        this.topicCount = topics;
        this.postCount = posts;
        this.lastPostAt = lastPostAt;
    }
    public Instant getCreatedAt() { return createdAt; }

    /** "Members of the network", "Amber Valley members", "Network staff" …, for the category list. */
    public String audienceLabel(String districtName) {
        return switch (visibility) {
            case PUBLIC -> "Anyone can read";
            case MEMBERS -> "Members";
            case GROUP -> switch (audience == null ? Audience.STAFF : audience) {
                case DISTRICT -> "Members in " + (districtName == null ? "the district" : districtName);
                case STAFF -> "Network staff";
                case LIST -> "Invited people";
            };
        };
    }
}
