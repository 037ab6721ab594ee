package org.acorn.platform.files;

/**
 * Implemented (as a CDI bean) by each feature that stores files, for its own owner kind: the feature, not
 * the file store, knows who may read a receipt or a paper. A file whose kind has no bean is served to nobody.
 */
public interface FileAccess {

    /** The owner kind this bean answers for, as passed to {@link FileStore#store}. */
    String ownerKind();

    /** Whether the person asking (inject {@code Caller}) may download this file. */
    boolean mayRead(StoredFile file);
}
