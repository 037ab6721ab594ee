package org.acorn.training.course;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** What staff type for a course or event. Cost and validity are kept as typed so the service can explain a refusal. */
public class CourseForm implements Serializable {
    private static final long serialVersionUID = 1L;

    private String title;
    private String summary;
    private Course.Kind kind = Course.Kind.TRAINING;
    private String topic;
    private Course.Level level = Course.Level.FOUNDATION;
    private List<Course.Audience> audiences = new ArrayList<>();
    private String funder;
    private String cost;
    private boolean accredited;
    private String validMonths;

    /** The form filled in from a course, for editing. */
    public static CourseForm of(Course c) {
        CourseForm f = new CourseForm();
        f.title = c.getTitle();
        f.summary = c.getSummary();
        f.kind = c.getKind();
        f.topic = c.getTopic();
        f.level = c.getLevel();
        f.audiences = new ArrayList<>(c.getAudienceSet());
        f.funder = c.getFunder();
        f.cost = c.getCostPence() == null || c.getCostPence() == 0 ? null
                : new java.math.BigDecimal(c.getCostPence()).movePointLeft(2).stripTrailingZeros().toPlainString();
        f.accredited = c.isAccredited();
        f.validMonths = c.getValidMonths() == null ? null : String.valueOf(c.getValidMonths());
        return f;
    }

    public String getTitle() { return title; }
    public void setTitle(String v) { title = v; }
    public String getSummary() { return summary; }
    public void setSummary(String v) { summary = v; }
    public Course.Kind getKind() { return kind; }
    public void setKind(Course.Kind v) { kind = v; }
    public String getTopic() { return topic; }
    public void setTopic(String v) { topic = v; }
    public Course.Level getLevel() { return level; }
    public void setLevel(Course.Level v) { level = v; }
    public List<Course.Audience> getAudiences() { return audiences; }
    public void setAudiences(List<Course.Audience> v) { audiences = v == null ? new ArrayList<>() : v; }
    public String getFunder() { return funder; }
    public void setFunder(String v) { funder = v; }
    public String getCost() { return cost; }
    public void setCost(String v) { cost = v; }
    public boolean isAccredited() { return accredited; }
    public void setAccredited(boolean v) { accredited = v; }
    public String getValidMonths() { return validMonths; }
    public void setValidMonths(String v) { validMonths = v; }
}
