package org.acorn.search;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** Words and phrases a search treats as the same ("send, special educational needs"). */
@Entity
@Table(name = "search_synonym")
public class SynonymGroup {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 500)
    private String words;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected SynonymGroup() { }

    SynonymGroup(String words, Instant now) {
        this.words = words;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void change(String words, Instant now) {
        this.words = words;
        this.updatedAt = now;
    }

    public Long getId() { return id; }
    public String getWords() { return words; }
    public Instant getUpdatedAt() { return updatedAt; }
    public long getVersion() { return version; }
}
