-- Elections to seats. The secret ballot: voter_record says THAT an organisation voted in a contest (one row,
-- enforced by the unique key even when two of its people vote at once); ballot says HOW someone voted, keyed
-- by a random UUID with no organisation, account, time or sequence that could be joined back to a voter.

CREATE TABLE election (
    id                    BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    title                 VARCHAR(200)  NOT NULL,
    description           VARCHAR(3000),
    nominations_open_at   DATETIME(6)   NOT NULL,
    nominations_close_at  DATETIME(6)   NOT NULL,
    voting_open_at        DATETIME(6)   NOT NULL,
    voting_close_at       DATETIME(6)   NOT NULL,
    term_starts_on        DATE          NOT NULL,
    status                VARCHAR(20)   NOT NULL,
    declared_at           DATETIME(6),
    created_at            DATETIME(6)   NOT NULL,
    version               BIGINT        NOT NULL
);

-- one constituency's race within an election: its seats, electorate and method
CREATE TABLE contest (
    id                    BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    election_id           BIGINT        NOT NULL,
    title                 VARCHAR(200)  NOT NULL,
    district_id           BIGINT,
    county_wide_included  BOOLEAN       NOT NULL,
    method                VARCHAR(10)   NOT NULL,
    places                INT           NOT NULL,
    outcome               VARCHAR(20),
    eligible_count        INT,
    voted_count           INT,
    count_report          MEDIUMTEXT,
    sort_order            INT           NOT NULL,
    CONSTRAINT fk_contest_election FOREIGN KEY (election_id) REFERENCES election (id),
    CONSTRAINT fk_contest_district FOREIGN KEY (district_id) REFERENCES district (id)
);
CREATE INDEX ix_contest_election ON contest (election_id);

CREATE TABLE contest_seat (
    contest_id  BIGINT NOT NULL,
    seat_id     BIGINT NOT NULL,
    PRIMARY KEY (contest_id, seat_id),
    CONSTRAINT fk_cs_contest FOREIGN KEY (contest_id) REFERENCES contest (id),
    CONSTRAINT fk_cs_seat FOREIGN KEY (seat_id) REFERENCES seat (id)
);

CREATE TABLE nomination (
    id                    BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    contest_id            BIGINT        NOT NULL,
    organisation_id       BIGINT        NOT NULL,
    candidate_account_id  BIGINT,
    candidate_name        VARCHAR(160)  NOT NULL,
    statement             VARCHAR(3000) NOT NULL,
    nominated_by          BIGINT,
    seconder_org_id       BIGINT        NOT NULL,
    seconded_by           BIGINT,
    seconded_at           DATETIME(6),
    status                VARCHAR(20)   NOT NULL,
    withdrawn_at          DATETIME(6),
    first_preferences     INT,
    final_votes           VARCHAR(20),
    elected               BOOLEAN       NOT NULL,
    created_at            DATETIME(6)   NOT NULL,
    version               BIGINT        NOT NULL,
    CONSTRAINT uq_nomination_org UNIQUE (contest_id, organisation_id),
    CONSTRAINT fk_nomination_contest FOREIGN KEY (contest_id) REFERENCES contest (id),
    CONSTRAINT fk_nomination_org FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_nomination_seconder FOREIGN KEY (seconder_org_id) REFERENCES organisation (id)
);

CREATE TABLE voter_record (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    contest_id       BIGINT       NOT NULL,
    organisation_id  BIGINT       NOT NULL,
    cast_by          BIGINT,
    on_paper         BOOLEAN      NOT NULL,
    voted_at         DATETIME(6)  NOT NULL,
    CONSTRAINT uq_voter_once UNIQUE (contest_id, organisation_id),
    CONSTRAINT fk_voter_contest FOREIGN KEY (contest_id) REFERENCES contest (id),
    CONSTRAINT fk_voter_org FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);

-- no link to the voter: random key, the contest, and the preferences (nomination ids in order of preference)
CREATE TABLE ballot (
    id           CHAR(36)     NOT NULL PRIMARY KEY,
    contest_id   BIGINT       NOT NULL,
    preferences  VARCHAR(600) NOT NULL,
    CONSTRAINT fk_ballot_contest FOREIGN KEY (contest_id) REFERENCES contest (id)
);
CREATE INDEX ix_ballot_contest ON ballot (contest_id);

ALTER TABLE seat_term ADD CONSTRAINT fk_term_contest FOREIGN KEY (contest_id) REFERENCES contest (id);
