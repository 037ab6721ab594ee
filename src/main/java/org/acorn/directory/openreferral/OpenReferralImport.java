package org.acorn.directory.openreferral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.logging.Logger;
import org.acorn.directory.MembershipStatus;
import org.acorn.directory.Organisation;
import org.acorn.directory.OrganisationType;
import org.acorn.directory.openreferral.ImportReport.Outcome;
import org.acorn.directory.service.Service;
import org.acorn.directory.service.ServiceLocation;
import org.acorn.directory.taxonomy.Taxonomy;
import org.acorn.directory.taxonomy.TaxonomyTerm;
import org.acorn.platform.audit.AuditLog;
import org.acorn.platform.security.Caller;
import org.acorn.platform.security.Role;
import org.acorn.search.IndexEvents;

/**
 * Loads an Open Referral UK dataset into the directory in one transaction: all of it that passes the rules, or
 * (if the file itself is unusable) none of it. Records are matched, not duplicated: organisations by charity
 * number, then company number, then name; services by organisation and name; locations of a service by address
 * and postcode; terms by taxonomy and code or name, onto the seeded vocabularies where they match, else into the
 * taxonomy "Imported terms". New organisations join as members or are listed for review, as the co-ordinator
 * chooses. Only co-ordinators and site administrators may import.
 */
@ApplicationScoped
public class OpenReferralImport {

    static final String IMPORTED_TAXONOMY = "imported";
    private static final Logger LOG = Logger.getLogger(OpenReferralImport.class.getName());

    @PersistenceContext(unitName = "acorn") EntityManager em;
    @Inject Caller caller;
    @Inject AuditLog audit;
    @Inject IndexEvents indexEvents;
    @Inject Clock clock;

    /** Reads, checks and applies {@code file}; the report says what happened to every record. */
    @Transactional
    public ImportReport run(byte[] file, String fileName, boolean newOrganisationsAreMembers) {
        return run(file, fileName, newOrganisationsAreMembers, ImportProgress.Listener.NONE);
    }

    /** As {@link #run(byte[], String, boolean)}, telling {@code progress} how far it has got. */
    @Transactional
    public ImportReport run(byte[] file, String fileName, boolean newOrganisationsAreMembers, ImportProgress.Listener progress) {
        caller.requireAny(Role.COORDINATOR, Role.SITE_ADMIN);
        long started = System.nanoTime();
        ImportReport report = new ImportReport();
        progress.at(ImportProgress.Stage.READING, 0, 0);
        Dataset dataset = DatasetReader.read(file, report);
        if (dataset == null) {
            audit.record("openreferral.import.refused", new AuditLog.Target("import", null, label(fileName)), report.summary());
            return report;
        }
        new Run(dataset, report, newOrganisationsAreMembers, progress).apply();
        report.markApplied();
        audit.record("openreferral.import", new AuditLog.Target("import", null, label(fileName)),
                report.summary() + (newOrganisationsAreMembers ? "; new organisations joined as members" : "; new organisations listed for review"));
        LOG.info("event=openreferral.import records=" + report.getLines().size() + " millis=" + (System.nanoTime() - started) / 1_000_000);
        return report;
    }

    private static String label(String fileName) {
        String name = fileName == null ? "upload" : fileName.replaceAll("[^\\p{L}\\p{N}._ -]", "_");
        return name.length() > 100 ? name.substring(0, 100) : name;
    }

    /** One import's working state. */
    private final class Run {
        final Dataset dataset;
        final ImportReport report;
        final boolean members;
        final Instant now = clock.instant();
        final Map<String, Organisation> byCharity = new HashMap<>();
        final Map<String, Organisation> byCompany = new HashMap<>();
        final Map<String, Organisation> byName = new HashMap<>();
        final Map<String, Organisation> orgOf = new HashMap<>();      // dataset id → ours
        final Map<String, TaxonomyTerm> termOf = new HashMap<>();     // dataset id → ours
        final Map<String, Dataset.Place> places = new HashMap<>();
        final Set<String> rejectedPlaces = new HashSet<>();
        final Set<Long> touchedOrgs = new LinkedHashSet<>();
        final ImportProgress.Listener progress;

        Run(Dataset dataset, ImportReport report, boolean members, ImportProgress.Listener progress) {
            this.dataset = dataset;
            this.report = report;
            this.members = members;
            this.progress = progress;
        }

        void apply() {
            progress.at(ImportProgress.Stage.TERMS, 0, dataset.terms().size());
            terms();
            progress.at(ImportProgress.Stage.ORGANISATIONS, 0, dataset.organisations().size());
            organisations();
            for (Dataset.Place p : dataset.locations()) {
                List<String> problems = ImportRules.location(p);
                if (problems.isEmpty()) places.put(p.id(), p);
                else {
                    rejectedPlaces.add(p.id());
                    report.add("location", p.id(), p.name(), Outcome.REJECTED, String.join("; ", problems));
                }
            }
            services();
            for (Long id : touchedOrgs) indexEvents.changed("organisation", id.toString());
        }

        // ---- taxonomy terms --------------------------------------------------------------------------------

        void terms() {
            Map<String, String> taxonomyNames = new HashMap<>();
            for (Dataset.Vocabulary v : dataset.taxonomies()) taxonomyNames.put(v.id(), v.name());
            List<Taxonomy> ours = em.createQuery("select t from Taxonomy t", Taxonomy.class).getResultList();
            List<TaxonomyTerm> allTerms = em.createQuery("select t from TaxonomyTerm t", TaxonomyTerm.class).getResultList();
            Taxonomy imported = ours.stream().filter(t -> t.getCode().equals(IMPORTED_TAXONOMY)).findFirst().orElse(null);
            Map<String, TaxonomyTerm> created = new HashMap<>();
            for (Dataset.Term t : dataset.terms()) {
                List<String> problems = ImportRules.term(t);
                if (!problems.isEmpty()) {
                    report.add("taxonomy term", t.id(), t.name(), Outcome.REJECTED, String.join("; ", problems));
                    continue;
                }
                String taxonomyName = taxonomyNames.getOrDefault(t.taxonomy(), t.taxonomy());
                Taxonomy taxonomy = ours.stream().filter(x -> taxonomyName != null && (x.getName().equalsIgnoreCase(taxonomyName)
                        || x.getCode().equalsIgnoreCase(taxonomyName) || x.getUuid().equalsIgnoreCase(taxonomyName))).findFirst().orElse(null);
                TaxonomyTerm match = taxonomy == null ? null : find(allTerms, taxonomy, t);
                if (match == null && imported != null) match = find(allTerms, imported, t);
                if (match == null) match = created.get(key(t.name()));
                if (match != null) {
                    termOf.put(t.id(), match);
                    report.add("taxonomy term", t.id(), t.name(), Outcome.UNCHANGED, "matched “" + match.getLabel() + "” in "
                            + match.getTaxonomy().getName());
                    continue;
                }
                if (imported == null) {
                    imported = new Taxonomy(IMPORTED_TAXONOMY, "Imported terms",
                            "Terms that came with Open Referral imports and match no term of the network's own vocabularies.");
                    em.persist(imported);
                    em.flush();
                }
                TaxonomyTerm term = new TaxonomyTerm(imported, null, code(t, allTerms, created), t.name(), allTerms.size() + created.size() + 1);
                em.persist(term);
                created.put(key(t.name()), term);
                termOf.put(t.id(), term);
                report.add("taxonomy term", t.id(), t.name(), Outcome.ADDED, "added to Imported terms");
            }
        }

        TaxonomyTerm find(List<TaxonomyTerm> terms, Taxonomy taxonomy, Dataset.Term t) {
            for (TaxonomyTerm x : terms) {
                if (!x.getTaxonomy().equals(taxonomy) || x.isMerged()) continue;
                if (t.code() != null && x.getCode().equalsIgnoreCase(t.code())) return x;
            }
            for (TaxonomyTerm x : terms) {
                if (x.getTaxonomy().equals(taxonomy) && !x.isMerged() && key(x.getLabel()).equals(key(t.name()))) return x;
            }
            return null;
        }

        String code(Dataset.Term t, List<TaxonomyTerm> existing, Map<String, TaxonomyTerm> created) {
            Set<String> used = new HashSet<>();
            existing.stream().filter(x -> x.getTaxonomy().getCode().equals(IMPORTED_TAXONOMY)).forEach(x -> used.add(x.getCode()));
            created.values().forEach(x -> used.add(x.getCode()));
            String base = t.code() != null ? t.code() : key(t.name()).replace(' ', '_');
            base = base.length() > 34 ? base.substring(0, 34) : base;
            String code = base;
            for (int n = 2; used.contains(code); n++) code = base + "_" + n;
            return code;
        }

        // ---- organisations ---------------------------------------------------------------------------------

        void organisations() {
            for (Organisation o : em.createQuery("select o from Organisation o", Organisation.class).getResultList()) remember(o);
            List<Organisation> fresh = new ArrayList<>();
            for (Dataset.Org d : dataset.organisations()) {
                List<String> problems = ImportRules.organisation(d);
                if (!problems.isEmpty()) {
                    report.add("organization", d.id(), d.name(), Outcome.REJECTED, String.join("; ", problems));
                    continue;
                }
                Organisation o = match(d);
                if (o == null) {
                    o = new Organisation(d.name(), d.charityNumber() != null ? OrganisationType.REGISTERED_CHARITY
                            : OrganisationType.COMMUNITY_GROUP, now);
                    o.setDescription(d.description());
                    o.setWebsite(d.website());
                    o.setCharityNumber(d.charityNumber());
                    o.setCompanyNumber(d.companyNumber());
                    o.setMembershipStatus(members ? MembershipStatus.MEMBER : MembershipStatus.LISTED);
                    if (members) o.setJoinedAt(now);
                    em.persist(o);
                    fresh.add(o);
                    remember(o);
                    report.add("organization", d.id(), d.name(), Outcome.ADDED, (members ? "joined as a member" : "listed for review, not a member")
                            + "; type set to " + o.getType().label() + ": check it");
                } else {
                    Map<String, Object> before = o.auditView();
                    if (d.description() != null) o.setDescription(d.description());
                    if (d.website() != null) o.setWebsite(d.website());
                    if (o.getCharityNumber() == null && d.charityNumber() != null) o.setCharityNumber(d.charityNumber());
                    if (o.getCompanyNumber() == null && d.companyNumber() != null) o.setCompanyNumber(d.companyNumber());
                    Map<String, Object> after = o.auditView();
                    String changes = AuditLog.changes(before, after);
                    if (before.equals(after)) {
                        report.add("organization", d.id(), d.name(), Outcome.UNCHANGED, "matched “" + o.getName() + "”");
                    } else {
                        o.touch(now);
                        report.add("organization", d.id(), d.name(), Outcome.UPDATED, "matched “" + o.getName() + "”: " + changes);
                        touchedOrgs.add(o.getId());
                    }
                }
                orgOf.put(d.id(), o);
            }
            em.flush(); // new organisations get their ids, which services need
            fresh.forEach(o -> touchedOrgs.add(o.getId()));
        }

        Organisation match(Dataset.Org d) {
            if (d.charityNumber() != null && byCharity.containsKey(d.charityNumber())) return byCharity.get(d.charityNumber());
            if (d.companyNumber() != null && byCompany.containsKey(d.companyNumber())) return byCompany.get(d.companyNumber());
            return byName.get(Organisation.nameKey(d.name()));
        }

        void remember(Organisation o) {
            if (o.getCharityNumber() != null) byCharity.putIfAbsent(o.getCharityNumber(), o);
            if (o.getCompanyNumber() != null) byCompany.putIfAbsent(o.getCompanyNumber(), o);
            byName.putIfAbsent(o.getNameKey(), o);
        }

        // ---- services --------------------------------------------------------------------------------------

        void services() {
            Map<String, Service> existing = existingServices();
            List<Service> changed = new ArrayList<>();
            int done = 0;
            for (Dataset.Svc d : dataset.services()) {
                if (++done % 100 == 0) progress.at(ImportProgress.Stage.SERVICES, done, dataset.services().size());
                List<String> problems = new ArrayList<>(ImportRules.service(d));
                Organisation o = d.organisationId() == null ? null : orgOf.get(d.organisationId());
                if (d.organisationId() != null && o == null) {
                    problems.add("its organization \"" + DatasetReader.shown(d.organisationId()) + "\" is not in the file or was rejected");
                }
                for (String l : d.locationIds()) {
                    if (!places.containsKey(l) && !rejectedPlaces.contains(l)) problems.add("its location \"" + DatasetReader.shown(l) + "\" is not in the file");
                }
                if (!problems.isEmpty()) {
                    report.add("service", d.id(), d.name(), Outcome.REJECTED, String.join("; ", problems));
                    continue;
                }
                String key = o.getId() + "|" + Organisation.nameKey(d.name());
                Service s = existing.get(key);
                boolean added = s == null;
                if (added) {
                    s = new Service(o.getId(), d.name(), now);
                    existing.put(key, s);
                }
                Map<String, Object> before = added ? Map.of() : view(s);
                fill(s, d);
                List<String> skipped = new ArrayList<>();
                for (String t : d.termIds()) {
                    TaxonomyTerm term = termOf.get(t);
                    if (term == null) skipped.add(t);
                    else s.tag(term);
                }
                for (String l : d.locationIds()) if (places.containsKey(l)) place(s, places.get(l));
                String note = skipped.isEmpty() ? "" : "; terms not in the file or rejected were left off: " + String.join(", ", skipped.stream().map(DatasetReader::shown).toList());
                if (added) {
                    em.persist(s);
                    report.add("service", d.id(), d.name(), Outcome.ADDED, "of “" + o.getName() + "”" + note);
                } else {
                    Map<String, Object> after = view(s);
                    String changes = AuditLog.changes(before, after);
                    if (before.equals(after)) {
                        report.add("service", d.id(), d.name(), Outcome.UNCHANGED, "matched a service of “" + o.getName() + "”" + note);
                        continue;
                    }
                    s.touch(now);
                    report.add("service", d.id(), d.name(), Outcome.UPDATED, "matched a service of “" + o.getName() + "”: " + changes + note);
                }
                changed.add(s);
                touchedOrgs.add(o.getId());
            }
            progress.at(ImportProgress.Stage.SAVING, 0, 0);
            em.flush(); // once: new services get their ids, which their index events need
            changed.forEach(s -> indexEvents.changed("service", s.getId().toString()));
        }

        /** The services of the organisations this file matched, by organisation and name: only they can match. */
        Map<String, Service> existingServices() {
            List<Long> orgIds = orgOf.values().stream().map(Organisation::getId).filter(Objects::nonNull).distinct().toList();
            Map<String, Service> existing = new HashMap<>();
            for (int i = 0; i < orgIds.size(); i += 500) {
                for (Service s : em.createQuery("select s from Service s where s.organisationId in :orgs", Service.class)
                        .setParameter("orgs", orgIds.subList(i, Math.min(orgIds.size(), i + 500)))
                        .setHint("eclipselink.batch", "s.terms").setHint("eclipselink.batch", "s.locations")
                        .setHint("eclipselink.batch.type", "IN").getResultList()) {
                    existing.putIfAbsent(s.getOrganisationId() + "|" + Organisation.nameKey(s.getName()), s);
                }
            }
            return existing;
        }

        void fill(Service s, Dataset.Svc d) {
            if (d.description() != null) s.setDescription(d.description());
            if (d.eligibility() != null) s.setEligibility(d.eligibility());
            if (d.howToRefer() != null) s.setHowToRefer(d.howToRefer());
            if (d.fees() != null) {
                boolean free = d.fees().strip().toLowerCase(Locale.ROOT).matches("free|none|no charge|£0(\\.00)?");
                s.setFree(free);
                s.setCostText(free ? null : d.fees());
            }
            if (d.minAge() != null || d.maxAge() != null) s.setAges(d.minAge(), d.maxAge());
            if (d.languages() != null) s.setLanguages(d.languages());
            if (d.openingTimes() != null) s.setOpeningTimes(d.openingTimes());
            if (d.status() != null) s.setStatus(ImportRules.status(d.status()));
        }

        void place(Service s, Dataset.Place p) {
            String address = p.address() != null ? p.address() : p.name();
            String key = Organisation.nameKey(Objects.toString(address, "")) + "|" + Postcodes.compact(p.postcode());
            ServiceLocation match = s.getLocations().stream().filter(l -> (Organisation.nameKey(Objects.toString(l.getAddress(), ""))
                    + "|" + Postcodes.compact(l.getPostcode())).equals(key)).findFirst().orElse(null);
            if (match == null) {
                match = new ServiceLocation(address, p.postcode() == null ? null : p.postcode().toUpperCase(Locale.ROOT));
                s.addLocation(match);
            }
            if (p.latitude() != null && p.longitude() != null
                    && (match.getLatitude() == null || match.getLatitude().compareTo(p.latitude()) != 0
                    || match.getLongitude().compareTo(p.longitude()) != 0)) {
                match.placeAt(p.latitude().setScale(6, java.math.RoundingMode.HALF_UP), p.longitude().setScale(6, java.math.RoundingMode.HALF_UP));
            }
        }

        Map<String, Object> view(Service s) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("description", s.getDescription());
            m.put("eligibility", s.getEligibility());
            m.put("howToRefer", s.getHowToRefer());
            m.put("cost", s.isFree() ? "free" : s.getCostText());
            m.put("ages", s.ageRange());
            m.put("languages", s.getLanguages());
            m.put("openingTimes", s.getOpeningTimes());
            m.put("status", s.getStatus());
            m.put("terms", s.getTerms().stream().map(TaxonomyTerm::getLabel).sorted().toList().toString());
            m.put("locations", s.getLocations().stream().map(l -> l.getAddress() + " " + l.getPostcode() + " " + l.getLatitude()
                    + "," + l.getLongitude()).toList().toString());
            return m;
        }
    }

    private static String key(String label) {
        return label == null ? "" : Organisation.nameKey(label);
    }
}
