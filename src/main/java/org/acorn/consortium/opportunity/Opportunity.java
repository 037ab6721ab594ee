package org.acorn.consortium.opportunity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A tender or funding opportunity the consortium may bid for on its members' behalf. Its themes, target groups and
 * districts (ids of directory terms and districts) say which members it suits, for alerts.
 */
@Entity
@Table(name = "consortium_opportunity")
public class Opportunity {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.UK).withZone(LONDON);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.UK);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 200)
    private String commissioner;

    @Column(nullable = false, length = 8000)
    private String description;

    @Column(name = "value_pence", nullable = false)
    private long valuePence;

    @Enumerated(EnumType.STRING)
    @Column(name = "contract_model", nullable = false, length = 20)
    private ContractModel contractModel;

    @Column(name = "interest_deadline", nullable = false)
    private Instant interestDeadline;

    @Column(name = "clarification_deadline")
    private LocalDate clarificationDeadline;

    @Column(name = "submission_deadline", nullable = false)
    private Instant submissionDeadline;

    @Column(name = "award_date")
    private LocalDate awardDate;

    @Column(name = "start_date")
    private LocalDate startDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Stage stage = Stage.OPEN;

    @Column(name = "theme_ids", length = 400)
    private String themeIds;

    @Column(name = "target_group_ids", length = 400)
    private String targetGroupIds;

    @Column(name = "district_ids", length = 400)
    private String districtIds;

    @Column(name = "created_by")
    private Long createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Opportunity() { }

    public Opportunity(String title, String commissioner, String description, long valuePence, ContractModel model,
                       Instant interestDeadline, Instant submissionDeadline, Long createdBy, Instant now) {
        this.title = title;
        this.commissioner = commissioner;
        this.description = description;
        this.valuePence = valuePence;
        this.contractModel = model;
        this.interestDeadline = interestDeadline;
        this.submissionDeadline = submissionDeadline;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    static String ids(Set<Long> ids) {
        return ids == null || ids.isEmpty() ? null : ids.stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
    }

    static Set<Long> ids(String text) {
        if (text == null || text.isBlank()) return Set.of();
        return Arrays.stream(text.split(",")).map(String::strip).filter(s -> s.matches("\\d{1,18}")).map(Long::valueOf)
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    /** An officer's edit after posting (checked by {@link Opportunities#edit}). */
    void revise(String title, String commissioner, String description, long valuePence, ContractModel model,
                Instant interestDeadline, Instant submissionDeadline) {
        this.title = title;
        this.commissioner = commissioner;
        this.description = description;
        this.valuePence = valuePence;
        this.contractModel = model;
        this.interestDeadline = interestDeadline;
        this.submissionDeadline = submissionDeadline;
    }

    public boolean interestOpen(Instant now) { return stage == Stage.OPEN && now.isBefore(interestDeadline); }

    public Long getId() { return id; }
    public String getTitle() { return title; }
    public String getCommissioner() { return commissioner; }
    public String getDescription() { return description; }
    public long getValuePence() { return valuePence; }
    public String getValueLabel() { return Money.label(valuePence); }
    public ContractModel getContractModel() { return contractModel; }
    public Instant getInterestDeadline() { return interestDeadline; }
    public String getInterestDeadlineLabel() { return WHEN.format(interestDeadline); }
    public LocalDate getClarificationDeadline() { return clarificationDeadline; }
    public void setClarificationDeadline(LocalDate d) { this.clarificationDeadline = d; }
    public String getClarificationDeadlineLabel() { return clarificationDeadline == null ? "" : DAY.format(clarificationDeadline); }
    public Instant getSubmissionDeadline() { return submissionDeadline; }
    public String getSubmissionDeadlineLabel() { return WHEN.format(submissionDeadline); }
    public LocalDate getAwardDate() { return awardDate; }
    public void setAwardDate(LocalDate d) { this.awardDate = d; }
    public String getAwardDateLabel() { return awardDate == null ? "" : DAY.format(awardDate); }
    public LocalDate getStartDate() { return startDate; }
    public void setStartDate(LocalDate d) { this.startDate = d; }
    public String getStartDateLabel() { return startDate == null ? "" : DAY.format(startDate); }
    public Stage getStage() { return stage; }
    public void setStage(Stage stage) { this.stage = stage; }
    public Set<Long> getThemeIdSet() { return ids(themeIds); }
    public void setThemeIdSet(Set<Long> v) { this.themeIds = ids(v); }
    public Set<Long> getTargetGroupIdSet() { return ids(targetGroupIds); }
    public void setTargetGroupIdSet(Set<Long> v) { this.targetGroupIds = ids(v); }
    public Set<Long> getDistrictIdSet() { return ids(districtIds); }
    public void setDistrictIdSet(Set<Long> v) { this.districtIds = ids(v); }
    public Long getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public long getVersion() { return version; }
}
