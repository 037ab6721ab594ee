package org.acorn.demo;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.logging.Logger;
import org.acorn.directory.Organisation;
import org.acorn.directory.service.Service;
import org.acorn.forum.ForumDemoWriter;
import org.acorn.network.District;
import org.acorn.network.NetworkModel;
import org.acorn.network.NetworkProfile;
import org.acorn.platform.PlatformStartup.DatabaseReady;
import org.acorn.platform.account.Account;
import org.acorn.platform.config.Settings;
import org.acorn.platform.security.PasswordHasher;
import org.acorn.platform.security.Role;

/**
 * Lively demo forums for each network model, loaded once after the demo directory (and on an older demo
 * database the first time it starts with the forum): themes, each district's locality forum (Group model),
 * the management group or the consortium, a staff room and the public "ask the network" area, with people
 * from member organisations talking in them. All names are fictional. Runs after the search index is open (its
 * posts are indexed as they are written).
 */
@ApplicationScoped
public class ForumDemo {

    private static final Logger LOG = Logger.getLogger(ForumDemo.class.getName());

    @PersistenceContext(unitName = "acorn") EntityManager em;
    @Inject Settings settings;
    @Inject ForumDemoWriter writer;
    @Inject Clock clock;

    @Transactional
    void onReady(@Observes @Priority(700) DatabaseReady ready) {
        if ("none".equalsIgnoreCase(settings.demoProfile())) return;
        NetworkProfile profile = em.find(NetworkProfile.class, NetworkProfile.SINGLE_ID);
        if (profile == null || writer.hasCategories()) return;
        List<Account> demo = em.createQuery("select a from Account a where a.email like '%@example.org' order by a.id", Account.class)
                .getResultList();
        if (demo.isEmpty()) return;
        Instant now = clock.instant().minus(settings.clockOffset());
        Random random = new Random(profile.getModel().ordinal() * 31L + 5);
        List<Account> people = people(random, now);
        people.addAll(0, demo.stream().filter(a -> a.getOrganisationId() != null).toList());
        Account coordinator = demo.stream().filter(a -> a.hasRole(Role.COORDINATOR)).findFirst().orElse(demo.get(0));
        List<District> districts = em.createQuery("select d from District d order by d.sortOrder", District.class).getResultList();
        List<Service> services = em.createQuery("select s from Service s order by s.id", Service.class).setMaxResults(20).getResultList();
        ForumDemoWriter.Script script = new ForumDemoWriter.Script(random, now, people, coordinator, services);
        int topics = writer.write(profile.getModel(), districts, script);
        LOG.info(() -> "event=demo.forum.loaded topics=" + topics + " people=" + people.size());
    }

    /** A dozen more people from member organisations, so that the forum is not three people talking. */
    private List<Account> people(Random random, Instant now) {
        List<Organisation> orgs = em.createQuery("select o from Organisation o order by o.id", Organisation.class)
                .setMaxResults(60).getResultList();
        String hash = PasswordHasher.hash(DemoData.DEMO_PASSWORD.toCharArray());
        String[] names = {"Ann Foster", "Kofi Mensah", "Rosa Quinn", "Imran Iqbal", "Niamh Walsh", "Tara Singh",
                "Owen Davies", "Farah Hussain", "Helen Clarke", "Yusuf Khan", "Lucy Evans", "Gary Roberts"};
        List<Account> out = new ArrayList<>();
        for (int i = 0; i < names.length && orgs.size() > 2; i++) {
            String email = "forum" + (i + 1) + "@example.org";
            if (!em.createQuery("select a.id from Account a where a.email = :e", Long.class).setParameter("e", email)
                    .getResultList().isEmpty()) continue;
            Account a = new Account(email, names[i], now.minus(Duration.ofDays(60)));
            a.setPasswordHash(hash);
            a.markEmailVerified(now.minus(Duration.ofDays(60)));
            a.setOrganisationId(orgs.get(2 + (i * 7 + random.nextInt(3)) % (orgs.size() - 2)).getId());
            a.grant(Role.MEMBER);
            em.persist(a);
            out.add(a);
        }
        em.flush();
        return out;
    }

    static boolean hasDistrictForums(NetworkModel model) { return model == NetworkModel.GROUP; }
}
