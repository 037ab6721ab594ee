package org.acorn.search;

import java.util.EnumSet;
import java.util.Set;

/** Who may see a document in results, facet counts and suggestions. */
public enum Visibility {
    PUBLIC, MEMBERS, STAFF;

    /** Someone not signed in. */
    public static Set<Visibility> forVisitor() { return EnumSet.of(PUBLIC); }

    /** A signed-in person from a member organisation. */
    public static Set<Visibility> forMember() { return EnumSet.of(PUBLIC, MEMBERS); }

    /** Network staff see everything. */
    public static Set<Visibility> forStaff() { return EnumSet.allOf(Visibility.class); }

    String token() { return name().toLowerCase(java.util.Locale.ROOT); }

    /** The index terms a reader's levels and groups allow; a group's term cannot clash with a level's. */
    static java.util.List<org.apache.lucene.util.BytesRef> tokens(Set<Visibility> levels, Set<String> groups) {
        java.util.List<org.apache.lucene.util.BytesRef> out = new java.util.ArrayList<>();
        levels.forEach(v -> out.add(new org.apache.lucene.util.BytesRef(v.token())));
        groups.forEach(g -> out.add(new org.apache.lucene.util.BytesRef(groupToken(g))));
        return out;
    }

    static String groupToken(String group) { return "group:" + group; }
}
