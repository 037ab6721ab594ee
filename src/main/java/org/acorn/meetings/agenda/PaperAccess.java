package org.acorn.meetings.agenda;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.acorn.platform.files.FileAccess;
import org.acorn.platform.files.StoredFile;

/** Whoever may see a meeting may download its papers (superseded ones too); a withdrawn paper only its runners. */
@ApplicationScoped
public class PaperAccess implements FileAccess {

    @Inject Agendas agendas;

    @Override public String ownerKind() { return Agendas.PAPER_KIND; }

    @Override
    public boolean mayRead(StoredFile file) {
        return agendas.mayReadFile(file.getId());
    }
}
