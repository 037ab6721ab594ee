package org.acorn.directory.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.PersistenceException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.acorn.directory.EditConflict;
import org.acorn.directory.InvalidInput;
import org.acorn.directory.Membership;
import org.acorn.directory.MembershipApplication;
import org.acorn.directory.Organisation;
import org.acorn.network.District;
import org.acorn.network.Network;
import org.acorn.platform.web.Faces;

/**
 * Backs /admin/applications.xhtml. The list is kept for the life of the page, so a button always acts on
 * the application it was shown beside, with the version that was shown.
 */
@Named
@ViewScoped
public class ApplicationsPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject Membership membership;
    @Inject Network network;
    @Inject Choices choices;

    private List<Row> rows;

    @PostConstruct
    void load() {
        Map<Long, String> districtNames = network.getDistricts().stream()
                .collect(Collectors.toMap(District::getId, District::getName, (a, b) -> a));
        rows = membership.pending().stream().map(a -> new Row(a, districtNames, choices)).toList();
    }

    public void approve(Row row) {
        try {
            Organisation org = membership.approve(row.id, row.version);
            Faces.flash(org.getName() + " is now a member. We have emailed " + row.email + ".");
            Faces.redirect("/admin/applications.xhtml");
        } catch (InvalidInput e) {
            e.showOn("apps");
        } catch (PersistenceException e) {
            if (!EditConflict.causedBy(e)) throw e;
            Faces.error(EditConflict.MESSAGE);
        }
    }

    public void decline(Row row, int index) {
        try {
            membership.decline(row.id, row.version, row.reason);
            Faces.flash("The application from " + row.organisationName + " was declined. We have emailed "
                    + row.email + " the reason.");
            Faces.redirect("/admin/applications.xhtml");
        } catch (InvalidInput e) {
            e.errors().forEach((field, message) -> {
                if (field == null) Faces.error(message);
                else Faces.fieldError("apps:" + index + ":decide:" + field, message);
            });
        } catch (PersistenceException e) {
            if (!EditConflict.causedBy(e)) throw e;
            Faces.error(EditConflict.MESSAGE);
        }
    }

    public List<Row> getRows() { return rows; }

    /** One application as shown, with the decline reason being typed for it. */
    public static class Row implements Serializable {
        private static final long serialVersionUID = 1L;

        final Long id;
        final long version;
        final String organisationName;
        final String type;
        final String charityNumber;
        final String companyNumber;
        final String area;
        final String contactName;
        final String email;
        final String applied;
        private String reason;

        Row(MembershipApplication a, Map<Long, String> districtNames, Choices choices) {
            id = a.getId();
            version = a.getVersion();
            organisationName = a.getOrganisationName();
            type = a.getType().label();
            charityNumber = a.getCharityNumber();
            companyNumber = a.getCompanyNumber();
            area = a.isCountyWide() ? "County-wide" : a.districtIdList().stream()
                    .map(d -> districtNames.getOrDefault(d, "?")).collect(Collectors.joining(", "));
            contactName = a.getContactName();
            email = a.getEmail();
            applied = choices.date(a.getCreatedAt());
        }

        public Long getId() { return id; }
        public String getOrganisationName() { return organisationName; }
        public String getType() { return type; }
        public String getCharityNumber() { return charityNumber; }
        public String getCompanyNumber() { return companyNumber; }
        public String getArea() { return area; }
        public String getContactName() { return contactName; }
        public String getEmail() { return email; }
        public String getApplied() { return applied; }
        public String getReason() { return reason; }
        public void setReason(String reason) { this.reason = reason; }
    }

}
