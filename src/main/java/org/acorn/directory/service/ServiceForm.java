package org.acorn.directory.service;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.acorn.directory.OrganisationChecks;
import org.acorn.directory.taxonomy.TaxonomyTerm;

/**
 * What the service form holds, as typed: numbers stay text until {@link #normaliseAndCheck} so that a wrong
 * entry comes back with a message beside it and everything else kept. Carries the version it was loaded at,
 * so a second editor cannot silently overwrite the first.
 */
public class ServiceForm implements Serializable {
    private static final long serialVersionUID = 1L;

    public static final int NAME_MAX = 200;
    public static final int DESCRIPTION_MAX = 2000;
    public static final int ELIGIBILITY_MAX = 1000;
    public static final int HOW_TO_REFER_MAX = 1000;
    public static final int COST_MAX = 300;
    public static final int LANGUAGES_MAX = 300;
    public static final int OPENING_TIMES_MAX = 500;
    public static final int ADDRESS_MAX = 300;
    public static final int AGE_MAX = 25;
    public static final int LOCATIONS_MAX = 20;
    public static final int TERMS_MAX = 300;
    /** Around Great Britain, Northern Ireland, the Isles of Scilly and Shetland. */
    static final BigDecimal LAT_MIN = new BigDecimal("49"), LAT_MAX = new BigDecimal("61");
    static final BigDecimal LONG_MIN = new BigDecimal("-9"), LONG_MAX = new BigDecimal("2");

    /** One place the service is offered, as typed. */
    public static class Place implements Serializable {
        private static final long serialVersionUID = 1L;
        private String address;
        private String postcode;
        private String latitude;
        private String longitude;
        private BigDecimal lat;
        private BigDecimal lng;

        public Place() { }

        Place(ServiceLocation l) {
            address = l.getAddress();
            postcode = l.getPostcode();
            latitude = l.getLatitude() == null ? null : l.getLatitude().stripTrailingZeros().toPlainString();
            longitude = l.getLongitude() == null ? null : l.getLongitude().stripTrailingZeros().toPlainString();
        }

        boolean blank() {
            return address == null && postcode == null && latitude == null && longitude == null;
        }

        public String getAddress() { return address; }
        public void setAddress(String address) { this.address = address; }
        public String getPostcode() { return postcode; }
        public void setPostcode(String postcode) { this.postcode = postcode; }
        public String getLatitude() { return latitude; }
        public void setLatitude(String latitude) { this.latitude = latitude; }
        public String getLongitude() { return longitude; }
        public void setLongitude(String longitude) { this.longitude = longitude; }
        /** Checked coordinates (after {@link ServiceForm#normaliseAndCheck}), or null. */
        public BigDecimal lat() { return lat; }
        public BigDecimal lng() { return lng; }
    }

    private String name;
    private String description;
    private String eligibility;
    private String howToRefer;
    private String costText;
    private boolean free;
    private String minAge;
    private String maxAge;
    private String languages;
    private String openingTimes;
    private boolean sendRelevant;
    private ServiceStatus status = ServiceStatus.ACTIVE;
    private List<Place> places = new ArrayList<>();
    /** The ticked term ids exactly as posted; parsed by {@link #normaliseAndCheck}. */
    private List<String> termIds = new ArrayList<>();
    private long version;

    private Integer min;
    private Integer max;
    private Set<Long> terms = new LinkedHashSet<>();

    public static ServiceForm blank() {
        ServiceForm f = new ServiceForm();
        f.places.add(new Place());
        return f;
    }

    public static ServiceForm of(Service s) {
        ServiceForm f = new ServiceForm();
        f.name = s.getName();
        f.description = s.getDescription();
        f.eligibility = s.getEligibility();
        f.howToRefer = s.getHowToRefer();
        f.costText = s.getCostText();
        f.free = s.isFree();
        f.minAge = s.getMinAge() == null ? null : s.getMinAge().toString();
        f.maxAge = s.getMaxAge() == null ? null : s.getMaxAge().toString();
        f.languages = s.getLanguages();
        f.openingTimes = s.getOpeningTimes();
        f.sendRelevant = s.isSendRelevant();
        f.status = s.getStatus();
        for (ServiceLocation l : s.getLocations()) f.places.add(new Place(l));
        if (f.places.isEmpty()) f.places.add(new Place());
        for (TaxonomyTerm t : s.getTerms()) f.termIds.add(String.valueOf(t.getId()));
        f.version = s.getVersion();
        return f;
    }

    public void addPlace() {
        if (places.size() < LOCATIONS_MAX) places.add(new Place());
    }

    public void removePlace(int index) {
        if (index >= 0 && index < places.size()) places.remove(index);
        if (places.isEmpty()) places.add(new Place());
    }

    /** Whether the term with this id is ticked (as posted, so a refused form keeps its ticks). */
    public boolean ticked(Long termId) {
        return termId != null && termIds.contains(String.valueOf(termId));
    }

    /**
     * Tidies what was typed and returns messages for the fields that are still wrong, keyed by field id
     * ("name", "places:1:postcode", "terms" ...). Empty means valid; whether the terms exist is the
     * service's check.
     */
    public Map<String, String> normaliseAndCheck() {
        Map<String, String> errors = new LinkedHashMap<>();
        name = OrganisationChecks.clean(name);
        description = OrganisationChecks.clean(description);
        eligibility = OrganisationChecks.clean(eligibility);
        howToRefer = OrganisationChecks.clean(howToRefer);
        costText = OrganisationChecks.clean(costText);
        languages = OrganisationChecks.clean(languages);
        openingTimes = OrganisationChecks.clean(openingTimes);
        if (name == null) errors.put("name", "Please give the service a name.");
        else put(errors, "name", OrganisationChecks.text(name, NAME_MAX, "name"));
        put(errors, "description", OrganisationChecks.text(description, DESCRIPTION_MAX, "description"));
        put(errors, "eligibility", OrganisationChecks.text(eligibility, ELIGIBILITY_MAX, "eligibility"));
        put(errors, "howToRefer", OrganisationChecks.text(howToRefer, HOW_TO_REFER_MAX, "how to refer"));
        put(errors, "costText", OrganisationChecks.text(costText, COST_MAX, "cost"));
        put(errors, "languages", OrganisationChecks.text(languages, LANGUAGES_MAX, "languages"));
        put(errors, "openingTimes", OrganisationChecks.text(openingTimes, OPENING_TIMES_MAX, "opening times"));
        if (status == null) errors.put("status", "Please choose whether the service is running.");
        checkAges(errors);
        checkPlaces(errors);
        checkTerms(errors);
        return errors;
    }

    private void checkAges(Map<String, String> errors) {
        minAge = OrganisationChecks.clean(minAge);
        maxAge = OrganisationChecks.clean(maxAge);
        min = age(minAge, "minAge", "youngest", errors);
        max = age(maxAge, "maxAge", "oldest", errors);
        if (min != null && max != null && min > max) {
            errors.put("maxAge", "The oldest age cannot be below the youngest age (" + min + ").");
        }
    }

    private static Integer age(String text, String field, String which, Map<String, String> errors) {
        if (text == null) return null;
        if (!text.matches("\\d{1,3}") || Integer.parseInt(text) > AGE_MAX) {
            errors.put(field, "Please give the " + which + " age as a whole number from 0 to " + AGE_MAX + ", or leave it blank.");
            return null;
        }
        return Integer.parseInt(text);
    }

    private void checkPlaces(Map<String, String> errors) {
        if (places.size() > LOCATIONS_MAX) {
            errors.put("places", "Please list at most " + LOCATIONS_MAX + " places.");
            return;
        }
        int given = 0;
        for (int i = 0; i < places.size(); i++) {
            Place p = places.get(i);
            String at = "places:" + i + ":";
            p.address = OrganisationChecks.clean(p.address);
            p.postcode = Postcodes.normalise(p.postcode);
            p.latitude = OrganisationChecks.clean(p.latitude);
            p.longitude = OrganisationChecks.clean(p.longitude);
            if (p.blank()) continue;
            given++;
            put(errors, at + "address", OrganisationChecks.text(p.address, ADDRESS_MAX, "address"));
            if (p.postcode == null) errors.put(at + "postcode", "Please give the postcode of this place.");
            else if (!Postcodes.valid(p.postcode)) {
                errors.put(at + "postcode", "That is not a UK postcode. It should look like S11 8TP or DE1 2AB.");
            }
            p.lat = coordinate(p.latitude, LAT_MIN, LAT_MAX, at + "latitude", "latitude", errors);
            p.lng = coordinate(p.longitude, LONG_MIN, LONG_MAX, at + "longitude", "longitude", errors);
            if ((p.latitude == null) != (p.longitude == null) && !errors.containsKey(at + "latitude")
                    && !errors.containsKey(at + "longitude")) {
                errors.put(at + (p.latitude == null ? "latitude" : "longitude"),
                        "Please give both latitude and longitude, or neither.");
            }
        }
        if (given == 0 && !errors.containsKey("places:0:postcode")) {
            errors.put("places:0:postcode", "Please give at least one place where the service is offered, with its postcode.");
        }
    }

    private static BigDecimal coordinate(String text, BigDecimal min, BigDecimal max, String field, String what,
                                         Map<String, String> errors) {
        if (text == null) return null;
        String range = what + " in the UK is between " + min.toPlainString() + " and " + max.toPlainString();
        if (!text.matches("-?\\d{1,3}(\\.\\d{1,12})?")) {
            errors.put(field, "Please give the " + what + " as a decimal number, for example 53.38; the " + range + ".");
            return null;
        }
        BigDecimal value = new BigDecimal(text);
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            errors.put(field, "The " + range + ".");
            return null;
        }
        return value.setScale(6, RoundingMode.HALF_UP);
    }

    private void checkTerms(Map<String, String> errors) {
        terms = new LinkedHashSet<>();
        if (termIds.size() > TERMS_MAX) {
            errors.put("terms", "Too many terms were chosen.");
            return;
        }
        for (String raw : termIds) {
            if (raw == null || !raw.strip().matches("\\d{1,18}")) {
                errors.put("terms", "Please choose terms from the lists shown.");
                return;
            }
            terms.add(Long.valueOf(raw.strip()));
        }
    }

    private static void put(Map<String, String> errors, String field, String message) {
        if (message != null) errors.putIfAbsent(field, message);
    }

    /** The places that were filled in (after {@link #normaliseAndCheck}). */
    public List<Place> filledPlaces() { return places.stream().filter(p -> !p.blank()).toList(); }

    /** Checked term ids (after {@link #normaliseAndCheck}). */
    public Set<Long> chosenTerms() { return terms; }
    public Integer min() { return min; }
    public Integer max() { return max; }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getEligibility() { return eligibility; }
    public void setEligibility(String eligibility) { this.eligibility = eligibility; }
    public String getHowToRefer() { return howToRefer; }
    public void setHowToRefer(String howToRefer) { this.howToRefer = howToRefer; }
    public String getCostText() { return costText; }
    public void setCostText(String costText) { this.costText = costText; }
    public boolean isFree() { return free; }
    public void setFree(boolean free) { this.free = free; }
    public String getMinAge() { return minAge; }
    public void setMinAge(String minAge) { this.minAge = minAge; }
    public String getMaxAge() { return maxAge; }
    public void setMaxAge(String maxAge) { this.maxAge = maxAge; }
    public String getLanguages() { return languages; }
    public void setLanguages(String languages) { this.languages = languages; }
    public String getOpeningTimes() { return openingTimes; }
    public void setOpeningTimes(String openingTimes) { this.openingTimes = openingTimes; }
    public boolean isSendRelevant() { return sendRelevant; }
    public void setSendRelevant(boolean sendRelevant) { this.sendRelevant = sendRelevant; }
    public ServiceStatus getStatus() { return status; }
    public void setStatus(ServiceStatus status) { this.status = status; }
    public List<Place> getPlaces() { return places; }
    public List<String> getTermIds() { return termIds; }
    public void setTermIds(List<String> termIds) { this.termIds = termIds == null ? new ArrayList<>() : new ArrayList<>(termIds); }
    public long getVersion() { return version; }
}
