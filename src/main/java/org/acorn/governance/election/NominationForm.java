package org.acorn.governance.election;

import java.io.Serializable;

/** A nomination as typed: the nominating organisation (staff choose it; admins nominate for their own). */
public class NominationForm implements Serializable {
    private static final long serialVersionUID = 1L;

    public Long organisationId;
    public Long candidateAccountId;
    public String candidateName;
    public String statement;
    public Long seconderOrgId;

    public Long getOrganisationId() { return organisationId; }
    public void setOrganisationId(Long organisationId) { this.organisationId = organisationId; }
    public Long getCandidateAccountId() { return candidateAccountId; }
    public void setCandidateAccountId(Long v) { this.candidateAccountId = v; }
    public String getCandidateName() { return candidateName; }
    public void setCandidateName(String candidateName) { this.candidateName = candidateName; }
    public String getStatement() { return statement; }
    public void setStatement(String statement) { this.statement = statement; }
    public Long getSeconderOrgId() { return seconderOrgId; }
    public void setSeconderOrgId(Long seconderOrgId) { this.seconderOrgId = seconderOrgId; }
}
