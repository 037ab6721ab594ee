package org.acorn.consortium.bid;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A message in the bid team's discussion. */
@Entity
@Table(name = "consortium_bid_post")
public class BidPost {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "bid_id", nullable = false)
    private Long bidId;

    @Column(name = "author_id", nullable = false)
    private Long authorId;

    @Column(nullable = false, length = 4000)
    private String body;

    @Column(name = "posted_at", nullable = false)
    private Instant postedAt;

    protected BidPost() { }

    public BidPost(Long bidId, Long authorId, String body, Instant at) {
        this.bidId = bidId;
        this.authorId = authorId;
        this.body = body;
        this.postedAt = at;
    }

    public Long getBidId() { return bidId; }
    public Long getAuthorId() { return authorId; }
    public String getBody() { return body; }
    public Instant getPostedAt() { return postedAt; }

    public Long getId() { return id; }
}
