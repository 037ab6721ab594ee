package org.acorn.directory.taxonomy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The terms of one taxonomy as a tree, each level in sort order. Built from a flat list, so it needs no
 * database. {@link #choices} leaves out retired and merged terms together with everything under them.
 */
public final class TermTree {

    /** A term and the terms directly under it. */
    public record Node(TaxonomyTerm term, int depth, List<Node> children) { }

    private static final Comparator<TaxonomyTerm> ORDER =
            Comparator.comparingInt(TaxonomyTerm::getSortOrder).thenComparing(TaxonomyTerm::getLabel);

    private final List<Node> roots;

    private TermTree(List<Node> roots) {
        this.roots = List.copyOf(roots);
    }

    /** Every term, retired and merged ones included (for administrators). */
    public static TermTree all(List<TaxonomyTerm> terms) {
        return build(terms, false);
    }

    /** The terms an editor may choose from. */
    public static TermTree choices(List<TaxonomyTerm> terms) {
        return build(terms, true);
    }

    private static TermTree build(List<TaxonomyTerm> terms, boolean offeredOnly) {
        Map<Long, TaxonomyTerm> byId = new LinkedHashMap<>();
        for (TaxonomyTerm t : terms) byId.put(t.getId(), t);
        Map<Long, List<TaxonomyTerm>> childrenOf = new LinkedHashMap<>();
        List<TaxonomyTerm> tops = new ArrayList<>();
        for (TaxonomyTerm t : terms) {
            // a term whose parent is not in the list is shown at the top rather than lost
            if (t.getParentId() == null || !byId.containsKey(t.getParentId())) tops.add(t);
            else childrenOf.computeIfAbsent(t.getParentId(), k -> new ArrayList<>()).add(t);
        }
        return new TermTree(nodes(tops, childrenOf, offeredOnly, 0));
    }

    private static List<Node> nodes(List<TaxonomyTerm> level, Map<Long, List<TaxonomyTerm>> childrenOf,
                                    boolean offeredOnly, int depth) {
        List<Node> out = new ArrayList<>();
        if (depth > 50) return out; // a corrupt cycle cannot run away
        level.stream().sorted(ORDER).forEach(t -> {
            if (offeredOnly && !t.isOffered()) return;
            out.add(new Node(t, depth, nodes(childrenOf.getOrDefault(t.getId(), List.of()), childrenOf, offeredOnly, depth + 1)));
        });
        return out;
    }

    public List<Node> roots() { return roots; }

    /** Depth-first, parents before children: the order of an indented list. */
    public List<Node> flatten() {
        List<Node> out = new ArrayList<>();
        walk(roots, out::add);
        return out;
    }

    private static void walk(List<Node> nodes, Consumer<Node> visit) {
        for (Node n : nodes) {
            visit.accept(n);
            walk(n.children(), visit);
        }
    }
}
