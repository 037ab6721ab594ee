package org.acorn.training.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.acorn.directory.InvalidInput;
import org.acorn.platform.security.Caller;
import org.acorn.platform.web.Faces;
import org.acorn.training.accreditation.Accreditation;
import org.acorn.training.accreditation.Module;
import org.acorn.training.accreditation.Programme;

/**
 * Backs /training/accreditation.xhtml: the volunteer accreditation scheme — its modules and, publicly, how many
 * volunteers each organisation has accredited; for an organisation's admin, their volunteers' progress and enrolling
 * more; for assessors (staff), signing off modules and awarding accreditation.
 */
@Named
@ViewScoped
public class AccreditationPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject Accreditation accreditation;
    @Inject Caller caller;
    @Inject org.acorn.training.profile.TrainingProfiles profiles;

    private Programme programme;
    private List<Module> modules;
    private List<Accreditation.Row> rows;
    private Map<String, Long> accredited;
    private String name;
    private String email;
    private Long enrolment;
    private Long module;
    private String evidence;

    public void load() {
        programme = accreditation.programmes().stream().findFirst().orElse(null);
        if (programme == null) return;
        modules = accreditation.modules(programme.getId());
        rows = accreditation.rows(programme.getId());
        accredited = profiles.accreditedShown();
    }

    public void enrol() {
        try {
            accreditation.enrol(programme.getId(), null, name, email);
            Faces.flash(name.strip() + " is enrolled.");
            Faces.redirect("/training/accreditation.xhtml");
        } catch (InvalidInput e) {
            Faces.errors("enrol", e.errors());
        }
    }

    public void signOff() {
        try {
            accreditation.signOff(enrolment, module, evidence);
            Faces.flash("Module signed off.");
            Faces.redirect("/training/accreditation.xhtml");
        } catch (InvalidInput e) {
            Faces.errors("signOff", e.errors());
        }
    }

    public void award(Long enrolmentId) {
        try {
            var e = accreditation.award(enrolmentId);
            Faces.flash(e.getPersonName() + " is accredited until " + e.getValidUntil() + ".");
            Faces.redirect("/training/accreditation.xhtml");
        } catch (InvalidInput e) {
            Faces.errors("rows", e.errors());
        }
    }

    public boolean isMayEnrol() { return caller.adminsOrganisation(caller.organisationId()); }
    private Boolean assessor;

    /** Holds an assessor's appointment (staff appoint assessors; being staff alone is not enough). */
    public boolean isAssessor() {
        if (assessor == null) assessor = accreditation.isAssessor();
        return assessor;
    }
    public boolean isStaff() { return caller.isStaff(); }
    public List<Map.Entry<String, Long>> getAccredited() { return List.copyOf(accredited.entrySet()); }

    public Programme getProgramme() { return programme; }
    public List<Module> getModules() { return modules; }
    public List<Accreditation.Row> getRows() { return rows; }
    public String getName() { return name; }
    public void setName(String v) { name = v; }
    public String getEmail() { return email; }
    public void setEmail(String v) { email = v; }
    public Long getEnrolment() { return enrolment; }
    public void setEnrolment(Long v) { enrolment = v; }
    public Long getModule() { return module; }
    public void setModule(Long v) { module = v; }
    public String getEvidence() { return evidence; }
    public void setEvidence(String v) { evidence = v; }
}
