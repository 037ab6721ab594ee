package org.acorn.training.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.acorn.network.District;
import org.acorn.platform.web.Faces;
import org.acorn.training.booking.Bookings;
import org.acorn.training.course.Course;
import org.acorn.training.course.Courses;

/**
 * Backs the public training calendar /training/index.xhtml: coming runs filtered by topic, level, audience, district
 * and time of day, all by GET parameters (a filter is a link you can share, and works without scripts). Unknown
 * filter values are ignored rather than refused.
 */
@Named
@RequestScoped
public class TrainingCalendar {

    @Inject Courses courses;
    @Inject Bookings bookings;

    private String topic;
    private String level;
    private String audience;
    private String district;
    private String time;
    private String kind;
    private List<Courses.Listing> listings;

    public void load() {
        Courses.Filter f = new Courses.Filter(topic == null || topic.length() > 80 ? null : topic, parse(Course.Level.class, level),
                parse(Course.Audience.class, audience), Faces.id(district), time, parse(Course.Kind.class, kind));
        listings = courses.upcoming(f);
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null || value.isBlank()) return null;
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(value)) return e;
        }
        return null;
    }

    public long waiting(Long runId) { return bookings.waitingCount(runId); }

    public List<Courses.Listing> getListings() { return listings; }
    public List<String> getTopics() { return courses.topics(); }
    public List<District> getDistricts() { return courses.districts(); }
    public Course.Level[] getLevels() { return Course.Level.values(); }
    public Course.Audience[] getAudiences() { return Course.Audience.values(); }
    public Course.Kind[] getKinds() { return Course.Kind.values(); }

    public String getTopic() { return topic; }
    public void setTopic(String v) { topic = v; }
    public String getLevel() { return level; }
    public void setLevel(String v) { level = v; }
    public String getAudience() { return audience; }
    public void setAudience(String v) { audience = v; }
    public String getDistrict() { return district; }
    public void setDistrict(String v) { district = v; }
    public String getTime() { return time; }
    public void setTime(String v) { time = v; }
    public String getKind() { return kind; }
    public void setKind(String v) { kind = v; }
}
