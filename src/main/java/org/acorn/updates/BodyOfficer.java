package org.acorn.updates;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** A statutory partner officer's link to a body they post updates for (e.g. the LSCB's business manager). */
@Entity
@Table(name = "body_officer")
@IdClass(BodyOfficer.Key.class)
public class BodyOfficer {

    @Id @Column(name = "body_id") private Long bodyId;
    @Id @Column(name = "account_id") private Long accountId;

    protected BodyOfficer() { }

    public BodyOfficer(Long bodyId, Long accountId) {
        this.bodyId = bodyId;
        this.accountId = accountId;
    }

    public Long getBodyId() { return bodyId; }
    public Long getAccountId() { return accountId; }

    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long bodyId;
        private Long accountId;

        public Key() { }

        @Override public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(bodyId, k.bodyId) && Objects.equals(accountId, k.accountId);
        }

        @Override public int hashCode() { return Objects.hash(bodyId, accountId); }
    }
}
