package org.acorn.forum;

import java.io.Serializable;
import java.util.Set;

/**
 * Everything the forum's permission rules need to know about the person reading, gathered once per request
 * (or once per recipient when mail is sent): see {@link ForumAccess}.
 *
 * @param accountId null for a visitor
 * @param member from a member organisation, or a partner officer (as the site search defines members)
 * @param staff co-ordinator, development officer or site administrator: reads and moderates everything
 * @param manager co-ordinator or site administrator: manages categories and appoints moderators
 * @param districtIds the districts the person's organisation serves
 * @param countyWide the person's organisation serves the whole area (so belongs to every district forum)
 * @param listCategoryIds LIST categories the person is on
 * @param moderatesAll appointed moderator of every category
 * @param moderatedCategoryIds categories the person was appointed to moderate
 */
public record ForumReader(Long accountId, boolean member, boolean staff, boolean manager, Long organisationId,
                          Set<Long> districtIds, boolean countyWide, Set<Long> listCategoryIds, boolean moderatesAll,
                          Set<Long> moderatedCategoryIds) implements Serializable {

    public static final ForumReader VISITOR = new ForumReader(null, false, false, false, null, Set.of(), false,
            Set.of(), false, Set.of());

    public ForumReader {
        districtIds = Set.copyOf(districtIds);
        listCategoryIds = Set.copyOf(listCategoryIds);
        moderatedCategoryIds = Set.copyOf(moderatedCategoryIds);
    }

    public boolean signedIn() { return accountId != null; }

    /** Appointed to moderate anything at all (or staff): sees the moderation queue. */
    public boolean moderatesSomething() { return staff || moderatesAll || !moderatedCategoryIds.isEmpty(); }
}
