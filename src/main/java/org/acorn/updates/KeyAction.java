package org.acorn.updates;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One thing a briefing asks members to do; members tick it off for themselves. */
@Entity
@Table(name = "key_action")
public class KeyAction {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
    @Column(name = "update_id", nullable = false) private Long updateId;
    @Column(nullable = false, length = 300) private String label;
    @Column(name = "sort_order", nullable = false) private int sortOrder;

    protected KeyAction() { }

    KeyAction(Long updateId, String label, int sortOrder) {
        this.updateId = updateId;
        this.label = label;
        this.sortOrder = sortOrder;
    }

    public Long getId() { return id; }
    /** The id as the checklist's form sends it back. */
    public String getKey() { return String.valueOf(id); }
    public Long getUpdateId() { return updateId; }
    public String getLabel() { return label; }
    public int getSortOrder() { return sortOrder; }
}
