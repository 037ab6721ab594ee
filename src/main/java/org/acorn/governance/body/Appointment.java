package org.acorn.governance.body;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * Who takes a seat: a person with an account (found by email; their organisation comes with them) or, for
 * someone who is not online, a name and organisation typed by staff.
 */
public class Appointment implements Serializable {
    private static final long serialVersionUID = 1L;

    public Place place = Place.HOLDER;
    public String accountEmail;
    public String holderName;
    public Long organisationId;
    public String contactEmail;
    public FilledBy filledBy = FilledBy.APPOINTED;
    public LocalDate startsOn;
    public LocalDate endsOn;

    public Place getPlace() { return place; }
    public void setPlace(Place place) { this.place = place; }
    public String getAccountEmail() { return accountEmail; }
    public void setAccountEmail(String accountEmail) { this.accountEmail = accountEmail; }
    public String getHolderName() { return holderName; }
    public void setHolderName(String holderName) { this.holderName = holderName; }
    public Long getOrganisationId() { return organisationId; }
    public void setOrganisationId(Long organisationId) { this.organisationId = organisationId; }
    public String getContactEmail() { return contactEmail; }
    public void setContactEmail(String contactEmail) { this.contactEmail = contactEmail; }
    public FilledBy getFilledBy() { return filledBy; }
    public void setFilledBy(FilledBy filledBy) { this.filledBy = filledBy; }
    public LocalDate getStartsOn() { return startsOn; }
    public void setStartsOn(LocalDate startsOn) { this.startsOn = startsOn; }
    public LocalDate getEndsOn() { return endsOn; }
    public void setEndsOn(LocalDate endsOn) { this.endsOn = endsOn; }
}
