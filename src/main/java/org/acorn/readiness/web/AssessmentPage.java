package org.acorn.readiness.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.acorn.platform.security.AccessDenied;
import org.acorn.platform.security.Caller;
import org.acorn.platform.web.Faces;
import org.acorn.readiness.ReadinessRefused;
import org.acorn.readiness.SafeguardingQuestion;
import org.acorn.readiness.SelfAssessment;

/** Backs /readiness/assessment.xhtml (?org= for staff): the safeguarding self-assessment and the private action plan. */
@Named
@ViewScoped
public class AssessmentPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject SelfAssessment assessment;
    @Inject Caller caller;

    private String org;
    private Long organisationId;
    private transient SelfAssessment.View view;
    private final Map<String, String> answers = new HashMap<>();

    public void load() {
        organisationId = Pages.organisation(caller, org);
        view = organisationId == null ? null : assessment.view(organisationId).orElse(null);
        if (view == null) {
            Faces.notFound();
            return;
        }
        answers.clear();
        view.answers().forEach((q, a) -> answers.put(q.name(), a.name()));
    }

    private SelfAssessment.View view() {
        if (view == null) view = assessment.view(organisationId).orElseThrow(() -> new AccessDenied("You cannot see this self-assessment."));
        return view;
    }

    public void save() {
        try {
            int steps = assessment.save(organisationId, answers);
            Faces.flash("Answers saved. " + (steps == 0 ? "Nothing needs doing: well done." : steps + (steps == 1 ? " step is" : " steps are") + " in your action plan."));
            Faces.redirect(self());
        } catch (ReadinessRefused e) {
            e.showOn("assess");
        } catch (AccessDenied e) {
            Faces.error(e.getMessage());
        }
    }

    public void mark(Long actionId, boolean done) {
        try {
            assessment.mark(organisationId, actionId, done);
            Faces.flash(done ? "Ticked off." : "Back on the plan.");
            Faces.redirect(self());
        } catch (ReadinessRefused e) {
            e.showOn("plan");
        } catch (AccessDenied e) {
            Faces.error(e.getMessage());
        }
    }

    private String self() { return "/readiness/assessment.xhtml?org=" + organisationId; }

    public SelfAssessment.View getView() { return view(); }
    public List<SafeguardingQuestion.Answer> getChoices() { return List.of(SafeguardingQuestion.Answer.values()); }
    public Map<String, String> getAnswers() { return answers; }
    public String when(Instant at) { return Pages.when(at); }
    public Long getOrganisationId() { return organisationId; }
    public String getOrg() { return org; }
    public void setOrg(String org) { this.org = org; }
}
