package org.acorn.governance.election;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** An election's title and timetable as staff type it (local times, Europe/London). */
public class ElectionForm implements Serializable {
    private static final long serialVersionUID = 1L;

    public String title;
    public String description;
    public LocalDateTime nominationsOpen;
    public LocalDateTime nominationsClose;
    public LocalDateTime votingOpen;
    public LocalDateTime votingClose;
    public LocalDate termStartsOn;

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public LocalDateTime getNominationsOpen() { return nominationsOpen; }
    public void setNominationsOpen(LocalDateTime v) { this.nominationsOpen = v; }
    public LocalDateTime getNominationsClose() { return nominationsClose; }
    public void setNominationsClose(LocalDateTime v) { this.nominationsClose = v; }
    public LocalDateTime getVotingOpen() { return votingOpen; }
    public void setVotingOpen(LocalDateTime v) { this.votingOpen = v; }
    public LocalDateTime getVotingClose() { return votingClose; }
    public void setVotingClose(LocalDateTime v) { this.votingClose = v; }
    public LocalDate getTermStartsOn() { return termStartsOn; }
    public void setTermStartsOn(LocalDate v) { this.termStartsOn = v; }
}
