package org.acorn.governance.election;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * First past the post for one or more places: each ballot marks up to as many candidates as there are
 * places (one mark each); the candidates with most marks win. A tie for the last place(s) is decided by lot,
 * drawn with the given Random and written in the report.
 */
public final class Plurality {

    private Plurality() { }

    public static CountResult count(List<Long> candidates, List<Set<Long>> ballots, int places, Map<Long, String> names,
                                    Random lots) {
        if (places < 1) throw new IllegalArgumentException("places must be at least 1");
        Map<Long, Integer> votes = new LinkedHashMap<>();
        candidates.forEach(c -> votes.put(c, 0));
        int counted = 0;
        for (Set<Long> ballot : ballots) {
            if (ballot.isEmpty() || ballot.size() > places || !candidates.containsAll(ballot)) continue;
            counted++;
            ballot.forEach(c -> votes.merge(c, 1, Integer::sum));
        }
        StringBuilder report = new StringBuilder();
        report.append("First past the post for ").append(places).append(places == 1 ? " place" : " places").append(". ")
                .append(counted).append(" valid ballots.\n");
        List<Long> order = new ArrayList<>(candidates);
        order.sort(Comparator.comparing((Long c) -> -votes.get(c)));
        for (Long c : order) report.append(names.getOrDefault(c, "#" + c)).append(": ").append(votes.get(c)).append('\n');
        List<Long> elected = new ArrayList<>();
        if (order.size() <= places) {
            elected.addAll(order);
        } else {
            int cutoff = votes.get(order.get(places - 1));
            order.stream().filter(c -> votes.get(c) > cutoff).forEach(elected::add);
            List<Long> tied = new ArrayList<>(order.stream().filter(c -> votes.get(c) == cutoff).toList());
            int left = places - elected.size();
            if (tied.size() > left) {
                java.util.Collections.shuffle(tied, lots);
                report.append("Tie at ").append(cutoff).append(" votes between ")
                        .append(String.join(", ", tied.stream().map(c -> names.getOrDefault(c, "#" + c)).sorted().toList()))
                        .append(" for ").append(left).append(left == 1 ? " place" : " places").append(": decided by lot.\n");
            }
            elected.addAll(tied.subList(0, left));
        }
        report.append("Elected: ").append(String.join(", ", elected.stream().map(c -> names.getOrDefault(c, "#" + c)).toList()))
                .append('\n');
        Map<Long, String> finals = new LinkedHashMap<>();
        votes.forEach((c, v) -> finals.put(c, String.valueOf(v)));
        return new CountResult(List.copyOf(elected), Map.copyOf(votes), finals, report.toString());
    }
}
