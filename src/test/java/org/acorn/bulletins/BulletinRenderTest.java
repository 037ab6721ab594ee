package org.acorn.bulletins;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class BulletinRenderTest {

    static BulletinRender.Content content(String intro, List<BulletinRender.Section> sections) {
        return new BulletinRender.Content("Northshire VoiCeS", "Weekly email update", "<p>" + intro + "</p>", intro, sections,
                "https://acorn.example/bulletins/bulletin.xhtml?id=4", "https://acorn.example/bulletins/emails.xhtml");
    }

    @Test
    void sectionsAndItemsInOrderInHtmlAndPlainTextWithThePersonsOwnNameAndStopLink() {
        BulletinRender.Frozen f = BulletinRender.render(content("Hello all", List.of(
                new BulletinRender.Section("LSCB updates", List.of(new BulletinRender.Item("Threshold document", "Revised levels", "https://a/1"))),
                new BulletinRender.Section("Empty", List.of()),
                new BulletinRender.Section("Report-backs", List.of(new BulletinRender.Item("Trust board", "Decisions", "https://a/2"))))));
        BulletinRender.Frozen mine = BulletinRender.personalise(f, "Dee Wright", "https://acorn.example/updates/unsubscribe?t=abc");
        assertThat(mine.subject()).isEqualTo("[Northshire VoiCeS] Weekly email update");
        assertThat(mine.text()).contains("Dear Dee Wright,", "Hello all", "== LSCB updates ==", "* Threshold document", "https://a/1",
                "Unsubscribe from bulletins: https://acorn.example/updates/unsubscribe?t=abc").doesNotContain("Empty");
        assertThat(mine.text().indexOf("LSCB updates")).isLessThan(mine.text().indexOf("Report-backs"));
        assertThat(mine.html()).contains("<h2>LSCB updates</h2>", "Dear Dee Wright,", "href=\"https://acorn.example/updates/unsubscribe?t=abc\"")
                .doesNotContain("\u0001");
    }

    @Test
    void hostileTitlesNamesAndSummariesAreEscapedAndCannotForgeTheMarkers() {
        BulletinRender.Frozen f = BulletinRender.render(content("", List.of(new BulletinRender.Section("<script>alert(1)</script>",
                List.of(new BulletinRender.Item("<img src=x onerror=alert(1)>", "\u0001ACORN-STOP\u0001 \"quoted\"", "https://a/\"><script>"))))));
        BulletinRender.Frozen mine = BulletinRender.personalise(f, "<b>Eve</b>\r\nBcc: x@y", "https://stop");
        assertThat(mine.html()).doesNotContain("<script>", "<img", "<b>Eve").contains("&lt;script&gt;", "&lt;b&gt;Eve&lt;/b&gt;");
        assertThat(mine.html()).containsOnlyOnce("https://stop");
        assertThat(mine.text()).doesNotContain("\r\nBcc");
    }

    @Test
    void aBulletinWithNoIntroductionAndNoItemsIsEmpty() {
        assertThat(BulletinRender.isEmpty(content(" ", List.of(new BulletinRender.Section("A", List.of()))))).isTrue();
        assertThat(BulletinRender.isEmpty(content("Hello", List.of()))).isFalse();
    }

    @Test
    void thePreviewsBodyIsTheEmailsBody() {
        BulletinRender.Frozen f = BulletinRender.personalise(BulletinRender.render(content("Hi", List.of())), "A", "https://s");
        assertThat(BulletinRender.bodyOf(f.html())).startsWith("\n<p style").endsWith("</p>\n").doesNotContain("<body");
    }

    @Test
    void thePaceSpacesMessagesAndSavesNoBurstFromIdleTime() {
        AtomicLong now = new AtomicLong(0);
        SendPace pace = new SendPace(now::get);
        assertThat(pace.reserve(10)).isZero();
        assertThat(pace.reserve(10)).isEqualTo(100_000_000L);
        assertThat(pace.reserve(10)).isEqualTo(200_000_000L);
        now.set(10_000_000_000L);
        assertThat(pace.reserve(10)).isZero();
        assertThat(pace.reserve(0)).isZero();
    }

    @Test
    void theClusterRateIsSlotsOfTimeEachHoldingSoManyMessages() {
        assertThat(SendRate.of(20)).isEqualTo(new SendRate(1000, 20));
        assertThat(SendRate.of(2.5)).isEqualTo(new SendRate(1000, 2));
        assertThat(SendRate.of(0.5)).isEqualTo(new SendRate(2000, 1));
        assertThat(SendRate.of(0).unlimited()).isTrue();
        assertThat(SendRate.of(-3).unlimited()).isTrue();
        assertThat(SendRate.of(20).slotOf(12_345L)).isEqualTo(12_000L);
        assertThat(SendRate.of(0.5).slotOf(12_345L)).isEqualTo(12_000L);
        assertThat(SendRate.of(0.5).slotOf(13_999L)).isEqualTo(12_000L);
        assertThat(SendRate.of(0.5).slotOf(14_000L)).isEqualTo(14_000L);
    }
}
