package org.acorn.consortium;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The network's consortium: a company (usually a Community Interest Company) that tenders for contracts on behalf
 * of the sector's members and allocates parts of each contract among them (seed 003 l.509). One per portal.
 */
@Entity
@Table(name = "consortium")
public class Consortium {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "legal_form", nullable = false, length = 80)
    private String legalForm;

    @Column(name = "company_number", length = 20)
    private String companyNumber;

    @Column(length = 4000)
    private String purpose;

    /** The board, one "name, role" per line: public, as Companies House would show it. */
    @Column(length = 4000)
    private String board;

    /** Every network member is a member (the Forum model: "All members of the forum are members of the CIC"). */
    @Column(name = "automatic_membership", nullable = false)
    private boolean automaticMembership;

    /** Statutory partner officers may post opportunities as commissioners. */
    @Column(name = "commissioners_may_post", nullable = false)
    private boolean commissionersMayPost;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Consortium() { }

    public Consortium(String name, String legalForm, boolean automaticMembership, Instant now) {
        this.name = name;
        this.legalForm = legalForm;
        this.automaticMembership = automaticMembership;
        this.createdAt = now;
    }

    public Map<String, Object> auditView() {
        Map<String, Object> m = new java.util.HashMap<>();
        m.put("name", name);
        m.put("legal form", legalForm);
        m.put("company number", companyNumber);
        m.put("purpose", purpose);
        m.put("board", board);
        m.put("automatic membership", automaticMembership);
        m.put("commissioners may post", commissionersMayPost);
        return m;
    }

    public List<String> getBoardLines() {
        return board == null ? List.of() : Arrays.stream(board.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getLegalForm() { return legalForm; }
    public void setLegalForm(String legalForm) { this.legalForm = legalForm; }
    public String getCompanyNumber() { return companyNumber; }
    public void setCompanyNumber(String companyNumber) { this.companyNumber = companyNumber; }
    public String getPurpose() { return purpose; }
    public void setPurpose(String purpose) { this.purpose = purpose; }
    public String getBoard() { return board; }
    public void setBoard(String board) { this.board = board; }
    public boolean isAutomaticMembership() { return automaticMembership; }
    public void setAutomaticMembership(boolean v) { this.automaticMembership = v; }
    public boolean isCommissionersMayPost() { return commissionersMayPost; }
    public void setCommissionersMayPost(boolean v) { this.commissionersMayPost = v; }
    public Instant getCreatedAt() { return createdAt; }
    public long getVersion() { return version; }
}
