package org.acorn.governance.body;

import java.time.LocalDate;
import java.util.List;

/**
 * Another feature's meetings of a partnership body (the meetings feature's scheduled meetings, with their agendas),
 * so the body's page lists one set of dates. Implementations return only what the caller may see.
 */
public interface BodyDates {

    /** One dated meeting of a body as another feature knows it. */
    final class Dated {
        private final Long bodyMeetingId;
        private final LocalDate meetsOn;
        private final String title;
        private final String when;
        private final String link;
        private final boolean cancelled;

        public Dated(Long bodyMeetingId, LocalDate meetsOn, String title, String when, String link, boolean cancelled) {
            this.bodyMeetingId = bodyMeetingId;
            this.meetsOn = meetsOn;
            this.title = title;
            this.when = when;
            this.link = link;
            this.cancelled = cancelled;
        }

        public Long getBodyMeetingId() { return bodyMeetingId; }
        public LocalDate getMeetsOn() { return meetsOn; }
        public String getTitle() { return title; }
        public String getWhen() { return when; }
        public String getLink() { return link; }
        public boolean isCancelled() { return cancelled; }
    }

    List<Dated> datesOf(Long bodyId);
}
