-- Training and events (issue 8): courses (and non-training events) with their runs, bookings with a waiting list
-- and expiring offers, the register, certificates with a public verification code.
-- A run keeps the number of places taken (booked) beside its capacity: every booking, cancellation and offer
-- changes it with the run's row locked, and the CHECK refuses an overbooked run even if code were wrong.

CREATE TABLE training_course (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    title           VARCHAR(200)  NOT NULL,
    summary         VARCHAR(2000) NOT NULL,
    kind            VARCHAR(20)   NOT NULL,
    topic           VARCHAR(80)   NOT NULL,
    level           VARCHAR(20)   NOT NULL,
    audiences       VARCHAR(200)  NOT NULL,
    funder          VARCHAR(160),
    cost_pence      INT,
    accredited      BOOLEAN       NOT NULL,
    valid_months    INT,
    created_at      DATETIME(6)   NOT NULL,
    CONSTRAINT ck_course_cost CHECK (cost_pence IS NULL OR cost_pence >= 0),
    CONSTRAINT ck_course_valid CHECK (valid_months IS NULL OR valid_months > 0)
);

CREATE TABLE training_run (
    id                   BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    uid                  VARCHAR(80)   NOT NULL,
    course_id            BIGINT        NOT NULL,
    roadshow             VARCHAR(120),
    runs_on              DATE          NOT NULL,
    starts_at            DATETIME(6)   NOT NULL,
    ends_at              DATETIME(6)   NOT NULL,
    venue_name           VARCHAR(200),
    venue_address        VARCHAR(500),
    online_link          VARCHAR(500),
    district_id          BIGINT,
    capacity             INT           NOT NULL,
    booked               INT           NOT NULL,
    trainer_name         VARCHAR(160),
    trainer_id           BIGINT,
    booking_deadline     DATETIME(6)   NOT NULL,
    cancel_deadline      DATETIME(6)   NOT NULL,
    joining              VARCHAR(2000),
    status               VARCHAR(20)   NOT NULL,
    cancel_reason        VARCHAR(500),
    ical_sequence        INT           NOT NULL,
    created_at           DATETIME(6)   NOT NULL,
    version              BIGINT        NOT NULL,
    CONSTRAINT uq_training_run_uid UNIQUE (uid),
    CONSTRAINT ck_run_places CHECK (booked >= 0 AND booked <= capacity),
    CONSTRAINT ck_run_capacity CHECK (capacity >= 0),
    CONSTRAINT fk_run_course FOREIGN KEY (course_id) REFERENCES training_course (id),
    CONSTRAINT fk_run_district FOREIGN KEY (district_id) REFERENCES district (id),
    CONSTRAINT fk_run_trainer FOREIGN KEY (trainer_id) REFERENCES account (id)
);
CREATE INDEX ix_training_run_start ON training_run (starts_at);
CREATE INDEX ix_training_run_course ON training_run (course_id, starts_at);

-- one place (or a place on the waiting list) for one person; the attendee may have no account
CREATE TABLE training_booking (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    run_id            BIGINT        NOT NULL,
    booked_by         BIGINT        NOT NULL,
    attendee_id       BIGINT,
    person_name       VARCHAR(160)  NOT NULL,
    person_email      VARCHAR(254),
    person_key        VARCHAR(300)  NOT NULL,
    organisation_id   BIGINT,
    status            VARCHAR(20)   NOT NULL,
    offer_hash        VARCHAR(64),
    offer_expires_at  DATETIME(6),
    attendance        VARCHAR(20),
    marked_at         DATETIME(6),
    week_reminded     BOOLEAN       NOT NULL,
    day_reminded      BOOLEAN       NOT NULL,
    created_at        DATETIME(6)   NOT NULL,
    updated_at        DATETIME(6)   NOT NULL,
    CONSTRAINT fk_booking_run FOREIGN KEY (run_id) REFERENCES training_run (id),
    CONSTRAINT fk_booking_by FOREIGN KEY (booked_by) REFERENCES account (id),
    CONSTRAINT fk_booking_attendee FOREIGN KEY (attendee_id) REFERENCES account (id),
    CONSTRAINT fk_booking_org FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);
CREATE INDEX ix_training_booking_run ON training_booking (run_id, status);
CREATE INDEX ix_training_booking_offer ON training_booking (offer_hash);
CREATE INDEX ix_training_booking_attendee ON training_booking (attendee_id);
CREATE INDEX ix_training_booking_org ON training_booking (organisation_id);

-- a certificate of attendance; the code is printed on it and checked on a public page
CREATE TABLE training_certificate (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    booking_id        BIGINT        NOT NULL,
    code              VARCHAR(32)   NOT NULL,
    person_name       VARCHAR(160)  NOT NULL,
    course_title      VARCHAR(200)  NOT NULL,
    attended_on       DATE          NOT NULL,
    valid_until       DATE,
    issued_at         DATETIME(6)   NOT NULL,
    revoked_at        DATETIME(6),
    expiry_warned_at  DATETIME(6),
    CONSTRAINT uq_training_cert_code UNIQUE (code),
    CONSTRAINT uq_training_cert_booking UNIQUE (booking_id),
    CONSTRAINT fk_cert_booking FOREIGN KEY (booking_id) REFERENCES training_booking (id)
);
