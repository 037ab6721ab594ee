package org.acorn.consortium.opportunity;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** What an officer types to post an opportunity; checked by {@link Opportunities#post}. */
public class OpportunityForm implements Serializable {
    private static final long serialVersionUID = 1L;

    private String title;
    private String commissioner;
    private String description;
    private String value;
    private ContractModel contractModel;
    private String interestDeadline;
    private String clarificationDeadline;
    private String submissionDeadline;
    private String submissionTime = "12:00";
    private String awardDate;
    private String startDate;
    /** One lot per line: "title | value | minimum readiness score"; blank: the whole contract is one lot. */
    private String lots;
    private List<Long> themes = new ArrayList<>();
    private List<Long> targetGroups = new ArrayList<>();
    private List<Long> districts = new ArrayList<>();

    public String getTitle() { return title; }
    public void setTitle(String v) { this.title = v; }
    public String getCommissioner() { return commissioner; }
    public void setCommissioner(String v) { this.commissioner = v; }
    public String getDescription() { return description; }
    public void setDescription(String v) { this.description = v; }
    public String getValue() { return value; }
    public void setValue(String v) { this.value = v; }
    public ContractModel getContractModel() { return contractModel; }
    public void setContractModel(ContractModel v) { this.contractModel = v; }
    public String getInterestDeadline() { return interestDeadline; }
    public void setInterestDeadline(String v) { this.interestDeadline = v; }
    public String getClarificationDeadline() { return clarificationDeadline; }
    public void setClarificationDeadline(String v) { this.clarificationDeadline = v; }
    public String getSubmissionDeadline() { return submissionDeadline; }
    public void setSubmissionDeadline(String v) { this.submissionDeadline = v; }
    public String getSubmissionTime() { return submissionTime; }
    public void setSubmissionTime(String v) { this.submissionTime = v; }
    public String getAwardDate() { return awardDate; }
    public void setAwardDate(String v) { this.awardDate = v; }
    public String getStartDate() { return startDate; }
    public void setStartDate(String v) { this.startDate = v; }
    public String getLots() { return lots; }
    public void setLots(String v) { this.lots = v; }
    public List<Long> getThemes() { return themes; }
    public void setThemes(List<Long> v) { this.themes = v == null ? new ArrayList<>() : v; }
    public List<Long> getTargetGroups() { return targetGroups; }
    public void setTargetGroups(List<Long> v) { this.targetGroups = v == null ? new ArrayList<>() : v; }
    public List<Long> getDistricts() { return districts; }
    public void setDistricts(List<Long> v) { this.districts = v == null ? new ArrayList<>() : v; }
}
