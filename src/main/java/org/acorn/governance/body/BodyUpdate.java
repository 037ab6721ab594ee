package org.acorn.governance.body;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A short public update about a body, posted by staff or the body's partner officer. */
@Entity
@Table(name = "body_update")
public class BodyUpdate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "body_id", nullable = false)
    private Long bodyId;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "body_text", nullable = false, length = 4000)
    private String text;

    @Column(name = "posted_by", nullable = false, length = 160)
    private String postedBy;

    @Column(name = "posted_at", nullable = false)
    private Instant postedAt;

    protected BodyUpdate() { }

    public BodyUpdate(Long bodyId, String title, String text, String postedBy, Instant now) {
        this.bodyId = bodyId;
        this.title = title;
        this.text = text;
        this.postedBy = postedBy;
        this.postedAt = now;
    }

    public Long getId() { return id; }
    public Long getBodyId() { return bodyId; }
    public String getTitle() { return title; }
    public String getText() { return text; }
    public String getPostedBy() { return postedBy; }
    public Instant getPostedAt() { return postedAt; }
}
