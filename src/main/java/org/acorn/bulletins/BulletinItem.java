package org.acorn.bulletins;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One picked item, copied from its source when picked: the preview is exactly what is sent. */
@Entity
@Table(name = "bulletin_item")
public class BulletinItem {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
    @Column(name = "section_id", nullable = false) private Long sectionId;
    @Column(nullable = false, length = 30) private String source;
    @Column(name = "source_id", nullable = false, length = 40) private String sourceId;
    @Column(nullable = false, length = 200) private String title;
    @Column(nullable = false, length = 2000) private String summary;
    @Column(nullable = false, length = 500) private String link;
    @Column(name = "sort_order", nullable = false) private int sortOrder;

    protected BulletinItem() { }

    BulletinItem(Long sectionId, ItemCandidate c, int sortOrder) {
        this.sectionId = sectionId;
        this.source = c.source();
        this.sourceId = c.id();
        this.title = cut(c.title(), 200);
        this.summary = cut(c.summary(), 2000);
        this.link = cut(c.link(), 500);
        this.sortOrder = sortOrder;
    }

    private static String cut(String s, int max) {
        if (s == null) return "";
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    void sortOrder(int n) { this.sortOrder = n; }
    void sectionId(Long s) { this.sectionId = s; }

    public Long getId() { return id; }
    public Long getSectionId() { return sectionId; }
    public String getSource() { return source; }
    public String getSourceId() { return sourceId; }
    public String getTitle() { return title; }
    public String getSummary() { return summary; }
    public String getLink() { return link; }
    public int getSortOrder() { return sortOrder; }
}
