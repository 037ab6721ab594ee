package org.acorn.directory.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.acorn.directory.ContactPreference;
import org.acorn.directory.IncomeBand;
import org.acorn.directory.OrganisationType;
import org.acorn.platform.config.Settings;

/** The options of the organisation forms, as {@code #{choices}}. */
@Named("choices")
@ApplicationScoped
public class Choices {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy").withZone(ZoneId.of("Europe/London"));

    @Inject Settings settings;

    public long getVerifyHours() { return settings.verifyTokenLife().toHours(); }
    public long getInviteDays() { return settings.inviteTokenLife().toDays(); }

    public List<OrganisationType> getTypes() { return List.of(OrganisationType.values()); }
    public List<IncomeBand> getIncomeBands() { return List.of(IncomeBand.values()); }
    public List<ContactPreference> getContactPreferences() { return List.of(ContactPreference.values()); }

    public List<org.acorn.directory.Policy> getPolicies() { return List.of(org.acorn.directory.Policy.values()); }

    public String date(Instant instant) { return instant == null ? "" : DATE.format(instant); }
}
