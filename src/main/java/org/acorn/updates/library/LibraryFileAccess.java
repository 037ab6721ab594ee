package org.acorn.updates.library;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.acorn.platform.files.FileAccess;
import org.acorn.platform.files.StoredFile;

/** A library file may be downloaded by whoever may read its resource. */
@ApplicationScoped
public class LibraryFileAccess implements FileAccess {

    @Inject Library library;

    @Override public String ownerKind() { return Library.FILE_KIND; }

    @Override public boolean mayRead(StoredFile file) { return library.mayReadFile(file.getId()); }
}
