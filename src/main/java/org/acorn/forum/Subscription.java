package org.acorn.forum;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** How a person hears about new posts in a category by email. No row means {@link Mode#NONE}. */
@Entity
@Table(name = "forum_subscription")
@IdClass(Subscription.Key.class)
public class Subscription {

    public enum Mode {
        EACH("Every post, as it comes"), DAILY("A daily digest"), WEEKLY("A weekly digest"), NONE("No email");

        private final String label;
        Mode(String label) { this.label = label; }
        public String label() { return label; }
    }

    @Id @Column(name = "account_id") private Long accountId;
    @Id @Column(name = "category_id") private Long categoryId;
    @Enumerated(EnumType.STRING) @Column(nullable = false, length = 10) private Mode mode;

    protected Subscription() { }

    public Subscription(Long accountId, Long categoryId, Mode mode) {
        this.accountId = accountId;
        this.categoryId = categoryId;
        this.mode = mode;
    }

    public Long getAccountId() { return accountId; }
    public Long getCategoryId() { return categoryId; }
    public Mode getMode() { return mode; }
    public void setMode(Mode mode) { this.mode = mode; }

    /** The composite key. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        Long accountId;
        Long categoryId;

        public Key() { }

        public Key(Long accountId, Long categoryId) {
            this.accountId = accountId;
            this.categoryId = categoryId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(accountId, k.accountId) && Objects.equals(categoryId, k.categoryId);
        }

        @Override
        public int hashCode() { return Objects.hash(accountId, categoryId); }
    }
}
