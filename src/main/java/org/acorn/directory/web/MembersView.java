package org.acorn.directory.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import org.acorn.directory.Organisation;
import org.acorn.directory.Organisations;
import org.acorn.network.District;
import org.acorn.network.Network;

/** Public lists of member organisations: the home page's newest members and the members page. */
@Named("members")
@RequestScoped
public class MembersView {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy").withZone(ZoneId.of("Europe/London"));

    @Inject Organisations organisations;
    @Inject Network network;

    private List<Organisation> newest;

    public List<Organisation> getNewMembers() {
        if (newest == null) newest = organisations.newestMembers(6);
        return newest;
    }

    public List<Organisation> getAllMembers() { return organisations.members(); }

    public long getMemberCount() { return organisations.memberCount(); }

    public long getSmallCount() { return organisations.smallMemberCount(network.getProfile().getSmallIncomeThreshold()); }

    public String districtNames(Organisation org) {
        return org.getDistricts().stream().map(District::getName).collect(Collectors.joining(", "));
    }

    public String date(Instant instant) { return instant == null ? "" : DATE.format(instant); }
}
