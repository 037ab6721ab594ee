package org.acorn.directory.openreferral;

import org.acorn.platform.persistence.Like;

/**
 * The API's free-text filter, in one place so it can move to the Lucene index when the directory search is
 * ready: for now a case-insensitive "contains" over the service's name and description and its organisation's
 * name, with the caller's % and _ taken literally.
 */
final class TextMatch {

    private TextMatch() { }

    /** A JPQL condition over service {@code s} and organisation {@code o}, using parameter {@code :text}. */
    static String condition() {
        return "(lower(s.name) like :text escape '" + Like.ESCAPE + "' or lower(s.description) like :text escape '"
                + Like.ESCAPE + "' or lower(o.name) like :text escape '" + Like.ESCAPE + "')";
    }

    static String parameter(String text) { return Like.contains(text.trim()); }
}
