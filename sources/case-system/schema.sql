-- An invented case-management reporting database, shaped like the reporting schemas of the case
-- systems councils run (record-level tables, one row per referral, assessment and child looked
-- after), for the bundled SQL source sources/case-system.yaml. Portable SQL: it runs unchanged
-- on PostgreSQL and SQL Server (see sources/README.md for what was tested where).
--
--   createdb case_system && psql -d case_system -f schema.sql -f sample-data.sql
--   sqlcmd -d CaseSystem -i schema.sql -i sample-data.sql

-- One row per month: reporting databases keep a calendar like this, and joining to it keeps the
-- queries free of each server's own date functions.
CREATE TABLE calendar_months (
  period      CHAR(7) NOT NULL PRIMARY KEY,  -- '2022-12'
  month_start DATE    NOT NULL,
  month_end   DATE    NOT NULL
);

-- One row per referral to children's social care.
CREATE TABLE referrals (
  referral_id     INT         NOT NULL PRIMARY KEY,
  child_id        INT         NOT NULL,
  referral_date   DATE        NOT NULL,
  referral_source VARCHAR(10) NOT NULL  -- POL police, SCH school, HLT health, FAM family, LAS, ANON, OTH
);

-- One row per social work assessment, with the working days from referral to completion as the
-- case system computes them (it knows the bank holidays).
CREATE TABLE assessments (
  assessment_id  INT  NOT NULL PRIMARY KEY,
  referral_id    INT  NOT NULL REFERENCES referrals (referral_id),
  child_id       INT  NOT NULL,
  start_date     DATE NOT NULL,
  completed_date DATE,          -- NULL while the assessment is open
  working_days   INT            -- NULL while the assessment is open
);

-- One row per child looked after: the episode's start and, once the child has left care, its end.
CREATE TABLE looked_after_episodes (
  episode_id   INT         NOT NULL PRIMARY KEY,
  child_id     INT         NOT NULL,
  start_date   DATE        NOT NULL,
  end_date     DATE,                 -- NULL while the child is looked after
  legal_status VARCHAR(4)  NOT NULL, -- C1, C2, E1, J2, V2
  uasc         CHAR(1)     NOT NULL  -- Y: an unaccompanied asylum-seeking child
);

CREATE INDEX ix_assessments_completed ON assessments (completed_date);
CREATE INDEX ix_episodes_dates ON looked_after_episodes (start_date, end_date);
