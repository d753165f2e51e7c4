-- A tiny case system for the extract tests: every figure it gives is worked by hand in
-- Issue17SqlExtractTest.
CREATE TABLE calendar_months (period CHAR(7) NOT NULL PRIMARY KEY, month_start DATE NOT NULL, month_end DATE NOT NULL);
INSERT INTO calendar_months VALUES
  ('2022-09', '2022-09-01', '2022-09-30'), ('2022-10', '2022-10-01', '2022-10-31'),
  ('2022-11', '2022-11-01', '2022-11-30'), ('2022-12', '2022-12-01', '2022-12-31'),
  ('2023-01', '2023-01-01', '2023-01-31');
CREATE TABLE looked_after_episodes (episode_id INT NOT NULL PRIMARY KEY, child_id INT NOT NULL,
  start_date DATE NOT NULL, end_date DATE, legal_status VARCHAR(10) NOT NULL);
INSERT INTO looked_after_episodes VALUES
  (1, 101, '2022-09-10', NULL, 'C2'),
  (2, 102, '2022-10-05', '2022-11-20', 'V2'),
  (3, 103, '2022-11-01', NULL, 'C2'),
  (4, 104, '2022-12-31', NULL, 'E1'),
  (5, 105, '2022-08-01', '2022-10-31', 'V2');
CREATE TABLE reviews (review_id INT NOT NULL PRIMARY KEY, child_id INT NOT NULL, due_date DATE NOT NULL,
  held_date DATE NOT NULL);
INSERT INTO reviews VALUES
  (1, 101, '2022-10-10', '2022-10-09'), (2, 102, '2022-10-15', '2022-10-20'),
  (3, 103, '2022-11-01', '2022-11-01'),
  (4, 101, '2022-12-20', '2022-12-19'), (5, 103, '2022-12-05', '2022-12-04'), (6, 104, '2022-11-28', '2022-12-02');
