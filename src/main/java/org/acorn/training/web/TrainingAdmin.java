package org.acorn.training.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.acorn.directory.InvalidInput;
import org.acorn.network.District;
import org.acorn.platform.web.Faces;
import org.acorn.training.course.Course;
import org.acorn.training.course.CourseForm;
import org.acorn.training.course.Courses;
import org.acorn.training.course.Run;
import org.acorn.training.course.RunForm;

/** Backs /training/admin.xhtml: staff add courses and events, and schedule runs and roadshows. */
@Named
@ViewScoped
public class TrainingAdmin implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject Courses courses;

    private CourseForm course = new CourseForm();
    private RunForm run = new RunForm();

    public void addCourse() {
        try {
            Course c = courses.createCourse(course);
            Faces.flash("“" + c.getTitle() + "” is added. Now schedule its first run.");
            Faces.redirect("/training/admin.xhtml?course=" + c.getId());
        } catch (InvalidInput e) {
            Faces.errors("course", e.errors());
        }
    }

    public void schedule() {
        try {
            List<Run> made = courses.schedule(run);
            Faces.flash(made.size() == 1 ? "The run is scheduled and open for booking." : made.size() + " runs of the roadshow are scheduled and open for booking.");
            Faces.redirect("/training/run.xhtml?id=" + made.get(0).getId());
        } catch (InvalidInput e) {
            Faces.errors("run", e.errors());
        }
    }

    public List<Course> getCourses() { return courses.courses(); }
    public List<District> getDistricts() { return courses.districts(); }
    public Course.Level[] getLevels() { return Course.Level.values(); }
    public Course.Audience[] getAudiences() { return Course.Audience.values(); }
    public Course.Kind[] getKinds() { return Course.Kind.values(); }
    public CourseForm getCourse() { return course; }
    public RunForm getRun() { return run; }
    public void setCourseParam(String id) { if (Faces.id(id) != null) run.setCourseId(Faces.id(id)); }
    public String getCourseParam() { return run.getCourseId() == null ? null : String.valueOf(run.getCourseId()); }
}
