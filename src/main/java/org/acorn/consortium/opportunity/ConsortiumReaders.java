package org.acorn.consortium.opportunity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import org.acorn.consortium.ConsortiumAccess;
import org.acorn.platform.security.Caller;
import org.acorn.search.ReaderGroups;

/** The consortium's members and officers read its opportunities in search, by the same rule as its pages. */
@ApplicationScoped
public class ConsortiumReaders implements ReaderGroups {

    public static final String MEMBERS = "consortium-members";

    @Inject ConsortiumAccess access;

    @Override
    public Set<String> of(Caller caller) {
        return caller.isSignedIn() && access.mayReadMembersArea() ? Set.of(MEMBERS) : Set.of();
    }
}
