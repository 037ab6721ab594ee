package org.acorn.training.accreditation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An accreditation programme (the Group's volunteer accreditation scheme): modules, and how long it lasts once awarded. */
@Entity
@Table(name = "accreditation_programme")
public class Programme {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 2000)
    private String summary;

    @Column(name = "valid_months", nullable = false)
    private int validMonths;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Programme() { }

    public Programme(String title, String summary, int validMonths, Instant now) {
        this.title = title;
        this.summary = summary;
        this.validMonths = validMonths;
        this.createdAt = now;
    }

    public Long getId() { return id; }
    public String getTitle() { return title; }
    public String getSummary() { return summary; }
    public int getValidMonths() { return validMonths; }

    /** A new period applies to awards and renewals from now on; accreditation already awarded keeps its date. */
    public void change(String title, String summary, int validMonths) {
        this.title = title;
        this.summary = summary;
        this.validMonths = validMonths;
    }
}
