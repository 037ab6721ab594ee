package org.acorn.platform.cards;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Links to record pages in people's writing, and the cards they show: every feature's {@link RecordCards} at once. */
@ApplicationScoped
public class LinkedRecords {

    @Inject @Any Instance<RecordCards> sources;
    private volatile Links links;

    /** References to the records the text links to ("o12,s40"), at most {@code max}, or null. Stored with the text. */
    public String refs(String text, int max) {
        return links().refs(text, max);
    }

    /** Cards for stored references that this reader may see, by reference; one call per kind of record. */
    public Map<String, RecordCard> cards(Collection<String> refs, RecordCards.Reader reader) {
        Map<String, RecordCard> out = new HashMap<>();
        Map<String, java.util.Set<Long>> byCode = Links.byCode(refs);
        if (byCode.isEmpty()) return out;
        for (RecordCards source : sources) {
            java.util.Set<Long> ids = byCode.get(source.code());
            if (ids != null) source.cards(ids, reader).forEach((id, card) -> out.put(source.code() + id, card));
        }
        return out;
    }

    private Links links() {
        if (links == null) links = new Links(List.copyOf(sources.stream().toList()));
        return links;
    }
}
