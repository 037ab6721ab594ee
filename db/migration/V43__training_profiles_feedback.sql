-- Training, second round (issue 8): an organisation chooses whether its public directory profile shows training
-- counts (numbers only, never names); feedback typed in from a paper form records who entered it.

CREATE TABLE training_profile_counts (
    organisation_id  BIGINT       NOT NULL PRIMARY KEY,
    shown            BOOLEAN      NOT NULL,
    set_by           BIGINT       NOT NULL,
    set_at           DATETIME(6)  NOT NULL,
    CONSTRAINT fk_training_profile_org FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_training_profile_by FOREIGN KEY (set_by) REFERENCES account (id)
);

ALTER TABLE training_feedback ADD COLUMN entered_by BIGINT;
ALTER TABLE training_feedback ADD CONSTRAINT fk_training_feedback_entered FOREIGN KEY (entered_by) REFERENCES account (id);
