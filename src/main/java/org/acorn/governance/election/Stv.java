package org.acorn.governance.election;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Single transferable vote, counted as Scottish local elections are (the Scottish Local Government Elections
 * Order 2007, weighted inclusive Gregory method):
 * <ul>
 * <li>Droop quota: floor(valid ballots / (places + 1)) + 1.</li>
 * <li>A candidate reaching the quota is elected; the largest surplus is transferred first. Every ballot of that
 * candidate passes on to its next continuing preference at (its value × surplus ÷ the candidate's votes),
 * truncated to five decimal places.</li>
 * <li>With no surplus to transfer, the candidate with fewest votes is excluded and their ballots pass on at
 * their current value.</li>
 * <li>When as many candidates continue as places remain, they are all elected.</li>
 * <li>Ties (for exclusion, or for which surplus goes first) go to the candidate with fewer (more) votes at the
 * most recent earlier stage at which they differed; if they were equal at every stage, by lot.</li>
 * </ul>
 * Values are held as whole hundred-thousandths of a vote, so the arithmetic is exact and repeatable.
 */
public final class Stv {

    static final long ONE = 100_000L;

    private Stv() { }

    public static CountResult count(List<Long> candidates, List<List<Long>> ballots, int places, Map<Long, String> names,
                                    Random lots) {
        if (places < 1) throw new IllegalArgumentException("places must be at least 1");
        List<Paper> papers = new ArrayList<>();
        for (List<Long> b : ballots) {
            List<Long> prefs = b.stream().filter(candidates::contains).distinct().toList();
            if (!prefs.isEmpty()) papers.add(new Paper(prefs));
        }
        long quota = (papers.size() / (places + 1) + 1) * ONE;
        Set<Long> continuing = new LinkedHashSet<>(candidates);
        List<Long> elected = new ArrayList<>();
        Set<Long> awaitingTransfer = new LinkedHashSet<>();
        List<Map<Long, Long>> history = new ArrayList<>();
        StringBuilder report = new StringBuilder();
        report.append("Single transferable vote for ").append(places).append(places == 1 ? " place" : " places").append(". ")
                .append(papers.size()).append(" valid ballots; quota ").append(show(quota)).append(".\n");
        Map<Long, Integer> firsts = new LinkedHashMap<>();
        candidates.forEach(c -> firsts.put(c, 0));
        papers.forEach(p -> firsts.merge(p.prefs.get(0), 1, Integer::sum));
        Map<Long, Long> tallies = Map.of();
        int stage = 0;
        while (elected.size() < places) {
            stage++;
            Map<Long, Long> now = tally(papers, continuing, awaitingTransfer);
            tallies = now;
            history.add(now);
            report.append("Stage ").append(stage).append(": ").append(describe(now, names)).append('\n');
            // elect everyone at or over the quota, highest first
            List<Long> reached = new ArrayList<>(continuing.stream().filter(c -> now.get(c) >= quota).toList());
            reached.sort(Comparator.comparing((Long c) -> -now.get(c)));
            for (Long c : reached) {
                if (elected.size() == places) break;
                elected.add(c);
                continuing.remove(c);
                awaitingTransfer.add(c);
                report.append("  ").append(name(names, c)).append(" reaches the quota and is elected.\n");
            }
            if (elected.size() == places) break;
            if (continuing.size() <= places - elected.size()) {
                for (Long c : order(continuing, now)) {
                    elected.add(c);
                    report.append("  ").append(name(names, c)).append(" is elected: as many candidates continue as places remain.\n");
                }
                continuing.clear();
                break;
            }
            // an elected candidate exactly at the quota has no surplus: their ballots are used up where they are
            for (Long c : List.copyOf(awaitingTransfer)) {
                if (now.get(c) <= quota) {
                    reweigh(papers, c, 0, 1, continuing, awaitingTransfer);
                    awaitingTransfer.remove(c);
                }
            }
            // otherwise transfer the largest surplus waiting
            Long surplusOf = pick(awaitingTransfer, now, history, true, lots, names, report);
            if (surplusOf != null) {
                long total = now.get(surplusOf);
                long surplus = total - quota;
                reweigh(papers, surplusOf, surplus, total, continuing, awaitingTransfer);
                awaitingTransfer.remove(surplusOf);
                report.append("  Surplus of ").append(name(names, surplusOf)).append(" (").append(show(surplus))
                        .append(") transferred.\n");
                continue;
            }
            Long out = pick(continuing, now, history, false, lots, names, report);
            continuing.remove(out);
            report.append("  ").append(name(names, out)).append(" has fewest votes and is excluded.\n");
        }
        report.append("Elected: ").append(String.join(", ", elected.stream().map(c -> name(names, c)).toList())).append('\n');
        Map<Long, String> finals = new LinkedHashMap<>();
        Map<Long, Long> last = tallies;
        for (Long c : candidates) finals.put(c, show(last.getOrDefault(c, 0L)));
        return new CountResult(List.copyOf(elected), Map.copyOf(firsts), finals, report.toString());
    }

    /** Every ballot now with the candidate passes on at (value × surplus ÷ total), truncated. */
    private static void reweigh(List<Paper> papers, Long candidate, long surplus, long total, Set<Long> continuing,
                                Set<Long> awaiting) {
        for (Paper p : papers) {
            if (candidate.equals(p.current(continuing, awaiting))) {
                p.value = BigDecimal.valueOf(p.value).multiply(BigDecimal.valueOf(surplus))
                        .divide(BigDecimal.valueOf(total), 0, java.math.RoundingMode.DOWN).longValue();
                p.passOver(candidate);
            }
        }
    }

    /** A ballot: its preferences and its current value in hundred-thousandths of a vote. */
    private static final class Paper {
        final List<Long> prefs;
        final Set<Long> passed = new java.util.HashSet<>();
        long value = ONE;

        Paper(List<Long> prefs) { this.prefs = prefs; }

        void passOver(Long candidate) { passed.add(candidate); }

        /** Its first preference still in the count: continuing, or elected with a surplus not yet transferred. */
        Long current(Set<Long> continuing, Set<Long> awaiting) {
            for (Long c : prefs) {
                if (!passed.contains(c) && (continuing.contains(c) || awaiting.contains(c))) return c;
            }
            return null;
        }
    }

    private static Map<Long, Long> tally(List<Paper> papers, Set<Long> continuing, Set<Long> awaiting) {
        Map<Long, Long> t = new LinkedHashMap<>();
        continuing.forEach(c -> t.put(c, 0L));
        awaiting.forEach(c -> t.put(c, 0L));
        long exhausted = 0;
        for (Paper p : papers) {
            Long c = p.current(continuing, awaiting);
            if (c == null) exhausted += p.value;
            else t.merge(c, p.value, Long::sum);
        }
        t.put(-1L, exhausted);
        return t;
    }

    /**
     * From the set, the candidate with most (most = true) or fewest votes now; a tie is broken by the most
     * recent earlier stage at which the tied candidates differed, then by lot.
     */
    private static Long pick(Set<Long> among, Map<Long, Long> tallies, List<Map<Long, Long>> history, boolean most,
                             Random lots, Map<Long, String> names, StringBuilder report) {
        if (among.isEmpty()) return null;
        Comparator<Long> byNow = Comparator.comparing(tallies::get);
        long best = among.stream().map(tallies::get).reduce(most ? Long::max : Long::min).orElseThrow();
        List<Long> tied = new ArrayList<>(among.stream().filter(c -> tallies.get(c) == best).toList());
        if (tied.size() == 1) return tied.get(0);
        for (int i = history.size() - 2; i >= 0 && tied.size() > 1; i--) {
            Map<Long, Long> then = history.get(i);
            long edge = tied.stream().map(c -> then.getOrDefault(c, 0L)).reduce(most ? Long::max : Long::min).orElseThrow();
            List<Long> next = tied.stream().filter(c -> then.getOrDefault(c, 0L) == edge).toList();
            if (next.size() < tied.size()) {
                report.append("  Tie between ").append(names(tied, names)).append(" broken by the votes at stage ")
                        .append(i + 1).append(".\n");
                tied = new ArrayList<>(next);
            }
        }
        if (tied.size() > 1) {
            report.append("  Tie between ").append(names(tied, names)).append(" decided by lot.\n");
            tied.sort(Comparator.naturalOrder());
            Collections.shuffle(tied, lots);
        }
        return tied.get(0);
    }

    private static List<Long> order(Set<Long> set, Map<Long, Long> tallies) {
        List<Long> l = new ArrayList<>(set);
        l.sort(Comparator.comparing((Long c) -> -tallies.getOrDefault(c, 0L)));
        return l;
    }

    private static String describe(Map<Long, Long> tallies, Map<Long, String> names) {
        List<String> parts = new ArrayList<>();
        tallies.forEach((c, v) -> {
            if (c != -1L) parts.add(name(names, c) + " " + show(v));
        });
        long exhausted = tallies.getOrDefault(-1L, 0L);
        if (exhausted > 0) parts.add("non-transferable " + show(exhausted));
        return String.join("; ", parts);
    }

    private static String names(List<Long> ids, Map<Long, String> names) {
        return String.join(", ", ids.stream().map(c -> name(names, c)).sorted().toList());
    }

    private static String name(Map<Long, String> names, Long c) { return names.getOrDefault(c, "#" + c); }

    /** Hundred-thousandths as a vote count: 12, 4.5, 7.99986. */
    static String show(long units) {
        return BigDecimal.valueOf(units, 5).stripTrailingZeros().toPlainString();
    }

}
