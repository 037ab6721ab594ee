package org.acorn.meetings.agenda;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A paper (an uploaded file) for an agenda item. A replaced paper stays listed as superseded by its new version,
 * so nobody wonders which one the meeting discussed; a withdrawn paper is no longer listed or offered to members.
 */
@Entity
@Table(name = "agenda_paper")
public class AgendaPaper {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "item_id", nullable = false)
    private Long itemId;

    @Column(name = "file_id", nullable = false)
    private Long fileId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "superseded_by_id")
    private Long supersededById;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Column(name = "changed_by", length = 160)
    private String changedBy;

    protected AgendaPaper() { }

    public AgendaPaper(Long itemId, Long fileId, Instant now) {
        this.itemId = itemId;
        this.fileId = fileId;
        this.createdAt = now;
    }

    public Long getId() { return id; }
    public Long getItemId() { return itemId; }
    public Long getFileId() { return fileId; }
    public Instant getCreatedAt() { return createdAt; }
    public Long getSupersededById() { return supersededById; }
    public Instant getWithdrawnAt() { return withdrawnAt; }
    public String getChangedBy() { return changedBy; }
    public boolean isSuperseded() { return supersededById != null; }
    public boolean isWithdrawn() { return withdrawnAt != null; }
    public boolean isCurrent() { return supersededById == null && withdrawnAt == null; }

    public void supersede(Long byId, String who) {
        this.supersededById = byId;
        this.changedBy = who;
    }

    public void withdraw(String who, Instant now) {
        this.withdrawnAt = now;
        this.changedBy = who;
    }
}
