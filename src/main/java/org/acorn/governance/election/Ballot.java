package org.acorn.governance.election;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * How one ballot was marked, with nothing that leads back to who cast it: a random key (so neither key order
 * nor storage order follows the order of voting), the contest, and the candidates in order of preference.
 * No organisation, account, time or sequence number is stored, and nothing logs its key.
 */
@Entity
@Table(name = "ballot")
public class Ballot {

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "contest_id", nullable = false)
    private Long contestId;

    @Column(nullable = false, length = 600)
    private String preferences;

    protected Ballot() { }

    public Ballot(Long contestId, List<Long> nominationIds) {
        this.id = UUID.randomUUID().toString();
        this.contestId = contestId;
        this.preferences = nominationIds.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    public List<Long> preferences() {
        return preferences.isEmpty() ? List.of() : Arrays.stream(preferences.split(",")).map(Long::valueOf).toList();
    }
}
