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
    private Integer staffFullTime;
    private Integer staffPartTime;
    private Integer staffSessional;
    private Integer volunteers;
    /** Policy name → ticked, one checkbox per entry of the checklist. */
    private Map<String, Boolean> policies = new HashMap<>();
    private String otherPolicies;
    private String accreditation;
    private String safeguardingLead;
    private boolean contractReady;
    private long version;

    public static final int COUNT_MAX = 100_000;
    public static final int OTHER_POLICIES_MAX = 1000;
    public static final int ACCREDITATION_MAX = 500;
    public static final int SAFEGUARDING_LEAD_MAX = 200;

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
        f.staffFullTime = org.getStaffFullTime();
        f.staffPartTime = org.getStaffPartTime();
        f.staffSessional = org.getStaffSessional();
        f.volunteers = org.getVolunteers();
        for (Policy p : Policy.held(org.getPoliciesHeld())) f.policies.put(p.name(), Boolean.TRUE);
        f.otherPolicies = Policy.others(org.getPoliciesHeld());
        f.accreditation = org.getAccreditation();
        f.safeguardingLead = org.getSafeguardingLead();
        f.contractReady = org.isContractReady();
        f.version = org.getVersion();
        return f;
    }

    /** The ticked policies of the checklist (names that are not on it are ignored). */
    public java.util.Set<Policy> chosenPolicies() {
        java.util.Set<Policy> out = java.util.EnumSet.noneOf(Policy.class);
        for (Policy p : Policy.values()) {
            if (Boolean.TRUE.equals(policies.get(p.name()))) out.add(p);
        }
        return out;
    }

    /** What the organisation's "policies held" becomes. */
    public String policiesHeld() {
        return Policy.store(chosenPolicies(), otherPolicies);
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
        otherPolicies = OrganisationChecks.clean(otherPolicies);
        accreditation = OrganisationChecks.clean(accreditation);
        safeguardingLead = OrganisationChecks.clean(safeguardingLead);
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
        put(errors, "staffFullTime", count(staffFullTime, "full-time staff"));
        put(errors, "staffPartTime", count(staffPartTime, "part-time staff"));
        put(errors, "staffSessional", count(staffSessional, "sessional staff"));
        put(errors, "volunteers", count(volunteers, "volunteers"));
        put(errors, "otherPolicies", OrganisationChecks.text(otherPolicies, OTHER_POLICIES_MAX, "other policies"));
        if (otherPolicies != null && otherPolicies.contains(";") && !errors.containsKey("otherPolicies")) {
            // ";" separates the stored policies; a comma reads the same and keeps each policy whole
            otherPolicies = otherPolicies.replace(';', ',');
        }
        put(errors, "accreditation", OrganisationChecks.text(accreditation, ACCREDITATION_MAX, "accreditation"));
        put(errors, "safeguardingLead", OrganisationChecks.text(safeguardingLead, SAFEGUARDING_LEAD_MAX, "safeguarding lead"));
        return errors;
    }

    /** A head count: none given, or a whole number from 0 to {@link #COUNT_MAX}. */
    static String count(Integer value, String what) {
        if (value == null) return null;
        if (value < 0 || value > COUNT_MAX) return "Please give the number of " + what + " as a whole number from 0 to 100,000.";
        return null;
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
    public Integer getStaffFullTime() { return staffFullTime; }
    public void setStaffFullTime(Integer v) { this.staffFullTime = v; }
    public Integer getStaffPartTime() { return staffPartTime; }
    public void setStaffPartTime(Integer v) { this.staffPartTime = v; }
    public Integer getStaffSessional() { return staffSessional; }
    public void setStaffSessional(Integer v) { this.staffSessional = v; }
    public Integer getVolunteers() { return volunteers; }
    public void setVolunteers(Integer v) { this.volunteers = v; }
    public Map<String, Boolean> getPolicies() { return policies; }
    public String getOtherPolicies() { return otherPolicies; }
    public void setOtherPolicies(String otherPolicies) { this.otherPolicies = otherPolicies; }
    public String getAccreditation() { return accreditation; }
    public void setAccreditation(String accreditation) { this.accreditation = accreditation; }
    public String getSafeguardingLead() { return safeguardingLead; }
    public void setSafeguardingLead(String safeguardingLead) { this.safeguardingLead = safeguardingLead; }
    public boolean isContractReady() { return contractReady; }
    public void setContractReady(boolean contractReady) { this.contractReady = contractReady; }
    public long getVersion() { return version; }
}
