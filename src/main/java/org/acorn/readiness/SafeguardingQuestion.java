package org.acorn.readiness;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The safeguarding self-assessment, after "Assessing your organisation's practice and capacity for keeping children
 * safe" (seed 002 l.638–672), asked in proportion to the organisation's size: every group is asked the core questions
 * in plain words; organisations with staff add trustees, induction, supervision and escalation; larger charities add
 * leadership, an advisory group, outcome measures and case-file audits. A "no" or "partly" puts the action into the
 * organisation's private action plan.
 */
public enum SafeguardingQuestion {
    NAMED_LEAD(all(), "Is there a named person responsible for safeguarding, whom everyone in your organisation knows?",
            "Name a safeguarding lead (and a deputy) and make sure every volunteer and member of staff knows who they are."),
    POLICY(all(), "Do you have a written safeguarding policy, reviewed in the last year, that everyone has read?",
            "Adopt or review your safeguarding policy (the library has a template for small groups) and ask everyone to read it."),
    LEAD_TRAINED(EnumSet.of(OrganisationSize.VOLUNTEER_RUN), "Has your safeguarding lead had at least foundation safeguarding training?",
            "Book your safeguarding lead on the network's foundation safeguarding course."),
    TRAINING_LEVELS(EnumSet.of(OrganisationSize.SMALL, OrganisationSize.LARGER),
            "Do staff, volunteers and trustees have child protection training at the right level (foundation, intermediate, advanced), kept up to date?",
            "Make a training plan: who needs foundation, intermediate or advanced child protection training, and when it is renewed."),
    REPORTING(all(), "Does everyone know what to do, and whom to call, if they are worried about a child?",
            "Put the local safeguarding front door's number and your lead's details where every volunteer will see them."),
    SAFER_RECRUITMENT(all(), "Do you check new staff and volunteers (references, and a DBS check where they are eligible) before they work with children?",
            "Write down your safer recruitment steps and apply them to everyone new, including volunteers."),
    CHILDREN_HEARD(all(), "Can children and young people tell you what they think of your activities, and raise a worry?",
            "Give children an easy way to have their say and raise a worry (a chat at the end of a session, a comments box)."),
    COMMITTEE(EnumSet.of(OrganisationSize.VOLUNTEER_RUN), "Does your committee talk about safeguarding at least once a year?",
            "Put safeguarding on your committee's agenda at least once a year."),
    RECORDS(EnumSet.of(OrganisationSize.VOLUNTEER_RUN), "Do you write down any concern, and keep the note safe and private?",
            "Agree how a concern is written down, who keeps the note and where it is kept locked away."),
    ACTIVITY_RISK(EnumSet.of(OrganisationSize.VOLUNTEER_RUN), "Do you think through the risks of each activity and trip (adults to children, first aid, consent)?",
            "Use a simple risk assessment for each regular activity and every trip."),
    RAISING_CONCERNS_VOLUNTEERS(EnumSet.of(OrganisationSize.VOLUNTEER_RUN),
            "Could a volunteer raise a concern about another adult in the group, and would they feel safe doing so?",
            "Tell volunteers how to raise a concern about an adult, including to someone outside the group."),
    TRUSTEES(EnumSet.of(OrganisationSize.SMALL, OrganisationSize.LARGER),
            "Do your trustees own and understand the organisation's safeguarding responsibilities, and have they had at least foundation training?",
            "Brief your trustees on their safeguarding duties and book their foundation training."),
    INDUCTION(EnumSet.of(OrganisationSize.SMALL, OrganisationSize.LARGER), "Does induction for new staff and volunteers cover child protection?",
            "Add child protection to your induction checklist."),
    SUPERVISION(EnumSet.of(OrganisationSize.SMALL, OrganisationSize.LARGER),
            "Do staff working with children have clear, regular supervision, with time for reflection and discussion?",
            "Set up regular supervision for everyone working with children, with time to talk through worries."),
    ESCALATION(EnumSet.of(OrganisationSize.SMALL, OrganisationSize.LARGER),
            "Are there agreed ways to escalate a concern, supported by managers and trustees, so staff can challenge poor practice?",
            "Write down how a concern is escalated, and have the trustees agree it."),
    WHISTLEBLOWING(EnumSet.of(OrganisationSize.SMALL, OrganisationSize.LARGER),
            "Is there a whistleblowing policy that staff understand, act on and feel confident to use?",
            "Adopt a whistleblowing policy and explain it to staff."),
    PARTNERSHIP(EnumSet.of(OrganisationSize.SMALL, OrganisationSize.LARGER),
            "Can your staff work with social workers as part of a child protection plan, knowing what their role is?",
            "Make sure staff know how to take part in a child protection plan and what is expected of them."),
    LEADERSHIP(EnumSet.of(OrganisationSize.LARGER), "Do senior managers and trustees give effective, visible leadership on child protection?",
            "Name a senior manager and a trustee to lead on child protection, and report to the board on it."),
    ADVISORY_GROUP(EnumSet.of(OrganisationSize.LARGER),
            "Is there a safeguarding development or advisory group, chaired by a senior manager, reviewing policy, safe recruitment and professional development?",
            "Set up a safeguarding advisory group chaired by a senior manager."),
    OUTCOMES(EnumSet.of(OrganisationSize.LARGER), "Have you adopted a recognised way of measuring agreed outcomes for children, used in practice?",
            "Choose a recognised outcomes measure and build it into your services."),
    AUDITS(EnumSet.of(OrganisationSize.LARGER),
            "Do you audit child protection case files against national standards (and themed audits, such as neglect), and share what you find?",
            "Plan regular case-file audits and themed audits, and share the findings with staff."),
    LEARNING(EnumSet.of(OrganisationSize.LARGER), "Do you share learning and good practice (staff seminars, e-learning)?",
            "Hold a staff session or offer e-learning to share safeguarding learning.");

    private final Set<OrganisationSize> askedOf;
    private final String text;
    private final String action;

    SafeguardingQuestion(Set<OrganisationSize> askedOf, String text, String action) {
        this.askedOf = askedOf;
        this.text = text;
        this.action = action;
    }

    public String getText() { return text; }
    public String getAction() { return action; }
    public String getName() { return name(); }

    /** The questions for an organisation of this size, in order. */
    public static List<SafeguardingQuestion> forSize(OrganisationSize size) {
        return Arrays.stream(values()).filter(q -> q.askedOf.contains(size)).toList();
    }

    public static SafeguardingQuestion parse(String name) {
        if (name == null) return null;
        for (SafeguardingQuestion q : values()) {
            if (q.name().equals(name)) return q;
        }
        return null;
    }

    private static Set<OrganisationSize> all() { return EnumSet.allOf(OrganisationSize.class); }

    /** An answer to one question. */
    public enum Answer {
        YES("Yes"), PARTLY("Partly"), NO("No");

        private final String label;

        Answer(String label) { this.label = label; }

        public String getLabel() { return label; }
        public String getName() { return name(); }
        public boolean needsAction() { return this != YES; }

        public static Answer parse(String name) {
            if (name == null) return null;
            for (Answer a : values()) {
                if (a.name().equals(name)) return a;
            }
            return null;
        }
    }
}
