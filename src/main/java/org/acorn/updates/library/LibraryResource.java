package org.acorn.updates.library;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import org.acorn.updates.UpdateVisibility;

/** A guidance document or template in the library, with its versions, a review date and a download count. */
@Entity
@Table(name = "library_resource")
public class LibraryResource {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
    @Column(nullable = false, length = 200) private String title;
    @Column(nullable = false, length = 2000) private String summary;
    @Enumerated(EnumType.STRING) @Column(nullable = false, length = 30) private ResourceCategory category;
    @Enumerated(EnumType.STRING) @Column(nullable = false, length = 10) private UpdateVisibility visibility;
    @Column(name = "review_on", nullable = false) private LocalDate reviewOn;
    @Column(nullable = false) private long downloads;
    @Column(name = "created_at", nullable = false) private Instant createdAt;
    @Column(name = "updated_at", nullable = false) private Instant updatedAt;
    @Version private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "library_tag", joinColumns = @JoinColumn(name = "resource_id"))
    @Column(name = "tag", length = 40)
    private Set<String> tags = new LinkedHashSet<>();

    protected LibraryResource() { }

    LibraryResource(String title, String summary, ResourceCategory category, UpdateVisibility visibility, LocalDate reviewOn,
                    Set<String> tags, Instant now) {
        this.title = title;
        this.summary = summary;
        this.category = category;
        this.visibility = visibility;
        this.reviewOn = reviewOn;
        this.tags.addAll(tags);
        this.createdAt = now;
        this.updatedAt = now;
    }

    void edit(String title, String summary, ResourceCategory category, UpdateVisibility visibility, LocalDate reviewOn,
              Set<String> tags, Instant now) {
        this.title = title;
        this.summary = summary;
        this.category = category;
        this.visibility = visibility;
        this.reviewOn = reviewOn;
        this.tags.clear();
        this.tags.addAll(tags);
        this.updatedAt = now;
    }

    void reviewed(LocalDate next, Instant now) { this.reviewOn = next; this.updatedAt = now; }
    void touched(Instant now) { this.updatedAt = now; }

    public Long getId() { return id; }
    public String getTitle() { return title; }
    public String getSummary() { return summary; }
    public ResourceCategory getCategory() { return category; }
    public UpdateVisibility getVisibility() { return visibility; }
    public LocalDate getReviewOn() { return reviewOn; }
    public long getDownloads() { return downloads; }
    public Instant getUpdatedAt() { return updatedAt; }
    public long getVersion() { return version; }
    public Set<String> getTags() { return Set.copyOf(tags); }
}
