package org.acorn.directory.record;

import java.util.List;

/**
 * Figures another feature adds to an organisation's public profile (training, for one: how many of its people have
 * current safeguarding training), each only if the organisation chose to show it. Numbers, never names. The
 * directory shows what it is given and knows nothing of where it comes from.
 */
public interface ProfileFacts {

    /** One line on the profile: a label and its figure. */
    record Fact(String label, String value) {
        public String getLabel() { return label; }
        public String getValue() { return value; }
    }

    /** The facts the organisation has chosen to show publicly; empty when it has not. */
    List<Fact> publicFacts(Long organisationId);
}
