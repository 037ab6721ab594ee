package org.acorn.governance.election;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.acorn.governance.Checks;

/** The rules a timetable must keep: stages in order, nominations before voting, each stage at most a year. */
public final class Timetable {

    private Timetable() { }

    public static void check(Checks c, Instant nomOpen, Instant nomClose, Instant voteOpen, Instant voteClose,
                             LocalDate termStarts) {
        c.require("nominationsOpen", nomOpen, "Enter when nominations open.");
        c.require("nominationsClose", nomClose, "Enter when nominations close.");
        c.require("votingOpen", voteOpen, "Enter when voting opens.");
        c.require("votingClose", voteClose, "Enter when voting closes.");
        c.require("termStartsOn", termStarts, "Enter the day the new terms start.");
        if (nomOpen == null || nomClose == null || voteOpen == null || voteClose == null) return;
        c.check(nomClose.isAfter(nomOpen), "nominationsClose", "Nominations must close after they open.");
        c.check(!voteOpen.isBefore(nomClose), "votingOpen", "Voting cannot open before nominations close.");
        c.check(voteClose.isAfter(voteOpen), "votingClose", "Voting must close after it opens.");
        c.check(Duration.between(nomOpen, voteClose).toDays() <= 366, "votingClose",
                "The whole election must take no more than a year.");
    }
}
