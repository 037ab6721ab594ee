package org.acorn.bulletins.audience;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns the people an audience query found into the email list, the print list and the call list: one entry per
 * address (the first found wins), nobody who chose "nothing" for the topic, no address a mail server refused for
 * good. People whose organisation asked for post go on the print list, for a phone call on the call list, and
 * are not emailed, unless they chose the topic themselves (then they get the email as well).
 */
public final class AudienceRules {

    /** The outcome: who gets an email, who is posted it, who is rung, and how many were left out and why. */
    public record Lists(List<Recipient> email, List<Recipient> post, List<Recipient> phone, int optedOut, int refused, int duplicates) { }

    private AudienceRules() { }

    /** @param chosen accounts that chose the topic themselves (an explicit choice other than "nothing") */
    public static Lists apply(Collection<Recipient> found, Set<Long> optedOutAccounts, Set<Long> chosen, Set<String> refusedAddresses) {
        Map<String, Recipient> byAddress = new LinkedHashMap<>();
        Map<String, Recipient> post = new LinkedHashMap<>();
        Map<String, Recipient> phone = new LinkedHashMap<>();
        int optedOut = 0;
        int refused = 0;
        int duplicates = 0;
        for (Recipient r : found) {
            if (r.accountId() != null && optedOutAccounts.contains(r.accountId())) {
                optedOut++;
                continue;
            }
            boolean personal = r.personal() || (r.accountId() != null && chosen.contains(r.accountId()));
            if (r.byPost()) post.putIfAbsent(r.key(), r);
            if (r.byPhone()) phone.putIfAbsent(r.key(), r);
            if ((r.byPost() || r.byPhone()) && !personal) continue;
            if (r.key().isEmpty() || refusedAddresses.contains(r.key())) {
                refused++;
                continue;
            }
            if (byAddress.putIfAbsent(r.key(), r) != null) duplicates++;
        }
        return new Lists(List.copyOf(byAddress.values()), new ArrayList<>(post.values()), new ArrayList<>(phone.values()),
                optedOut, refused, duplicates);
    }
}
