package org.acorn.consortium.opportunity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.acorn.consortium.ConsortiumAccess;
import org.acorn.platform.files.FileAccess;
import org.acorn.platform.files.StoredFile;

/** Tender documents are for the consortium's members, officers and network staff; to anyone else they do not exist. */
@ApplicationScoped
public class OpportunityFiles implements FileAccess {

    @Inject ConsortiumAccess access;

    @Override public String ownerKind() { return Opportunities.FILE_KIND; }

    @Override
    public boolean mayRead(StoredFile file) { return access.mayReadMembersArea(); }
}
