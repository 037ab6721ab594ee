package org.acorn.consortium.bid;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.acorn.platform.files.FileAccess;
import org.acorn.platform.files.StoredFile;

/** A bid document's versions are for its bid team only. */
@ApplicationScoped
public class BidFiles implements FileAccess {

    @Inject Bids bids;

    @Override public String ownerKind() { return Bids.FILE_KIND; }

    @Override public boolean mayRead(StoredFile file) { return bids.mayRead(file); }
}
