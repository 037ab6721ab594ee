package org.acorn.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.acorn.platform.account.OrganisationNames;

/** Queries over member organisations. Changes go through the services that own the rules. */
@ApplicationScoped
public class Organisations implements OrganisationNames {

    @PersistenceContext(unitName = "acorn") EntityManager em;

    @Transactional
    public Optional<Organisation> find(Long id) {
        return Optional.ofNullable(id == null ? null : em.find(Organisation.class, id));
    }

    @Override
    @Transactional
    public Optional<String> nameOf(Long organisationId) {
        return find(organisationId).map(Organisation::getName);
    }

    @Transactional
    public List<Organisation> newestMembers(int limit) {
        return em.createQuery("select o from Organisation o where o.membershipStatus = :m and o.joinedAt is not null"
                        + " order by o.joinedAt desc, o.id desc", Organisation.class)
                .setParameter("m", MembershipStatus.MEMBER).setMaxResults(limit).getResultList();
    }

    @Transactional
    public List<Organisation> members() {
        return em.createQuery("select o from Organisation o where o.membershipStatus = :m order by o.nameKey",
                Organisation.class).setParameter("m", MembershipStatus.MEMBER).getResultList();
    }

    @Transactional
    public long memberCount() {
        return em.createQuery("select count(o) from Organisation o where o.membershipStatus = :m", Long.class)
                .setParameter("m", MembershipStatus.MEMBER).getSingleResult();
    }

    @Transactional
    public long smallMemberCount(int thresholdPounds) {
        List<IncomeBand> small = Arrays.stream(IncomeBand.values()).filter(b -> b.isSmall(thresholdPounds)).toList();
        if (small.isEmpty()) return 0;
        return em.createQuery("select count(o) from Organisation o where o.membershipStatus = :m"
                        + " and o.incomeBand in :bands", Long.class)
                .setParameter("m", MembershipStatus.MEMBER).setParameter("bands", small).getSingleResult();
    }

    /** For staff search and lists: name contains the text (case-insensitive), at most {@code limit}. */
    @Transactional
    public List<Organisation> search(String text, int limit) {
        String key = Organisation.nameKey(text == null ? "" : text);
        return em.createQuery("select o from Organisation o where o.nameKey like :k order by o.nameKey", Organisation.class)
                .setParameter("k", "%" + key.replace("%", "").replace("_", "") + "%")
                .setMaxResults(limit).getResultList();
    }

    @Transactional
    public boolean nameTaken(String name, Long exceptId) {
        return !em.createQuery("select o.id from Organisation o where o.nameKey = :k and (:id is null or o.id <> :id)", Long.class)
                .setParameter("k", Organisation.nameKey(name)).setParameter("id", exceptId).getResultList().isEmpty();
    }

    @Transactional
    public boolean charityNumberTaken(String charityNumber, Long exceptId) {
        if (charityNumber == null || charityNumber.isBlank()) return false;
        return !em.createQuery("select o.id from Organisation o where o.charityNumber = :c and (:id is null or o.id <> :id)", Long.class)
                .setParameter("c", charityNumber).setParameter("id", exceptId).getResultList().isEmpty();
    }
}
