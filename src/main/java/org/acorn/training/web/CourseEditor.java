package org.acorn.training.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.acorn.directory.InvalidInput;
import org.acorn.platform.security.Caller;
import org.acorn.platform.web.Faces;
import org.acorn.training.course.Course;
import org.acorn.training.course.CourseForm;
import org.acorn.training.course.Courses;

/** Backs /training/edit-course.xhtml?id=: staff correct a course or event (its runs are edited one by one). */
@Named
@ViewScoped
public class CourseEditor implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject Courses courses;
    @Inject Caller caller;

    private String id;
    private Long courseId;
    private CourseForm form;

    public void load() {
        Course c = caller.isStaff() ? courses.course(Faces.id(id)).orElse(null) : null;
        if (c == null) {
            Faces.notFound();
            return;
        }
        courseId = c.getId();
        form = CourseForm.of(c);
    }

    public void save() {
        try {
            Course c = courses.updateCourse(courseId, form);
            Faces.flash("“" + c.getTitle() + "” is saved.");
            Faces.redirect("/training/course.xhtml?id=" + c.getId());
        } catch (InvalidInput e) {
            Faces.errors("edit", e.errors());
        }
    }

    public Course.Level[] getLevels() { return Course.Level.values(); }
    public Course.Audience[] getAudiences() { return Course.Audience.values(); }
    public Course.Kind[] getKinds() { return Course.Kind.values(); }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public Long getCourseId() { return courseId; }
    public CourseForm getForm() { return form; }
}
