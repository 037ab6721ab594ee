package org.acorn.consortium.opportunity;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Which members an opportunity suits, from their directory profile: pure, so its rules are unit-tested. An opportunity
 * names themes (outcomes, service types), target groups and districts; each it names must be met by the member:
 * a theme or target group by one of its services' terms or a narrower term below it (a service for "1.1 Parents keep
 * children healthy" meets "1 Be healthy"), a district by one the member serves — members working everywhere (county-
 * wide, or in a network without districts) meet any. An opportunity that names nothing suits every member.
 */
public final class OpportunityMatch {

    /** What the opportunity asks for: term and district ids; empty means "any". */
    public record Wants(Set<Long> themes, Set<Long> targetGroups, Set<Long> districts) { }

    /** What a member offers: the terms of its open services, the districts it serves, or everywhere. */
    public record Offers(Set<Long> terms, Set<Long> districts, boolean everywhere) { }

    private final Map<Long, Long> parents;

    /** @param parents each term's parent id (top-level terms absent or null) */
    public OpportunityMatch(Map<Long, Long> parents) {
        this.parents = parents;
    }

    public boolean suits(Wants wants, Offers offers) {
        Set<Long> terms = withAncestors(offers.terms());
        if (!wants.themes().isEmpty() && disjoint(wants.themes(), terms)) return false;
        if (!wants.targetGroups().isEmpty() && disjoint(wants.targetGroups(), terms)) return false;
        if (!wants.districts().isEmpty() && !offers.everywhere() && disjoint(wants.districts(), offers.districts())) return false;
        return true;
    }

    /** The terms and every term above them (a cycle in bad data stops rather than loops). */
    Set<Long> withAncestors(Set<Long> terms) {
        Set<Long> out = new HashSet<>();
        for (Long t : terms) {
            Long at = t;
            while (at != null && out.add(at)) at = parents.get(at);
        }
        return out;
    }

    private static boolean disjoint(Set<Long> a, Set<Long> b) {
        for (Long x : a) if (b.contains(x)) return false;
        return true;
    }
}
