package org.acorn.directory;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the "apply to join" form holds. The password is kept only until it is hashed. */
public class JoinForm {

    private String organisationName;
    private OrganisationType type;
    private String charityNumber;
    private String companyNumber;
    private boolean countyWide;
    private Map<Long, Boolean> districts = new HashMap<>();
    private String contactName;
    private String email;
    private String password;
    private String confirm;
    private boolean agreeTerms;
    private boolean agreeListing;

    public List<Long> chosenDistricts() {
        return OrganisationForm.ticked(districts);
    }

    /** Tidies what was typed and returns messages by field id for what is still wrong; empty means valid. */
    public Map<String, String> normaliseAndCheck(boolean networkHasDistricts) {
        organisationName = OrganisationChecks.clean(organisationName);
        charityNumber = OrganisationNumbers.normaliseCharity(charityNumber);
        companyNumber = OrganisationNumbers.normaliseCompany(companyNumber);
        contactName = OrganisationChecks.clean(contactName);
        email = OrganisationChecks.normaliseEmail(email);
        if (!networkHasDistricts) {
            countyWide = false;
            districts.clear();
        } else if (countyWide) {
            districts.clear();
        }
        Map<String, String> errors = new LinkedHashMap<>();
        OrganisationForm.put(errors, "name", OrganisationChecks.organisationName(organisationName));
        if (type == null) errors.put("type", "Please choose the type of organisation.");
        if (!OrganisationNumbers.validCharity(charityNumber)) errors.put("charityNumber", OrganisationNumbers.CHARITY_FORMAT);
        if (!OrganisationNumbers.validCompany(companyNumber)) errors.put("companyNumber", OrganisationNumbers.COMPANY_FORMAT);
        if (networkHasDistricts && !countyWide && chosenDistricts().isEmpty()) {
            errors.put("districts", "Please tick the districts you work in, or tick \"county-wide\".");
        }
        OrganisationForm.put(errors, "contactName", OrganisationChecks.personName(contactName, true));
        OrganisationForm.put(errors, "email", OrganisationChecks.email(email, true));
        OrganisationForm.put(errors, "password", OrganisationChecks.password(password, confirm));
        if (!agreeTerms) errors.put("agreeTerms", "Please read and agree to the terms of membership.");
        if (!agreeListing) errors.put("agreeListing", "Please read and agree to the listing policy.");
        return errors;
    }

    public String getOrganisationName() { return organisationName; }
    public void setOrganisationName(String organisationName) { this.organisationName = organisationName; }
    public OrganisationType getType() { return type; }
    public void setType(OrganisationType type) { this.type = type; }
    public String getCharityNumber() { return charityNumber; }
    public void setCharityNumber(String charityNumber) { this.charityNumber = charityNumber; }
    public String getCompanyNumber() { return companyNumber; }
    public void setCompanyNumber(String companyNumber) { this.companyNumber = companyNumber; }
    public boolean isCountyWide() { return countyWide; }
    public void setCountyWide(boolean countyWide) { this.countyWide = countyWide; }
    public Map<Long, Boolean> getDistricts() { return districts; }
    public String getContactName() { return contactName; }
    public void setContactName(String contactName) { this.contactName = contactName; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getConfirm() { return confirm; }
    public void setConfirm(String confirm) { this.confirm = confirm; }
    public boolean isAgreeTerms() { return agreeTerms; }
    public void setAgreeTerms(boolean agreeTerms) { this.agreeTerms = agreeTerms; }
    public boolean isAgreeListing() { return agreeListing; }
    public void setAgreeListing(boolean agreeListing) { this.agreeListing = agreeListing; }

    /** Forgets the password text once it has been hashed or refused. */
    public void forgetPasswords() {
        password = null;
        confirm = null;
    }
}
