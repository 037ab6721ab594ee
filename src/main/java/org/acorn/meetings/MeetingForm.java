package org.acorn.meetings;

import java.io.Serializable;
import org.acorn.meetings.series.Cadence;

/**
 * What an organiser types for a meeting (or a new series of them). Dates and times are kept as typed, so the
 * service can answer "Enter the start time like 19:00" rather than a converter's message.
 */
public class MeetingForm implements Serializable {
    private static final long serialVersionUID = 1L;

    public String title;
    public MeetingKind kind = MeetingKind.NETWORK_MEETING;
    public String date;
    public String start = "10:00";
    public String end = "12:00";
    public String venueName;
    public String venueAddress;
    public String accessibility;
    public String onlineLink;
    public Long districtId;
    public Long bodyId;
    public String theme;
    /** The theme chosen from the directory's service types (required for a thematic meeting). */
    public Long themeTermId;
    public String organiserEmail;
    public String chairEmail;
    public String chairName;
    public String minuteTakerEmail;
    public String guests;
    public boolean openToPublic;
    /** For a new series only. */
    public Cadence cadence = Cadence.ONE_OFF;
    public Integer everyWeeks = 3;
    public Integer weekOfMonth = 1;
    public Integer count;

    public Long getThemeTermId() { return themeTermId; }
    public void setThemeTermId(Long v) { themeTermId = v; }
    public String getTitle() { return title; }
    public void setTitle(String v) { title = v; }
    public MeetingKind getKind() { return kind; }
    public void setKind(MeetingKind v) { kind = v; }
    public String getDate() { return date; }
    public void setDate(String v) { date = v; }
    public String getStart() { return start; }
    public void setStart(String v) { start = v; }
    public String getEnd() { return end; }
    public void setEnd(String v) { end = v; }
    public String getVenueName() { return venueName; }
    public void setVenueName(String v) { venueName = v; }
    public String getVenueAddress() { return venueAddress; }
    public void setVenueAddress(String v) { venueAddress = v; }
    public String getAccessibility() { return accessibility; }
    public void setAccessibility(String v) { accessibility = v; }
    public String getOnlineLink() { return onlineLink; }
    public void setOnlineLink(String v) { onlineLink = v; }
    public Long getDistrictId() { return districtId; }
    public void setDistrictId(Long v) { districtId = v; }
    public Long getBodyId() { return bodyId; }
    public void setBodyId(Long v) { bodyId = v; }
    public String getTheme() { return theme; }
    public void setTheme(String v) { theme = v; }
    public String getOrganiserEmail() { return organiserEmail; }
    public void setOrganiserEmail(String v) { organiserEmail = v; }
    public String getChairEmail() { return chairEmail; }
    public void setChairEmail(String v) { chairEmail = v; }
    public String getChairName() { return chairName; }
    public void setChairName(String v) { chairName = v; }
    public String getMinuteTakerEmail() { return minuteTakerEmail; }
    public void setMinuteTakerEmail(String v) { minuteTakerEmail = v; }
    public String getGuests() { return guests; }
    public void setGuests(String v) { guests = v; }
    public boolean isOpenToPublic() { return openToPublic; }
    public void setOpenToPublic(boolean v) { openToPublic = v; }
    public Cadence getCadence() { return cadence; }
    public void setCadence(Cadence v) { cadence = v; }
    public Integer getEveryWeeks() { return everyWeeks; }
    public void setEveryWeeks(Integer v) { everyWeeks = v; }
    public Integer getWeekOfMonth() { return weekOfMonth; }
    public void setWeekOfMonth(Integer v) { weekOfMonth = v; }
    public Integer getCount() { return count; }
    public void setCount(Integer v) { count = v; }
}
