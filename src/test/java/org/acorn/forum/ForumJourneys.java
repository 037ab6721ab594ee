package org.acorn.forum;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import org.acorn.testing.Browser;
import org.acorn.testing.Demo;
import org.acorn.testing.TestMail;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The forum in headless Chromium, with an axe-core check on every page: a member starts a topic in their
 * district's locality forum, a colleague replies and mentions them, the email's link brings the first member
 * straight to the reply; someone flags a post and a co-ordinator hides it from the moderation queue.
 *
 * Run by {@link ForumChecks} on its deployment (tagged "browser", so the MariaDB layer leaves them out).
 */
final class ForumJourneys {

    private final URL base;
    private final TestMail mail;

    ForumJourneys(URL base, TestMail mail) {
        this.base = base;
        this.mail = mail;
    }

    void aMemberStartsATopicIsMentionedInAReplyFollowsTheEmailAndAModeratorHidesAFlaggedPost() {
        String title = "Evening venue for the locality forum";
        String topicUrl;
        try (Browser dee = signIn(Demo.MEMBER)) {
            dee.clickLink("Forum");
            assertThat(dee.heading()).isEqualTo("Forum");
            WebElement locality = dee.driver().findElements(By.cssSelector("#categories tr.category")).stream()
                    .filter(row -> row.findElement(By.cssSelector("td.audience")).getText().startsWith("Members in"))
                    .findFirst().orElseThrow().findElement(By.cssSelector("a.category-name"));
            String forumName = locality.getText();
            locality.click();
            dee.checkAccessibility();
            assertThat(dee.heading()).isEqualTo(forumName);
            dee.click("new-topic").type("topic:title", title)
                    .type("topic:body", "Could anyone host our next meeting on a **weekday evening**? Several members work days.")
                    .click("topic:submit");
            assertThat(dee.heading()).isEqualTo(title);
            assertThat(dee.text()).contains("Your topic is posted", "weekday evening");
            topicUrl = dee.driver().getCurrentUrl();

            try (Browser chris = signIn(Demo.ORG_ADMIN)) {
                chris.open(topicUrl.substring(topicUrl.indexOf("/forum/")));
                chris.type("reply:body", "Yes @Dee-Wright: our community room is free on Tuesdays, with parking.")
                        .click("reply:submit");
                assertThat(chris.text()).contains("Your reply is posted", "our community room is free");
            }

            TestMail.Received mention = mail.await(Demo.MEMBER, "mentioned you: Re: " + title);
            assertThat(mention.body()).contains("our community room is free");
            assertThat(mention.absoluteLink("/forum/topic.xhtml")).endsWith("#post-2");
            dee.open("/forum/index.xhtml"); // as from the mail program: a fresh load, not a jump within the open page
            dee.open(mention.absoluteLinkOn(base, "/forum/topic.xhtml") + "#post-2");
            assertThat(dee.heading()).isEqualTo(title);
            WebElement reply = dee.driver().findElement(By.id("post-2"));
            assertThat(reply.getText()).contains("Chris Lee", "our community room is free on Tuesdays");
            assertThat(dee.driver().getCurrentUrl()).endsWith("#post-2");

            // Dee flags the reply (say it was out of place); the co-ordinator hides it from the queue
            dee.clickCss("#post-2 a.flag");
            dee.checkCss("input[value='OFF_TOPIC']").type("flag:note", "Wrong thread").click("flag:submit");
            assertThat(dee.text()).contains("A moderator will look at the post");
        }

        try (Browser sam = signIn(Demo.COORDINATOR)) {
            sam.clickLink("Forum");
            sam.clickCss("#queue-link");
            assertThat(sam.heading()).isEqualTo("Moderation");
            assertThat(sam.text()).contains(title, "Off topic: Wrong thread");
            sam.type("queue:reason", "Moved to the venues thread").clickCss("li.queue-item input[value='Hide post']");
            assertThat(sam.text()).contains("The post is hidden.", "post.hidden");
        }
        try (Browser kofi = signIn("forum1@example.org")) {
            kofi.open(topicUrl.substring(topicUrl.indexOf("/forum/")));
            if (kofi.heading().equals(title)) {
                assertThat(kofi.driver().findElement(By.id("post-2")).getText())
                        .contains("hidden by a moderator").doesNotContain("community room");
            }
        }
    }

    private Browser signIn(String email) {
        Browser b = Browser.start(base);
        b.open("/account/login.xhtml").type("login:email", email).type("login:password", Demo.PASSWORD).click("login:submit");
        return b;
    }
}
