package org.acorn.readiness;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.acorn.directory.Organisation;
import org.acorn.platform.account.Account;

/**
 * The readiness API for other features (the consortium's lots): how ready an organisation is against the items a lot
 * asks for, what is missing or out of date, and who can help with each gap. It returns no documents, notes or review
 * comments — only what a member below the bar is told — and checks no caller: the feature using it shows the report
 * to the organisation itself and to staff (readiness details are private to them).
 */
@ApplicationScoped
public class Readiness {

    @PersistenceContext(unitName = "acorn") EntityManager em;
    @Inject Checklist checklist;
    @Inject HelpRequests help;
    @Inject SharedTemplates templates;
    @Inject ReadinessMail mail;

    /** One required item the organisation does not meet, why, and where help is. */
    public record Missing(ItemKind kind, ItemState state, List<String> whoCanHelp, List<String> templates) {
        public String getLabel() { return kind.getLabel(); }
        public String getReason() { return state.getLabel(); }
        public List<String> getWhoCanHelp() { return whoCanHelp; }
        public List<String> getTemplates() { return templates; }
    }

    /** The organisation's score against the required items (0–100) and each gap, in checklist order. */
    public record Report(Long organisationId, int score, List<Missing> missing) {
        public int getScore() { return score; }
        public List<Missing> getMissing() { return missing; }
        public boolean meets(int bar) { return score >= bar; }
    }

    /** The report against {@code required} (all checklist items when null). Unknown organisations score 0 with every item missing. */
    @Transactional
    public Report report(Long organisationId, Set<ItemKind> required) {
        ReadinessScore.Result score = scoreOf(organisationId, required);
        // who can help is asked once per help topic, not once per missing item
        List<String> officers = mail.developmentOfficers().stream().map(Account::getDisplayName).toList();
        Map<HelpTopic, List<String>> helpersByTopic = new EnumMap<>(HelpTopic.class);
        List<Missing> missing = new ArrayList<>();
        for (ReadinessScore.Gap gap : score.gaps()) {
            List<String> who = new ArrayList<>(officers);
            who.addAll(helpersByTopic.computeIfAbsent(gap.kind().topic(), t -> helperNames(t, organisationId)));
            missing.add(new Missing(gap.kind(), gap.state(), List.copyOf(who),
                    templates.published(gap.kind()).stream().map(TemplateOffer::getTitle).toList()));
        }
        return new Report(organisationId, score.percent(), List.copyOf(missing));
    }

    /** The organisation's score over the whole checklist (without working out who could help with each gap). */
    @Transactional
    public int score(Long organisationId) {
        return scoreOf(organisationId, null).percent();
    }

    private ReadinessScore.Result scoreOf(Long organisationId, Set<ItemKind> required) {
        Set<ItemKind> need = required == null ? ItemKind.all() : required;
        Map<ItemKind, ItemState> states = new EnumMap<>(ItemKind.class);
        Organisation org = organisationId == null ? null : em.find(Organisation.class, organisationId);
        if (org != null) {
            for (ReadinessItem i : checklist.itemsOf(org.getId())) states.put(i.getKind(), i.stateOn(checklist.today()));
        }
        return ReadinessScore.of(states, need);
    }

    /** Member organisations that volunteered to help with the topic (not the one asking). */
    private List<String> helperNames(HelpTopic topic, Long exceptOrganisationId) {
        List<String> out = new ArrayList<>();
        for (Helper h : help.helpers(topic, exceptOrganisationId)) {
            Organisation o = em.find(Organisation.class, h.getOrganisationId());
            if (o != null) out.add(o.getName());
        }
        return out;
    }
}
