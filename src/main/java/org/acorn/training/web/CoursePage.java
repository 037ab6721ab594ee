package org.acorn.training.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.acorn.platform.web.Faces;
import org.acorn.training.course.Course;
import org.acorn.training.course.Courses;

/** Backs /training/course.xhtml?id=: a course and all its runs (a roadshow's venues side by side). */
@Named
@RequestScoped
public class CoursePage {

    @Inject Courses courses;

    private String id;
    private Course course;
    private List<Courses.Listing> runs;

    public void load() {
        course = courses.course(Faces.id(id)).orElse(null);
        if (course == null) {
            Faces.notFound();
            return;
        }
        runs = courses.runsOf(course.getId());
    }

    public boolean past(Courses.Listing l) { return !l.getRun().getStartsAt().isAfter(courses.now()); }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public Course getCourse() { return course; }
    public List<Courses.Listing> getRuns() { return runs; }
}
