package org.acorn.training.accreditation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One module of a programme: met by attending its course (when it has one) or by assessed work signed off. */
@Entity
@Table(name = "accreditation_module")
public class Module {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "programme_id", nullable = false)
    private Long programmeId;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "course_id")
    private Long courseId;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected Module() { }

    public Module(Long programmeId, String title, Long courseId, int sortOrder) {
        this.programmeId = programmeId;
        this.title = title;
        this.courseId = courseId;
        this.sortOrder = sortOrder;
    }

    public Long getId() { return id; }
    public Long getProgrammeId() { return programmeId; }
    public String getTitle() { return title; }
    public Long getCourseId() { return courseId; }
    public int getSortOrder() { return sortOrder; }

    public void change(String title, Long courseId, int sortOrder) {
        this.title = title;
        this.courseId = courseId;
        this.sortOrder = sortOrder;
    }
}
