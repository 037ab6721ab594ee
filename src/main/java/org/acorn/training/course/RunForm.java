package org.acorn.training.course;

import java.io.Serializable;

/**
 * What staff type for a run, or for a roadshow: the same course, times, capacity and trainer at more venues, one
 * per line of {@code moreVenues} as "date | venue | address".
 */
public class RunForm implements Serializable {
    private static final long serialVersionUID = 1L;

    private Long courseId;
    private String date;
    private String start = "10:00";
    private String end = "13:00";
    private String venueName;
    private String venueAddress;
    private String onlineLink;
    private Long districtId;
    private String capacity = "20";
    private String trainerName;
    private String trainerEmail;
    private String deadline;
    private String joining;
    private String roadshow;
    private String moreVenues;
    /** The run's version when an edit form was opened: a second editor's save is refused, not silently merged. */
    private long version;

    public Long getCourseId() { return courseId; }
    public void setCourseId(Long v) { courseId = v; }
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
    public String getOnlineLink() { return onlineLink; }
    public void setOnlineLink(String v) { onlineLink = v; }
    public Long getDistrictId() { return districtId; }
    public void setDistrictId(Long v) { districtId = v; }
    public String getCapacity() { return capacity; }
    public void setCapacity(String v) { capacity = v; }
    public String getTrainerName() { return trainerName; }
    public void setTrainerName(String v) { trainerName = v; }
    public String getTrainerEmail() { return trainerEmail; }
    public void setTrainerEmail(String v) { trainerEmail = v; }
    public String getDeadline() { return deadline; }
    public void setDeadline(String v) { deadline = v; }
    public String getJoining() { return joining; }
    public void setJoining(String v) { joining = v; }
    public String getRoadshow() { return roadshow; }
    public void setRoadshow(String v) { roadshow = v; }
    public String getMoreVenues() { return moreVenues; }
    public void setMoreVenues(String v) { moreVenues = v; }
    public long getVersion() { return version; }
    public void setVersion(long v) { version = v; }
}
