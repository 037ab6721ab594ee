package org.acorn.directory;

import java.io.Serializable;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.acorn.network.District;

/**
 * What the organisation details form holds (the same form for an organisation's own admin and for staff
 * editing on its behalf), with the version it was loaded at so a second editor cannot overwrite the first.
 */
public class OrganisationForm implements Serializable {
    private static final long serialVersionUID = 1L;

    private String name;
    private OrganisationType type;
    private String charityNumber;
    private String companyNumber;
    private boolean countyWide;
    /** District id → ticked; one checkbox per district, so each has its own field name. */
    private Map<Long, Boolean> districts = new HashMap<>();
    private IncomeBand incomeBand;
    private String contactName;
    private String contactEmail;
    private String contactPhone;
    private String postalAddress;
    private ContactPreference contactPreference = ContactPreference.EMAIL;
    private String website;
    private String description;
    private long version;

    public static OrganisationForm of(Organisation org) {
        OrganisationForm f = new OrganisationForm();
        f.name = org.getName();
        f.type = org.getType();
        f.charityNumber = org.getCharityNumber();
        f.companyNumber = org.getCompanyNumber();
        f.countyWide = org.isCountyWide();
        for (District d : org.getDistricts()) f.districts.put(d.getId(), Boolean.TRUE);
        f.incomeBand = org.getIncomeBand();
        f.contactName = org.getContactName();
        f.contactEmail = org.getContactEmail();
        f.contactPhone = org.getContactPhone();
        f.postalAddress = org.getPostalAddress();
        f.contactPreference = org.getContactPreference();
        f.website = org.getWebsite();
        f.description = org.getDescription();
        f.version = org.getVersion();
        return f;
    }

    /** Ids of the ticked districts. */
    public List<Long> chosenDistricts() {
        return ticked(districts);
    }

    /** The ids whose checkbox is ticked in a district map bound to the page, in order. */
    static List<Long> ticked(Map<Long, Boolean> districts) {
        return districts.entrySet().stream().filter(e -> Boolean.TRUE.equals(e.getValue())).map(Map.Entry::getKey)
                .sorted().toList();
    }

    /**
     * Tidies what was typed (trims, folds registration numbers, adds https:// to a bare web address) and
     * returns the messages for fields that are still wrong, keyed by field id. Empty means valid.
     *
     * @param networkHasDistricts false in the Forum model: districts are then neither shown nor asked for
     */
    public Map<String, String> normaliseAndCheck(boolean networkHasDistricts) {
        name = OrganisationChecks.clean(name);
        charityNumber = OrganisationNumbers.normaliseCharity(charityNumber);
        companyNumber = OrganisationNumbers.normaliseCompany(companyNumber);
        contactName = OrganisationChecks.clean(contactName);
        contactEmail = OrganisationChecks.normaliseEmail(contactEmail);
        contactPhone = OrganisationChecks.clean(contactPhone);
        postalAddress = OrganisationChecks.clean(postalAddress);
        website = OrganisationChecks.normaliseWebsite(website);
        description = OrganisationChecks.clean(description);
        if (!networkHasDistricts) {
            countyWide = false;
            districts.clear();
        } else if (countyWide) {
            districts.clear();
        }

        Map<String, String> errors = new LinkedHashMap<>();
        put(errors, "name", OrganisationChecks.organisationName(name));
        if (type == null) errors.put("type", "Please choose the type of organisation.");
        if (!OrganisationNumbers.validCharity(charityNumber)) errors.put("charityNumber", OrganisationNumbers.CHARITY_FORMAT);
        if (!OrganisationNumbers.validCompany(companyNumber)) errors.put("companyNumber", OrganisationNumbers.COMPANY_FORMAT);
        if (networkHasDistricts && !countyWide && chosenDistricts().isEmpty()) {
            errors.put("districts", "Please tick the districts you work in, or tick \"county-wide\".");
        }
        put(errors, "contactName", OrganisationChecks.personName(contactName, false));
        put(errors, "contactEmail", OrganisationChecks.email(contactEmail, false));
        put(errors, "contactPhone", OrganisationChecks.phone(contactPhone));
        put(errors, "postalAddress", OrganisationChecks.text(postalAddress, OrganisationChecks.ADDRESS_MAX, "address"));
        if (contactPreference == null) errors.put("contactPreference", "Please choose how you would like to hear from us.");
        if (contactPreference == ContactPreference.POST && postalAddress == null && !errors.containsKey("postalAddress")) {
            errors.put("postalAddress", "Please give a postal address, as you would like to hear from us by post.");
        }
        if (contactPreference == ContactPreference.PHONE && contactPhone == null && !errors.containsKey("contactPhone")) {
            errors.put("contactPhone", "Please give a phone number, as you would like to hear from us by phone.");
        }
        put(errors, "website", OrganisationChecks.website(website));
        put(errors, "description", OrganisationChecks.text(description, OrganisationChecks.DESCRIPTION_MAX, "description"));
        return errors;
    }

    static void put(Map<String, String> errors, String field, String message) {
        if (message != null) errors.putIfAbsent(field, message);
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public OrganisationType getType() { return type; }
    public void setType(OrganisationType type) { this.type = type; }
    public String getCharityNumber() { return charityNumber; }
    public void setCharityNumber(String charityNumber) { this.charityNumber = charityNumber; }
    public String getCompanyNumber() { return companyNumber; }
    public void setCompanyNumber(String companyNumber) { this.companyNumber = companyNumber; }
    public boolean isCountyWide() { return countyWide; }
    public void setCountyWide(boolean countyWide) { this.countyWide = countyWide; }
    public Map<Long, Boolean> getDistricts() { return districts; }
    public IncomeBand getIncomeBand() { return incomeBand; }
    public void setIncomeBand(IncomeBand incomeBand) { this.incomeBand = incomeBand; }
    public String getContactName() { return contactName; }
    public void setContactName(String contactName) { this.contactName = contactName; }
    public String getContactEmail() { return contactEmail; }
    public void setContactEmail(String contactEmail) { this.contactEmail = contactEmail; }
    public String getContactPhone() { return contactPhone; }
    public void setContactPhone(String contactPhone) { this.contactPhone = contactPhone; }
    public String getPostalAddress() { return postalAddress; }
    public void setPostalAddress(String postalAddress) { this.postalAddress = postalAddress; }
    public ContactPreference getContactPreference() { return contactPreference; }
    public void setContactPreference(ContactPreference contactPreference) { this.contactPreference = contactPreference; }
    public String getWebsite() { return website; }
    public void setWebsite(String website) { this.website = website; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public long getVersion() { return version; }
}
