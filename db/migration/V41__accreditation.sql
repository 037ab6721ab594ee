-- The volunteer accreditation scheme (issue 8, 003 l.461): a programme of modules, each met by attending a course
-- or by assessed work signed off by an assessor; volunteers enrolled by their organisation; accreditation awarded
-- when every module is met, lapsing after the programme's period unless renewed.

CREATE TABLE accreditation_programme (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    title           VARCHAR(200)  NOT NULL,
    summary         VARCHAR(2000) NOT NULL,
    valid_months    INT           NOT NULL,
    created_at      DATETIME(6)   NOT NULL,
    CONSTRAINT ck_accr_valid CHECK (valid_months > 0)
);

CREATE TABLE accreditation_module (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    programme_id    BIGINT        NOT NULL,
    title           VARCHAR(200)  NOT NULL,
    course_id       BIGINT,
    sort_order      INT           NOT NULL,
    CONSTRAINT fk_accr_module_programme FOREIGN KEY (programme_id) REFERENCES accreditation_programme (id),
    CONSTRAINT fk_accr_module_course FOREIGN KEY (course_id) REFERENCES training_course (id)
);

CREATE TABLE accreditation_enrolment (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    programme_id    BIGINT        NOT NULL,
    organisation_id BIGINT        NOT NULL,
    person_name     VARCHAR(160)  NOT NULL,
    person_email    VARCHAR(254),
    person_key      VARCHAR(300)  NOT NULL,
    enrolled_by     BIGINT        NOT NULL,
    enrolled_at     DATETIME(6)   NOT NULL,
    awarded_at      DATETIME(6),
    awarded_by      BIGINT,
    valid_until     DATE,
    code            VARCHAR(32),
    CONSTRAINT uq_accr_enrolment_person UNIQUE (programme_id, person_key),
    CONSTRAINT uq_accr_enrolment_code UNIQUE (code),
    CONSTRAINT fk_accr_enrolment_programme FOREIGN KEY (programme_id) REFERENCES accreditation_programme (id),
    CONSTRAINT fk_accr_enrolment_org FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_accr_enrolment_by FOREIGN KEY (enrolled_by) REFERENCES account (id)
);

CREATE TABLE accreditation_credit (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    enrolment_id    BIGINT        NOT NULL,
    module_id       BIGINT        NOT NULL,
    evidence        VARCHAR(1000) NOT NULL,
    assessor_id     BIGINT        NOT NULL,
    credited_at     DATETIME(6)   NOT NULL,
    CONSTRAINT uq_accr_credit UNIQUE (enrolment_id, module_id),
    CONSTRAINT fk_accr_credit_enrolment FOREIGN KEY (enrolment_id) REFERENCES accreditation_enrolment (id),
    CONSTRAINT fk_accr_credit_module FOREIGN KEY (module_id) REFERENCES accreditation_module (id),
    CONSTRAINT fk_accr_credit_assessor FOREIGN KEY (assessor_id) REFERENCES account (id)
);
