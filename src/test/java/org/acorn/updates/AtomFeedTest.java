package org.acorn.updates;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.acorn.updates.feed.AtomFeed;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class AtomFeedTest {

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aFeedHasTheElementsAtomRequiresAndEscapesWhatMembersWrote() throws Exception {
        Instant t = Instant.parse("2026-12-01T10:15:30.123Z");
        String xml = AtomFeed.write("https://x/updates/feed?kind=lscb", "Net: LSCB updates", "https://x/updates/feed?kind=lscb",
                "https://x/updates/index.xhtml?kind=lscb", "Net", List.of(new AtomFeed.Entry("https://x/u?id=1",
                        "Tom & Jerry <script>", "https://x/u?id=1", t, t, "Jo \"the\" manager", "LSCB update",
                        "<p>Hello <strong>all</strong></p>\u0000")), t);
        Document d = parse(xml);
        Element feed = d.getDocumentElement();
        assertThat(feed.getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
        assertThat(feed.getLocalName()).isEqualTo("feed");
        for (String required : List.of("id", "title", "updated", "author", "link")) {
            assertThat(feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", required).getLength()).as(required).isPositive();
        }
        Element entry = (Element) feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry").item(0);
        assertThat(entry.getElementsByTagNameNS("*", "title").item(0).getTextContent()).isEqualTo("Tom & Jerry <script>");
        assertThat(entry.getElementsByTagNameNS("*", "content").item(0).getTextContent()).isEqualTo("<p>Hello <strong>all</strong></p>");
        assertThat(entry.getElementsByTagNameNS("*", "updated").item(0).getTextContent()).isEqualTo("2026-12-01T10:15:30Z");
    }

    @Test
    void anEmptyFeedIsStillValidWithItsOwnUpdatedTime() throws Exception {
        Instant t = Instant.parse("2026-12-01T00:00:00Z");
        Document d = parse(AtomFeed.write("id", "t", "s", "p", "a", List.of(), t));
        assertThat(d.getElementsByTagNameNS("*", "updated").item(0).getTextContent()).isEqualTo("2026-12-01T00:00:00Z");
        assertThat(d.getElementsByTagNameNS("*", "entry").getLength()).isZero();
    }

    @Test
    void kindsHaveStableSlugsForPagesAndFeeds() {
        for (UpdateKind k : UpdateKind.values()) assertThat(UpdateKind.bySlug(k.getSlug())).contains(k);
        assertThat(UpdateKind.bySlug("../etc")).isEmpty();
        assertThat(UpdateKind.bySlug(null)).isEmpty();
        assertThat(UpdateTags.wellFormed("district-3")).isTrue();
        assertThat(UpdateTags.wellFormed("term-1; drop")).isFalse();
    }
}
