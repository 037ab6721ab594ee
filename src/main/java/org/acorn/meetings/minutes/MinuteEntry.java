package org.acorn.meetings.minutes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The minutes of one agenda item: a summary of the discussion and what was decided (Markdown). */
@Entity
@Table(name = "minute_entry")
public class MinuteEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "minutes_id", nullable = false)
    private Long minutesId;

    @Column(name = "item_id", nullable = false)
    private Long itemId;

    @Column(length = 20000)
    private String summary;

    @Column(length = 20000)
    private String decisions;

    protected MinuteEntry() { }

    public MinuteEntry(Long minutesId, Long itemId) {
        this.minutesId = minutesId;
        this.itemId = itemId;
    }

    public Long getId() { return id; }
    public Long getMinutesId() { return minutesId; }
    public Long getItemId() { return itemId; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public String getDecisions() { return decisions; }
    public void setDecisions(String decisions) { this.decisions = decisions; }
}
