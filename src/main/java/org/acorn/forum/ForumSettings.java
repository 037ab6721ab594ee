package org.acorn.forum;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The forum's settings (acorn.forum.*; ACORN_FORUM_* in the environment), defaults in microprofile-config.properties. */
@Named("forumSettings")
@ApplicationScoped
public class ForumSettings {

    @Inject @ConfigProperty(name = "acorn.forum.post.max.chars") int maxChars;
    @Inject @ConfigProperty(name = "acorn.forum.delete.window.minutes") int deleteWindowMinutes;
    @Inject @ConfigProperty(name = "acorn.forum.first.post.approval") boolean firstPostApproval;
    @Inject @ConfigProperty(name = "acorn.forum.flags.to.hide") int flagsToHide;
    @Inject @ConfigProperty(name = "acorn.forum.code.of.conduct") String codeOfConduct;
    @Inject @ConfigProperty(name = "acorn.forum.weekly.digest.day") String weeklyDigestDay;
    @Inject @ConfigProperty(name = "acorn.forum.attachment.max.kb") int attachmentMaxKb;

    /** The largest file that may be attached to a post. */
    public long attachmentMaxBytes() { return attachmentMaxKb * 1024L; }
    public int getAttachmentMaxKb() { return attachmentMaxKb; }

    /** The longest post accepted, in characters. */
    public int maxChars() { return maxChars; }
    public Duration deleteWindow() { return Duration.ofMinutes(Math.max(0, deleteWindowMinutes)); }
    public int getDeleteWindowMinutes() { return deleteWindowMinutes; }
    public int getMaxChars() { return maxChars; }
    /** New people's first post waits for a moderator. */
    public boolean firstPostApproval() { return firstPostApproval; }
    public boolean isFirstPostApproval() { return firstPostApproval; }
    /** Flags from this many different people hide a post until a moderator looks (0: never automatically). */
    public int flagsToHide() { return flagsToHide; }
    /** The code of conduct, Markdown, shown at /forum/conduct.xhtml and linked from every form. */
    public String codeOfConduct() { return codeOfConduct; }
    public String getCodeOfConductHtml() { return ForumText.html(codeOfConduct.replace("\\n", "\n")); }
    public java.time.DayOfWeek weeklyDigestDay() {
        try {
            return java.time.DayOfWeek.valueOf(weeklyDigestDay.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return java.time.DayOfWeek.MONDAY;
        }
    }
}
