package org.acorn.training.course;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** A course (or an event that is not training: a conference, a consultation) that has one or more runs. */
@Entity
@Table(name = "training_course")
public class Course {

    public enum Kind {
        TRAINING("Training"), EVENT("Event");
        private final String label;
        Kind(String label) { this.label = label; }
        public String getLabel() { return label; }
    }

    public enum Level {
        FOUNDATION("Foundation"), INTERMEDIATE("Intermediate"), ADVANCED("Advanced"), ALL("All levels");
        private final String label;
        Level(String label) { this.label = label; }
        public String getLabel() { return label; }
    }

    public enum Audience {
        TRUSTEES("Trustees"), MANAGERS("Managers"), FRONTLINE("Frontline staff"), VOLUNTEERS("Volunteers"),
        PARENTS("Parents"), YOUNG_PEOPLE("Young people");
        private final String label;
        Audience(String label) { this.label = label; }
        public String getLabel() { return label; }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 2000)
    private String summary;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Kind kind;

    @Column(nullable = false, length = 80)
    private String topic;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Level level;

    /** Audience names, comma separated (a handful of fixed values, filtered with LIKE). */
    @Column(nullable = false, length = 200)
    private String audiences;

    @Column(length = 160)
    private String funder;

    @Column(name = "cost_pence")
    private Integer costPence;

    @Column(nullable = false)
    private boolean accredited;

    /** How long attendance stays current (safeguarding: typically 36 months); null = does not lapse. */
    @Column(name = "valid_months")
    private Integer validMonths;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Course() { }

    public Course(String title, String summary, Kind kind, String topic, Level level, Set<Audience> audiences, Instant now) {
        this.title = title;
        this.summary = summary;
        this.kind = kind;
        this.topic = topic;
        this.level = level;
        setAudiences(audiences);
        this.createdAt = now;
    }

    public Long getId() { return id; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public Kind getKind() { return kind; }
    public void setKind(Kind kind) { this.kind = kind; }
    public String getTopic() { return topic; }
    public void setTopic(String topic) { this.topic = topic; }
    public Level getLevel() { return level; }
    public void setLevel(Level level) { this.level = level; }
    public String getFunder() { return funder; }
    public void setFunder(String funder) { this.funder = funder; }
    public Integer getCostPence() { return costPence; }
    public void setCostPence(Integer costPence) { this.costPence = costPence; }
    public boolean isAccredited() { return accredited; }
    public void setAccredited(boolean accredited) { this.accredited = accredited; }
    public Integer getValidMonths() { return validMonths; }
    public void setValidMonths(Integer validMonths) { this.validMonths = validMonths; }

    public Set<Audience> getAudienceSet() {
        if (audiences == null || audiences.isBlank()) return EnumSet.noneOf(Audience.class);
        return Arrays.stream(audiences.split(",")).map(Audience::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(Audience.class)));
    }

    public void setAudiences(Set<Audience> set) {
        this.audiences = set.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    public String getAudienceLabel() {
        return getAudienceSet().stream().map(Audience::getLabel).collect(Collectors.joining(", "));
    }

    public String getCostLabel() {
        if (costPence == null || costPence == 0) return "Free";
        return costPence % 100 == 0 ? "£" + costPence / 100 : String.format("£%d.%02d", costPence / 100, costPence % 100);
    }
}
