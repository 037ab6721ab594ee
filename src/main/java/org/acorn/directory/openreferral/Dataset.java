package org.acorn.directory.openreferral;

import java.math.BigDecimal;
import java.util.List;

/**
 * An Open Referral UK dataset as read from a file, before it touches the directory: records with the dataset's
 * own ids and the references between them. Only the fields the directory can hold are kept.
 */
public record Dataset(List<Org> organisations, List<Svc> services, List<Place> locations, List<Vocabulary> taxonomies,
                      List<Term> terms) {

    public record Org(String id, String name, String description, String website, String charityNumber, String companyNumber) { }

    /** A service; {@code termIds} and {@code locationIds} refer to the dataset's terms and locations. */
    public record Svc(String id, String organisationId, String name, String description, String status, Integer minAge,
                      Integer maxAge, String fees, String eligibility, String howToRefer, String openingTimes,
                      String languages, List<String> termIds, List<String> locationIds) { }

    public record Place(String id, String name, String address, String postcode, BigDecimal latitude, BigDecimal longitude) { }

    public record Vocabulary(String id, String name) { }

    /** A term; {@code taxonomy} is the taxonomy's dataset id or, as the profile also allows, its name. */
    public record Term(String id, String taxonomy, String code, String name, String parentId) { }
}
