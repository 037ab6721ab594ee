package org.acorn.readiness;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a commissioner (or a consortium vouching for its members) asks to see before a contract: the policies and
 * procedures, insurance, accounts, governance and the capacity to monitor and evaluate (seed 003 l.414, 483, 509–551).
 * Each has the help topic a member short of it is pointed to.
 */
public enum ItemKind {
    SAFEGUARDING("Safeguarding policy", "the policy, its named lead and how concerns are reported", HelpTopic.POLICIES),
    EQUAL_OPPORTUNITIES("Equal opportunities policy", "how you make your services and recruitment fair", HelpTopic.POLICIES),
    HEALTH_AND_SAFETY("Health and safety policy", "risk assessments, first aid, premises", HelpTopic.POLICIES),
    DATA_PROTECTION("Data protection policy", "how you keep and share personal information (UK GDPR)", HelpTopic.POLICIES),
    COMPLAINTS("Complaints procedure", "how anyone can complain and what happens next", HelpTopic.POLICIES),
    WHISTLEBLOWING("Whistleblowing policy", "how staff and volunteers raise concerns about the organisation", HelpTopic.POLICIES),
    VOLUNTEERING("Volunteer policy", "recruiting, supporting and supervising volunteers", HelpTopic.POLICIES),
    INSURANCE("Insurance certificate", "public liability (and employer's liability if you employ anyone)", HelpTopic.POLICIES),
    ACCOUNTS("Latest accounts", "signed annual accounts or an independent examination", HelpTopic.BIDS),
    GOVERNANCE("Governing document", "constitution or articles, and your trustees or committee", HelpTopic.BIDS),
    MONITORING("Monitoring and evaluation", "how you record outcomes and report them to funders", HelpTopic.MONITORING);

    private final String label;
    private final String hint;
    private final HelpTopic topic;

    ItemKind(String label, String hint, HelpTopic topic) {
        this.label = label;
        this.hint = hint;
        this.topic = topic;
    }

    public String getLabel() { return label; }
    public String getHint() { return hint; }
    public String getName() { return name(); }
    public HelpTopic topic() { return topic; }

    /** Everything on the checklist: what the readiness score counts unless a lot asks for less. */
    public static Set<ItemKind> all() { return EnumSet.allOf(ItemKind.class); }

    /** The kind named in a form or address, or null. */
    public static ItemKind parse(String name) {
        if (name == null) return null;
        for (ItemKind k : values()) {
            if (k.name().equals(name)) return k;
        }
        return null;
    }
}
