package org.acorn.readiness;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.acorn.platform.files.FileAccess;
import org.acorn.platform.files.StoredFile;

/** Checklist documents: only the organisation's admins and staff may download them. */
@ApplicationScoped
public class ReadinessFiles implements FileAccess {

    @Inject Checklist checklist;

    @Override public String ownerKind() { return Checklist.FILE_KIND; }

    @Override public boolean mayRead(StoredFile file) { return checklist.mayReadFile(file.getId()); }

    /** Offered templates before they reach the library: the offering organisation's admins and staff. */
    @ApplicationScoped
    public static class Offered implements FileAccess {

        @Inject SharedTemplates templates;

        @Override public String ownerKind() { return SharedTemplates.FILE_KIND; }

        @Override public boolean mayRead(StoredFile file) { return templates.mayReadFile(file.getId()); }
    }
}
