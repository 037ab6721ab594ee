package org.acorn.updates;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Tags come from the directory, not a list of our own: districts, the Every Child Matters outcomes and the
 * themes (the top level of the service-type taxonomy). A tag is stored as "district-3" or "term-12".
 */
@ApplicationScoped
public class UpdateTags {

    static final int MAX_TAGS = 12;

    /** One tag someone may choose, with its group ("District", "ECM outcome", "Theme"). */
    public static final class Tag implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String key;
        private final String label;
        private final String group;

        Tag(String key, String label, String group) {
            this.key = key;
            this.label = label;
            this.group = group;
        }

        public String getKey() { return key; }
        public String getLabel() { return label; }
        public String getGroup() { return group; }
    }

    @PersistenceContext(unitName = "acorn") EntityManager em;

    /** Every tag, grouped in order: themes, ECM outcomes, districts. */
    @Transactional
    public List<Tag> all() {
        List<Tag> out = new ArrayList<>();
        terms("service_type", "Theme", out);
        terms("ecm", "ECM outcome", out);
        for (Object r : em.createNativeQuery("select id, name from district order by sort_order, id").getResultList()) {
            Object[] row = (Object[]) r;
            out.add(new Tag("district-" + ((Number) row[0]).longValue(), (String) row[1], "District"));
        }
        return out;
    }

    private void terms(String taxonomy, String group, List<Tag> out) {
        for (Object r : em.createNativeQuery("select t.id, t.label from taxonomy_term t join taxonomy x on x.id = t.taxonomy_id"
                + " where x.code = ? and t.parent_id is null and t.retired_at is null order by t.sort_order, t.id")
                .setParameter(1, taxonomy).getResultList()) {
            Object[] row = (Object[]) r;
            out.add(new Tag("term-" + ((Number) row[0]).longValue(), (String) row[1], group));
        }
    }

    /** Labels by key, for showing an update's tags. */
    @Transactional
    public Map<String, String> labels() {
        Map<String, String> out = new LinkedHashMap<>();
        all().forEach(t -> out.put(t.getKey(), t.getLabel()));
        return out;
    }

    /** The chosen tags, every one known; refuses anything else (a tampered form). */
    @Transactional
    public Set<String> checked(Collection<String> chosen) {
        Set<String> out = new LinkedHashSet<>();
        if (chosen == null || chosen.isEmpty()) return out;
        Map<String, String> known = labels();
        for (String c : chosen) {
            if (c == null || c.isBlank()) continue;
            if (!known.containsKey(c)) throw new UpdateRefused("tags", "One of the tags is not known. Choose from the list.");
            out.add(c);
        }
        if (out.size() > MAX_TAGS) throw new UpdateRefused("tags", "Choose up to " + MAX_TAGS + " tags.");
        return out;
    }

    /** Whether a tag key is of a shape we store (for page parameters). */
    public static boolean wellFormed(String tag) {
        return tag != null && tag.matches("(district|term)-\\d{1,18}");
    }
}
