-- Services and the taxonomies that describe them. Portable across H2 (MySQL mode), MySQL 8 and MariaDB 10.11:
-- plain types only, no vendor functions, explicit index and constraint names.

-- A vocabulary administrators keep (Every Child Matters outcomes, service types, target groups ...).
CREATE TABLE taxonomy (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code        VARCHAR(40)   NOT NULL,
    name        VARCHAR(120)  NOT NULL,
    description VARCHAR(1000),
    CONSTRAINT uq_taxonomy_code UNIQUE (code)
);

-- A term of a taxonomy, in a hierarchy (parent_id). Retired terms keep their existing tags but are no longer
-- offered; a merged term's services were re-tagged with replaced_by_id.
-- (Not "merged_into_id": MySQL Connector/J 9 reads "into" inside that name as SELECT … INTO and refuses the query.)
CREATE TABLE taxonomy_term (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    taxonomy_id     BIGINT        NOT NULL,
    parent_id       BIGINT,
    code            VARCHAR(40)   NOT NULL,
    label           VARCHAR(300)  NOT NULL,
    description     VARCHAR(1000),
    sort_order      INT           NOT NULL,
    retired_at      DATETIME(6),
    replaced_by_id  BIGINT,
    CONSTRAINT uq_term_code UNIQUE (taxonomy_id, code),
    CONSTRAINT fk_term_taxonomy FOREIGN KEY (taxonomy_id) REFERENCES taxonomy (id),
    CONSTRAINT fk_term_parent FOREIGN KEY (parent_id) REFERENCES taxonomy_term (id),
    CONSTRAINT fk_term_merged FOREIGN KEY (replaced_by_id) REFERENCES taxonomy_term (id)
);
CREATE INDEX ix_term_parent ON taxonomy_term (parent_id);

CREATE TABLE service (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    organisation_id   BIGINT        NOT NULL,
    name              VARCHAR(200)  NOT NULL,
    description       VARCHAR(2000),
    eligibility       VARCHAR(1000),
    how_to_refer      VARCHAR(1000),
    cost_text         VARCHAR(300),
    is_free           BOOLEAN       NOT NULL,
    min_age           INT,
    max_age           INT,
    languages         VARCHAR(300),
    opening_times     VARCHAR(500),
    send_relevant     BOOLEAN       NOT NULL,
    status            VARCHAR(10)   NOT NULL,
    last_verified_at  DATETIME(6),
    created_at        DATETIME(6)   NOT NULL,
    updated_at        DATETIME(6)   NOT NULL,
    version           BIGINT        NOT NULL,
    CONSTRAINT fk_service_org FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);
CREATE INDEX ix_service_org ON service (organisation_id);
CREATE INDEX ix_service_status ON service (status);
CREATE INDEX ix_service_verified ON service (last_verified_at);

CREATE TABLE service_location (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    service_id  BIGINT        NOT NULL,
    address     VARCHAR(300),
    postcode    VARCHAR(10),
    latitude    DECIMAL(9,6),
    longitude   DECIMAL(9,6),
    CONSTRAINT fk_location_service FOREIGN KEY (service_id) REFERENCES service (id)
);
CREATE INDEX ix_location_service ON service_location (service_id);
CREATE INDEX ix_location_postcode ON service_location (postcode);

CREATE TABLE service_term (
    service_id  BIGINT NOT NULL,
    term_id     BIGINT NOT NULL,
    PRIMARY KEY (service_id, term_id),
    CONSTRAINT fk_st_service FOREIGN KEY (service_id) REFERENCES service (id),
    CONSTRAINT fk_st_term FOREIGN KEY (term_id) REFERENCES taxonomy_term (id)
);
CREATE INDEX ix_service_term_term ON service_term (term_id);

-- The organisation record's remaining fields (DOMAIN.md "Records the network keeps").
-- safeguarding_lead is for network staff only: never shown in the public directory.
ALTER TABLE organisation ADD COLUMN staff_full_time INT;
ALTER TABLE organisation ADD COLUMN staff_part_time INT;
ALTER TABLE organisation ADD COLUMN staff_sessional INT;
ALTER TABLE organisation ADD COLUMN volunteers INT;
ALTER TABLE organisation ADD COLUMN policies_held VARCHAR(2000);
ALTER TABLE organisation ADD COLUMN accreditation VARCHAR(500);
ALTER TABLE organisation ADD COLUMN safeguarding_lead VARCHAR(200);
ALTER TABLE organisation ADD COLUMN contract_ready BOOLEAN DEFAULT FALSE NOT NULL;

-- Seed vocabularies. Every Child Matters indicators and the service-type coding schedule follow the 2008 mapping
-- of family support services (seed 000, Appendices A and B), wording lightly shortened. Administrators may retire,
-- merge and add terms later; new rows take ids after these.
INSERT INTO taxonomy (id, code, name, description) VALUES
    (1, 'ecm', 'Every Child Matters outcomes', 'The five outcomes of Every Child Matters, each with its numbered evidence indicators.'),
    (2, 'service_type', 'Service types', 'What kind of service it is: the coding schedule of the 2008 mapping of family support services. A service may have several.'),
    (3, 'target_group', 'Who it is for', 'The children, young people, parents or carers a service is mainly for.'),
    (4, 'delivery', 'How it is delivered', 'When help is offered, who can use it, the kind of help and how it is given.'),
    (5, 'level_of_need', 'Level of need', 'Universal, early help or specialist. Shown to professionals; the public sees the plain description.'),
    (6, 'access_route', 'How to get in touch', 'How families or professionals reach the service.');

-- ecm
INSERT INTO taxonomy_term (id, taxonomy_id, parent_id, code, label, description, sort_order) VALUES
    (1, 1, NULL, '1', 'Be healthy', NULL, 1),
    (2, 1, 1, '1.1', 'Parents and carers receive support to keep their children healthy', NULL, 1),
    (3, 1, 1, '1.2', 'Healthy lifestyles are promoted for children and young people', NULL, 2),
    (4, 1, 1, '1.3', 'Action is taken to promote children and young people''s physical health', NULL, 3),
    (5, 1, 1, '1.4', 'Action is taken to promote children and young people''s mental health', NULL, 4),
    (6, 1, 1, '1.5', 'Looked after children''s health needs are addressed', NULL, 5),
    (7, 1, 1, '1.6', 'The health needs of children and young people with learning difficulties and/or disabilities are addressed', NULL, 6),
    (8, 1, NULL, '2', 'Stay safe', NULL, 2),
    (9, 1, 8, '2.1', 'Children, young people and their carers are informed about key risks to their safety and how to deal with them', NULL, 1),
    (10, 1, 8, '2.2', 'Children and young people are provided with a safe environment', NULL, 2),
    (11, 1, 8, '2.3', 'The incidence of child abuse and neglect is minimised', NULL, 3),
    (12, 1, 8, '2.4', 'Agencies collaborate to safeguard children according to current government guidance', NULL, 4),
    (13, 1, 8, '2.5', 'Services are effective in establishing the identity and whereabouts of all children and young people 0-16', NULL, 5),
    (14, 1, 8, '2.6', 'Action is taken to avoid children and young people having to be looked after', NULL, 6),
    (15, 1, 8, '2.7', 'Looked after children live in safe environments and are protected from abuse and exploitation', NULL, 7),
    (16, 1, 8, '2.8', 'Children and young people with learning difficulties and/or disabilities live in safe environments and are protected from abuse and exploitation', NULL, 8),
    (17, 1, NULL, '3', 'Enjoy and achieve', NULL, 3),
    (18, 1, 17, '3.1', 'Parents and carers receive support in helping their children to enjoy and achieve', NULL, 1),
    (19, 1, 17, '3.2', 'Early years provision promotes children''s development and well-being and helps them meet early learning goals', NULL, 2),
    (20, 1, 17, '3.3', 'Action is taken to ensure that educational provision 5-16 is of good quality', NULL, 3),
    (21, 1, 17, '3.4', 'Children and young people are enabled and encouraged to attend and enjoy school and to achieve highly', NULL, 4),
    (22, 1, 17, '3.5', 'Educational provision is made for children who do not attend school', NULL, 5),
    (23, 1, 17, '3.6', 'All children and young people can access a range of recreational activities, including play and voluntary learning provision', NULL, 6),
    (24, 1, 17, '3.7', 'Children and young people who are looked after are helped to enjoy and achieve', NULL, 7),
    (25, 1, 17, '3.8', 'Children and young people with learning difficulties and/or disabilities are helped to enjoy and achieve', NULL, 8),
    (26, 1, NULL, '4', 'Make a positive contribution', NULL, 4),
    (27, 1, 26, '4.1', 'Children and young people are supported in developing socially and emotionally', NULL, 1),
    (28, 1, 26, '4.2', 'Children and young people, particularly those from vulnerable groups, are supported in managing changes and responding to challenges in their lives', NULL, 2),
    (29, 1, 26, '4.3', 'Children and young people are encouraged to participate in decision-making and in supporting the community', NULL, 3),
    (30, 1, 26, '4.4', 'Action is taken to reduce anti-social behaviour by children and young people', NULL, 4),
    (31, 1, 26, '4.5', 'Action is taken to prevent offending and to reduce re-offending by children and young people', NULL, 5),
    (32, 1, 26, '4.6', 'Children and young people who are looked after are helped to make a positive contribution', NULL, 6),
    (33, 1, 26, '4.7', 'Children and young people with learning difficulties and/or disabilities are helped to make a positive contribution', NULL, 7),
    (34, 1, NULL, '5', 'Achieve economic well-being', NULL, 5),
    (35, 1, 34, '5.1', 'Action is taken by partners to support families in maximising their economic well-being', NULL, 1),
    (36, 1, 34, '5.2', 'Young people 11-19 are helped to prepare for working life', NULL, 2),
    (37, 1, 34, '5.3', '14-19 education and training is planned and delivered in a coordinated way, and education and training 16-19 is of good quality', NULL, 3),
    (38, 1, 34, '5.4', 'Community regeneration initiatives address the needs of children and young people', NULL, 4),
    (39, 1, 34, '5.5', 'Action is taken to ensure that young people have decent housing', NULL, 5),
    (40, 1, 34, '5.6', 'Children and young people who are looked after are helped to achieve economic well-being', NULL, 6),
    (41, 1, 34, '5.7', 'Children and young people with learning difficulties and/or disabilities are helped to achieve economic well-being', NULL, 7);

-- service_type
INSERT INTO taxonomy_term (id, taxonomy_id, parent_id, code, label, description, sort_order) VALUES
    (42, 2, NULL, '1', 'Social', NULL, 1),
    (43, 2, 42, '10', 'Generic social', NULL, 1),
    (44, 2, 42, '11', 'Universal parenting (courses and similar)', NULL, 2),
    (45, 2, 42, '12', 'Family relationships', NULL, 3),
    (46, 2, 45, '121', 'Parent/child relationships', NULL, 1),
    (47, 2, 45, '122', 'Couple relationships', NULL, 2),
    (48, 2, 45, '123', 'Child contact (children in separated families or in the care of the local authority)', NULL, 3),
    (49, 2, 45, '124', 'Family mediation in divorce or separation', NULL, 4),
    (50, 2, 42, '13', 'Early years (under 5s)', NULL, 4),
    (51, 2, 50, '131', 'Sure Start / Children''s Centre provision (under 5s)', NULL, 1),
    (52, 2, 42, '14', 'Targeted parenting support', NULL, 5),
    (53, 2, 52, '141', 'Family stress or vulnerability (including family centres)', NULL, 1),
    (54, 2, 52, '142', 'Anti-social or criminal behaviour', NULL, 2),
    (55, 2, 52, '143', 'Teenage parenthood', NULL, 3),
    (56, 2, 52, '144', 'Adoption or fostering', NULL, 4),
    (57, 2, 42, '15', 'Domestic abuse (support)', NULL, 6),
    (58, 2, 42, '16', 'Recovery after sexual abuse', NULL, 7),
    (59, 2, 42, '17', 'Bereavement (death of a child)', NULL, 8),
    (60, 2, 42, '18', 'Sexuality: LGBT young people', NULL, 9),
    (61, 2, NULL, '2', 'Health', NULL, 2),
    (62, 2, 61, '20', 'Generic health', NULL, 1),
    (63, 2, 61, '21', 'Substance misuse', NULL, 2),
    (64, 2, 61, '22', 'Midwife or health visitor services', NULL, 3),
    (65, 2, 61, '23', 'Counselling', NULL, 4),
    (66, 2, 61, '24', 'Children''s disability or illness', NULL, 5),
    (67, 2, 66, '241', 'Physical disability or illness', NULL, 1),
    (68, 2, 66, '242', 'Mental disability or illness', NULL, 2),
    (69, 2, 66, '243', 'Learning or behavioural difficulties', NULL, 3),
    (70, 2, 61, '25', 'School nurse', NULL, 6),
    (71, 2, NULL, '3', 'Education and youth', NULL, 3),
    (72, 2, 71, '30', 'Generic education', NULL, 1),
    (73, 2, 71, '31', 'Education (including non-attendance and exclusions)', NULL, 2),
    (74, 2, 71, '32', 'Special educational needs', NULL, 3),
    (75, 2, 71, '33', 'Portage', NULL, 4),
    (76, 2, 71, '34', 'Educational support (including educational psychology)', NULL, 5),
    (77, 2, 71, '35', 'Connexions and careers advice', NULL, 6),
    (78, 2, 71, '36', 'Home-school liaison (mainstream)', NULL, 7),
    (79, 2, NULL, '4', 'Housing', NULL, 4),
    (80, 2, 79, '40', 'Generic housing', NULL, 1),
    (81, 2, 79, '41', 'Supported housing for young parents', NULL, 2),
    (82, 2, 79, '42', 'Refuge for people escaping domestic abuse', NULL, 3),
    (83, 2, 79, '43', 'Supported housing for other vulnerable groups', NULL, 4),
    (84, 2, NULL, '5', 'Information or signposting', NULL, 5),
    (85, 2, NULL, '7', 'Other', NULL, 6);

-- target_group
INSERT INTO taxonomy_term (id, taxonomy_id, parent_id, code, label, description, sort_order) VALUES
    (86, 3, NULL, 'parents', 'Parents in general', NULL, 1),
    (87, 3, NULL, 'mothers', 'Mothers', NULL, 2),
    (88, 3, NULL, 'fathers', 'Fathers', NULL, 3),
    (89, 3, NULL, 'young_parents', 'Young parents', NULL, 4),
    (90, 3, NULL, 'lone_parents', 'Lone parents', NULL, 5),
    (91, 3, NULL, 'extended_family', 'Extended family (grandparents and others)', NULL, 6),
    (92, 3, NULL, 'carers', 'Carers', NULL, 7),
    (93, 3, NULL, 'young_carers', 'Young carers', NULL, 8),
    (94, 3, NULL, 'parents_lgbt_children', 'Parents of LGBT children', NULL, 9),
    (95, 3, NULL, 'bme_families', 'Black and minority ethnic families', NULL, 10),
    (96, 3, NULL, 'grt_families', 'Gypsy, Roma and Traveller families', NULL, 11),
    (97, 3, NULL, 'refugees', 'Refugee and asylum-seeking families', NULL, 12),
    (98, 3, NULL, 'parents_disabled_children', 'Parents of disabled children', NULL, 13),
    (99, 3, NULL, 'disabled_children', 'Disabled children and young people', NULL, 14),
    (100, 3, NULL, 'looked_after', 'Looked-after children', NULL, 15),
    (101, 3, NULL, 'under_fives', 'Children under five', NULL, 16),
    (102, 3, NULL, 'children', 'Children (5-11)', NULL, 17),
    (103, 3, NULL, 'young_people', 'Young people (11-19)', NULL, 18),
    (104, 3, NULL, 'professionals', 'Professionals', NULL, 19);

-- delivery
INSERT INTO taxonomy_term (id, taxonomy_id, parent_id, code, label, description, sort_order) VALUES
    (105, 4, NULL, 'when', 'When help is offered', NULL, 1),
    (106, 4, 105, 'prevention', 'Prevention', NULL, 1),
    (107, 4, 105, 'crisis', 'Response to crisis', NULL, 2),
    (108, 4, NULL, 'who', 'Who can use it', NULL, 2),
    (109, 4, 108, 'open_access', 'Open access', NULL, 1),
    (110, 4, 108, 'targeted', 'Targeted', NULL, 2),
    (111, 4, NULL, 'kind', 'Kind of help', NULL, 3),
    (112, 4, 111, 'therapeutic', 'Therapeutic', NULL, 1),
    (113, 4, 111, 'educational', 'Educational', NULL, 2),
    (114, 4, 111, 'social', 'Social', NULL, 3),
    (115, 4, 111, 'practical', 'Practical', NULL, 4),
    (116, 4, NULL, 'format', 'How it is given', NULL, 4),
    (117, 4, 116, 'group', 'Group', NULL, 1),
    (118, 4, 116, 'one_to_one', 'One-to-one', NULL, 2),
    (119, 4, 116, 'outreach', 'Outreach', NULL, 3),
    (120, 4, 116, 'home_visits', 'Home visits', NULL, 4),
    (121, 4, 116, 'drop_in', 'Drop-in', NULL, 5),
    (122, 4, 116, 'helpline', 'Helpline', NULL, 6),
    (123, 4, 116, 'online', 'Online', NULL, 7);

-- level_of_need
INSERT INTO taxonomy_term (id, taxonomy_id, parent_id, code, label, description, sort_order) VALUES
    (124, 5, NULL, 'universal', 'Universal', 'Open to every child and family.', 1),
    (125, 5, NULL, 'targeted', 'Targeted (early help)', 'Extra support early on, for families who need a little more help.', 2),
    (126, 5, NULL, 'specialist', 'Specialist', 'Support for children and families with complex needs, usually with a professional involved.', 3);

-- access_route
INSERT INTO taxonomy_term (id, taxonomy_id, parent_id, code, label, description, sort_order) VALUES
    (127, 6, NULL, 'self_referral', 'Self-referral', 'Families can contact the service themselves.', 1),
    (128, 6, NULL, 'professional_referral', 'Professional referral', 'A professional (for example a health visitor, teacher or social worker) makes the referral.', 2),
    (129, 6, NULL, 'drop_in', 'Drop-in', 'Just turn up at the advertised times.', 3);
