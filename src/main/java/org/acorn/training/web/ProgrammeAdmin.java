package org.acorn.training.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.acorn.directory.InvalidInput;
import org.acorn.platform.security.Caller;
import org.acorn.platform.web.Faces;
import org.acorn.training.accreditation.Accreditation;
import org.acorn.training.accreditation.Module;
import org.acorn.training.accreditation.Programme;
import org.acorn.training.course.Course;
import org.acorn.training.course.Courses;

/**
 * Backs /training/programme.xhtml (staff): the accreditation programme — its title and how long accreditation lasts,
 * its modules and which course meets each (none: assessed work), and the assessors staff appoint.
 */
@Named
@ViewScoped
public class ProgrammeAdmin implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject Accreditation accreditation;
    @Inject Courses courses;
    @Inject Caller caller;

    private Long programmeId;
    private String title;
    private String summary;
    private String validMonths;
    private String moduleParam;
    private Long moduleId;
    private String moduleTitle;
    private Long moduleCourse;
    private String position;
    private String assessorEmail;

    public void load() {
        if (!caller.isStaff()) {
            Faces.notFound();
            return;
        }
        Programme p = accreditation.programmes().stream().findFirst().orElse(null);
        if (p != null) {
            programmeId = p.getId();
            title = p.getTitle();
            summary = p.getSummary();
            validMonths = String.valueOf(p.getValidMonths());
            Long wanted = Faces.id(moduleParam);
            accreditation.modules(p.getId()).stream().filter(m -> m.getId().equals(wanted)).findFirst().ifPresent(m -> {
                moduleId = m.getId();
                moduleTitle = m.getTitle();
                moduleCourse = m.getCourseId();
                position = String.valueOf(m.getSortOrder());
            });
        } else {
            validMonths = "24";
        }
    }

    public void saveProgramme() {
        try {
            Programme p = accreditation.saveProgramme(programmeId, title, summary, validMonths);
            Faces.flash("The programme is saved.");
            Faces.redirect("/training/programme.xhtml");
        } catch (InvalidInput e) {
            Faces.errors("programme", e.errors());
        }
    }

    public void saveModule() {
        try {
            Module m = accreditation.saveModule(programmeId, moduleId, moduleTitle, moduleCourse, position);
            Faces.flash("Module “" + m.getTitle() + "” is saved.");
            Faces.redirect("/training/programme.xhtml");
        } catch (InvalidInput e) {
            Faces.errors("module", e.errors());
        }
    }

    public void appoint() {
        try {
            accreditation.appoint(assessorEmail);
            Faces.flash(assessorEmail.strip() + " is appointed an assessor.");
            Faces.redirect("/training/programme.xhtml");
        } catch (InvalidInput e) {
            Faces.errors("appoint", e.errors());
        }
    }

    public void release(Long assessorId) {
        try {
            accreditation.release(assessorId);
            Faces.flash("The appointment has ended.");
            Faces.redirect("/training/programme.xhtml");
        } catch (InvalidInput e) {
            Faces.errors("assessors", e.errors());
        }
    }

    public List<Module> getModules() { return programmeId == null ? List.of() : accreditation.modules(programmeId); }
    public List<Course> getCourses() { return courses.courses(); }
    public List<Accreditation.AssessorRow> getAssessors() { return accreditation.assessors(); }
    public String courseTitle(Long id) {
        return id == null ? "Assessed work" : courses.course(id).map(Course::getTitle).orElse("");
    }

    public Long getProgrammeId() { return programmeId; }
    public String getTitle() { return title; }
    public void setTitle(String v) { title = v; }
    public String getSummary() { return summary; }
    public void setSummary(String v) { summary = v; }
    public String getValidMonths() { return validMonths; }
    public void setValidMonths(String v) { validMonths = v; }
    public String getModuleParam() { return moduleParam; }
    public void setModuleParam(String v) { moduleParam = v; }
    public Long getModuleId() { return moduleId; }
    public String getModuleTitle() { return moduleTitle; }
    public void setModuleTitle(String v) { moduleTitle = v; }
    public Long getModuleCourse() { return moduleCourse; }
    public void setModuleCourse(Long v) { moduleCourse = v; }
    public String getPosition() { return position; }
    public void setPosition(String v) { position = v; }
    public String getAssessorEmail() { return assessorEmail; }
    public void setAssessorEmail(String v) { assessorEmail = v; }
}
