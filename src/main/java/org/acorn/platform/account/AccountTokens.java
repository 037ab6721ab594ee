package org.acorn.platform.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.acorn.platform.security.Tokens;

/** Issues and looks up the one-time links of {@link AccountToken}: only the hash is stored. */
@ApplicationScoped
public class AccountTokens {

    /** What a link from an email is worth now. */
    public enum State { USABLE, USED, EXPIRED, UNKNOWN }

    /** A token found by its link, with its state; {@code token} is null when UNKNOWN. */
    public record Lookup(State state, AccountToken token) { }

    @PersistenceContext(unitName = "acorn") EntityManager em;
    @Inject Clock clock;

    /** A new token for the account; returns the raw value, which goes only into the emailed link. */
    @Transactional(Transactional.TxType.MANDATORY)
    public String issue(Long accountId, AccountToken.Purpose purpose, Duration life) {
        String raw = Tokens.newToken();
        Instant now = clock.instant();
        em.persist(new AccountToken(accountId, purpose, Tokens.hash(raw), now, now.plus(life)));
        return raw;
    }

    /** Malformed tokens, unknown tokens and tokens for another purpose are all UNKNOWN. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Lookup find(String raw, AccountToken.Purpose purpose) {
        if (!Tokens.looksValid(raw)) return new Lookup(State.UNKNOWN, null);
        AccountToken token = em.createQuery("select t from AccountToken t where t.tokenHash = :h", AccountToken.class)
                .setParameter("h", Tokens.hash(raw)).getResultStream().findFirst().orElse(null);
        if (token == null || token.getPurpose() != purpose) return new Lookup(State.UNKNOWN, null);
        return new Lookup(stateOf(token, clock.instant()), token);
    }

    /** A used link says so even after it would have expired: "already used" is the more useful answer. */
    static State stateOf(AccountToken token, Instant now) {
        if (token.getUsedAt() != null) return State.USED;
        if (!token.usableAt(now)) return State.EXPIRED;
        return State.USABLE;
    }

    /** Spends every unused token of that purpose for the account (after a reset, the other reset links die). */
    @Transactional(Transactional.TxType.MANDATORY)
    public int spendAll(Long accountId, AccountToken.Purpose purpose) {
        Instant now = clock.instant();
        var unused = em.createQuery("select t from AccountToken t where t.accountId = :a and t.purpose = :p"
                        + " and t.usedAt is null", AccountToken.class)
                .setParameter("a", accountId).setParameter("p", purpose).getResultList();
        unused.forEach(t -> t.spend(now));
        return unused.size();
    }
}
