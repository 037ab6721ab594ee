-- Feedback after a run (issue 8): attendees with an email are sent a one-time link (its hash kept on the booking);
-- their answers are summarised per run for the trainer and staff.

ALTER TABLE training_booking ADD COLUMN feedback_hash VARCHAR(64);
ALTER TABLE training_booking ADD COLUMN feedback_asked_at DATETIME(6);
CREATE INDEX ix_training_booking_feedback ON training_booking (feedback_hash);

CREATE TABLE training_feedback (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    run_id       BIGINT        NOT NULL,
    booking_id   BIGINT        NOT NULL,
    rating       INT           NOT NULL,
    useful       VARCHAR(1000),
    improve      VARCHAR(1000),
    given_at     DATETIME(6)   NOT NULL,
    CONSTRAINT uq_training_feedback_booking UNIQUE (booking_id),
    CONSTRAINT ck_training_feedback_rating CHECK (rating BETWEEN 1 AND 5),
    CONSTRAINT fk_feedback_run FOREIGN KEY (run_id) REFERENCES training_run (id),
    CONSTRAINT fk_feedback_booking FOREIGN KEY (booking_id) REFERENCES training_booking (id)
);
