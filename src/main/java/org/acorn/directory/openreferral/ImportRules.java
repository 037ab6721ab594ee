package org.acorn.directory.openreferral;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.acorn.directory.OrganisationNumbers;

/** Why a record of a dataset cannot go into the directory (empty when it can): the directory's own limits. */
final class ImportRules {

    private ImportRules() { }

    static List<String> organisation(Dataset.Org o) {
        List<String> p = new ArrayList<>();
        required(p, "name", o.name(), 200);
        max(p, "description", o.description(), 2000);
        max(p, "website", o.website(), 300);
        if (o.website() != null && !o.website().toLowerCase(Locale.ROOT).matches("^https?://[^\\s<>\"]+$")) {
            p.add("website is not an http(s) address");
        }
        if (o.charityNumber() != null && !OrganisationNumbers.validCharity(o.charityNumber())) p.add(OrganisationNumbers.CHARITY_FORMAT);
        if (o.companyNumber() != null && !OrganisationNumbers.validCompany(o.companyNumber())) p.add(OrganisationNumbers.COMPANY_FORMAT);
        return p;
    }

    static List<String> service(Dataset.Svc s) {
        List<String> p = new ArrayList<>();
        required(p, "name", s.name(), 200);
        max(p, "description", s.description(), 2000);
        max(p, "eligibility_description", s.eligibility(), 1000);
        max(p, "application_process", s.howToRefer(), 1000);
        max(p, "fees_description", s.fees(), 300);
        max(p, "schedules", s.openingTimes(), 500);
        max(p, "languages", s.languages(), 300);
        if (s.organisationId() == null) p.add("it names no organization");
        if (s.status() != null && status(s.status()) == null) {
            p.add("status \"" + DatasetReader.shown(s.status()) + "\" is not one of active, inactive, defunct, temporarily closed");
        }
        if (bad(s.minAge()) || bad(s.maxAge())) p.add("ages must be whole years from 0 to 150");
        else if (s.minAge() != null && s.maxAge() != null && s.minAge() > s.maxAge()) p.add("minimum_age is above maximum_age");
        return p;
    }

    static List<String> location(Dataset.Place l) {
        List<String> p = new ArrayList<>();
        max(p, "address", l.address(), 300);
        max(p, "postal_code", l.postcode(), 10);
        if ((l.latitude() == null) != (l.longitude() == null)) p.add("latitude and longitude come together");
        if (outside(l.latitude(), 90) || outside(l.longitude(), 180)) p.add("latitude or longitude is out of range");
        return p;
    }

    static List<String> term(Dataset.Term t) {
        List<String> p = new ArrayList<>();
        required(p, "name", t.name(), 300);
        max(p, "code", t.code(), 40);
        return p;
    }

    /** The directory's status for a profile status, or null if it is not one. */
    static org.acorn.directory.service.ServiceStatus status(String hsds) {
        return switch (hsds.toLowerCase(Locale.ROOT).strip()) {
            case "active" -> org.acorn.directory.service.ServiceStatus.ACTIVE;
            case "inactive", "defunct", "temporarily closed" -> org.acorn.directory.service.ServiceStatus.CLOSED;
            default -> null;
        };
    }

    private static boolean bad(Integer age) { return age != null && (age < 0 || age > 150); }

    private static boolean outside(BigDecimal v, int limit) {
        return v != null && v.abs().compareTo(BigDecimal.valueOf(limit)) > 0;
    }

    private static void required(List<String> p, String field, String value, int max) {
        if (value == null) p.add(field + " is missing");
        else max(p, field, value, max);
    }

    private static void max(List<String> p, String field, String value, int max) {
        if (value != null && value.length() > max) p.add(field + " is longer than " + max + " characters");
    }
}
