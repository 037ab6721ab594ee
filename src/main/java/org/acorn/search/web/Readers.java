package org.acorn.search.web;

import java.util.Set;
import org.acorn.platform.security.Caller;
import org.acorn.search.Visibility;

/** What the person reading may see in search. */
final class Readers {

    private Readers() { }

    static Set<Visibility> of(Caller caller) {
        if (caller.isStaff()) return Visibility.forStaff();
        if (caller.readsAsMember()) return Visibility.forMember();
        return Visibility.forVisitor();
    }
}
