package org.acorn.directory.currency.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.acorn.directory.InvalidInput;
import org.acorn.directory.currency.Listing;
import org.acorn.directory.currency.ListingConfirmation;
import org.acorn.directory.currency.ListingReminders;
import org.acorn.directory.currency.ReminderRules;
import org.acorn.directory.currency.ReminderSchedule;
import org.acorn.directory.currency.StaleFilter;
import org.acorn.directory.currency.StaleListings;
import org.acorn.directory.currency.StaleRow;
import org.acorn.network.District;
import org.acorn.network.Network;
import org.acorn.platform.security.Caller;
import org.acorn.platform.web.Faces;
import org.acorn.platform.web.PageLinks;

/**
 * Backs /admin/stale.xhtml: listings due for checking or unverified, filtered by GET parameters (status,
 * district), with "send reminder now", "mark verified after a call or letter" and today's reminder pass.
 */
@Named
@ViewScoped
public class StalePage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject transient StaleListings stale;
    @Inject transient ListingReminders reminders;
    @Inject transient ListingConfirmation confirmation;
    @Inject transient ReminderSchedule schedule;
    @Inject transient Network network;
    @Inject transient Caller caller;

    private String status;
    private String district;
    private StaleFilter filter = StaleFilter.none();
    private List<StaleRow> rows;
    private Long verifying;
    private String verifyingName;
    private String note;

    /** View action: refuses anyone but network staff before reading. */
    public void load() {
        caller.requireStaff();
        filter = StaleFilter.parse(status, district, network.getDistricts().stream().map(District::getId).toList());
        rows = filter.valid() ? stale.rows(filter) : List.of();
    }

    public void sendNow(Long organisationId) {
        try {
            List<String> to = reminders.sendNow(organisationId);
            Faces.info("Reminder queued to " + String.join(", ", to) + ".");
        } catch (InvalidInput e) {
            e.showOn("actions");
        }
        refresh();
    }

    public void runPass() {
        caller.requireStaff();
        Map<ReminderRules.Action, Integer> done = schedule.runOnce();
        Faces.info("Today's reminders: " + done.getOrDefault(ReminderRules.Action.FIRST, 0) + " first reminders and "
                + done.getOrDefault(ReminderRules.Action.SECOND, 0) + " second reminders sent; "
                + done.getOrDefault(ReminderRules.Action.CALL_OR_LETTER, 0) + " organisations need a call or letter.");
        refresh();
    }

    /** First step of "mark verified": shows the note form for that organisation. */
    public void startVerify(StaleRow row) {
        verifying = row.organisationId();
        verifyingName = row.organisationName();
        note = null;
    }

    public void cancelVerify() {
        verifying = null;
    }

    public void verify() {
        if (verifying == null) return;
        try {
            Listing listing = confirmation.markVerified(verifying, note);
            Faces.info("Marked the listing of " + listing.organisationName() + " as verified today, on its behalf.");
            verifying = null;
            note = null;
            refresh();
        } catch (InvalidInput e) {
            e.showOn("verify");
        }
    }

    private void refresh() {
        rows = filter.valid() ? stale.rows(filter) : List.of();
    }

    public String getCsvUrl() {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("status", filter.status() == null ? null : filter.status().name());
        params.put("district", filter.districtId());
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + PageLinks.url("/admin/stale.csv", params);
    }

    public String error(String field) {
        String e = filter.errors().get(field);
        return e == null ? "" : e;
    }

    public long count(String kind) { return rows == null ? 0 : rows.stream().filter(r -> r.kind().equals(kind)).count(); }
    public String day(Instant at) { return Dates.day(at); }
    public List<District> getDistricts() { return network.getDistricts(); }
    public List<StaleRow> getRows() { return rows; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public String getDistrict() { return district; }
    public void setDistrict(String district) { this.district = district; }
    public Long getVerifying() { return verifying; }
    public String getVerifyingName() { return verifyingName; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}
