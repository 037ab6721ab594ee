package org.acorn.consortium;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One version of the consortium agreement (Markdown). Versions are never edited: a change is a new version. */
@Entity
@Table(name = "consortium_agreement")
public class Agreement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "version_no", nullable = false)
    private int versionNo;

    @Column(nullable = false, length = 20000)
    private String body;

    @Column(name = "change_note", length = 500)
    private String changeNote;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    @Column(name = "published_by")
    private Long publishedBy;

    protected Agreement() { }

    public Agreement(int versionNo, String body, String changeNote, Instant at, Long by) {
        this.versionNo = versionNo;
        this.body = body;
        this.changeNote = changeNote;
        this.publishedAt = at;
        this.publishedBy = by;
    }

    public Long getId() { return id; }
    public int getVersionNo() { return versionNo; }
    public String getBody() { return body; }
    public String getChangeNote() { return changeNote; }
    public Instant getPublishedAt() { return publishedAt; }
}
