package org.acorn.meetings.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.acorn.directory.InvalidInput;
import org.acorn.meetings.series.Recurrence;
import org.acorn.platform.files.UploadRefused;
import org.acorn.platform.web.Faces;

/** Helpers the meetings pages share. */
final class MeetingPages {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK).withZone(Recurrence.LONDON);

    private MeetingPages() { }

    /** Next to the field when the form has it, otherwise at the top: no message is lost. */
    static void show(InvalidInput e, String formId) {
        Faces.errors(formId, e.errors());
    }

    static void show(UploadRefused e, String formId) {
        Faces.fieldError(formId + ":file", e.getMessage());
    }

    static String when(Instant at) { return at == null ? "" : WHEN.format(at); }
}
