package org.acorn.bulletins;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A heading in a bulletin ("LSCB updates", "Report-backs"); sections are reordered by their sort order. */
@Entity
@Table(name = "bulletin_section")
public class BulletinSection {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
    @Column(name = "bulletin_id", nullable = false) private Long bulletinId;
    @Column(nullable = false, length = 120) private String heading;
    @Column(name = "sort_order", nullable = false) private int sortOrder;

    protected BulletinSection() { }

    BulletinSection(Long bulletinId, String heading, int sortOrder) {
        this.bulletinId = bulletinId;
        this.heading = heading;
        this.sortOrder = sortOrder;
    }

    void sortOrder(int n) { this.sortOrder = n; }
    void heading(String h) { this.heading = h; }

    public Long getId() { return id; }
    public Long getBulletinId() { return bulletinId; }
    public String getHeading() { return heading; }
    public int getSortOrder() { return sortOrder; }
}
