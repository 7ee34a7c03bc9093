-- The working-day calendar for deadline checks: weekends are rest days unless listed as make-up working days
-- (WORKDAY); listed HOLIDAY days are rest days. Only years whose official schedule is published are seeded and
-- listed in work_calendar_year; other years count weekends only.

CREATE TABLE work_calendar_day (
    cal_date DATE         NOT NULL PRIMARY KEY,
    kind     VARCHAR(16)  NOT NULL,
    name     VARCHAR(100) NOT NULL
);

CREATE TABLE work_calendar_year (
    cal_year INT          NOT NULL PRIMARY KEY,
    source   VARCHAR(300) NOT NULL
);

-- 国务院办公厅关于2026年部分节假日安排的通知 (2025-11-04)
INSERT INTO work_calendar_year (cal_year, source) VALUES (2026, '国务院办公厅关于2026年部分节假日安排的通知 (2025年11月4日)');

INSERT INTO work_calendar_day (cal_date, kind, name) VALUES
('2026-01-01', 'HOLIDAY', '元旦'), ('2026-01-02', 'HOLIDAY', '元旦'), ('2026-01-03', 'HOLIDAY', '元旦'),
('2026-01-04', 'WORKDAY', '元旦调休上班'),
('2026-02-14', 'WORKDAY', '春节调休上班'),
('2026-02-15', 'HOLIDAY', '春节'), ('2026-02-16', 'HOLIDAY', '春节'), ('2026-02-17', 'HOLIDAY', '春节'),
('2026-02-18', 'HOLIDAY', '春节'), ('2026-02-19', 'HOLIDAY', '春节'), ('2026-02-20', 'HOLIDAY', '春节'),
('2026-02-21', 'HOLIDAY', '春节'), ('2026-02-22', 'HOLIDAY', '春节'), ('2026-02-23', 'HOLIDAY', '春节'),
('2026-02-28', 'WORKDAY', '春节调休上班'),
('2026-04-04', 'HOLIDAY', '清明节'), ('2026-04-05', 'HOLIDAY', '清明节'), ('2026-04-06', 'HOLIDAY', '清明节'),
('2026-05-01', 'HOLIDAY', '劳动节'), ('2026-05-02', 'HOLIDAY', '劳动节'), ('2026-05-03', 'HOLIDAY', '劳动节'),
('2026-05-04', 'HOLIDAY', '劳动节'), ('2026-05-05', 'HOLIDAY', '劳动节'),
('2026-05-09', 'WORKDAY', '劳动节调休上班'),
('2026-06-19', 'HOLIDAY', '端午节'), ('2026-06-20', 'HOLIDAY', '端午节'), ('2026-06-21', 'HOLIDAY', '端午节'),
('2026-09-20', 'WORKDAY', '国庆节调休上班'),
('2026-09-25', 'HOLIDAY', '中秋节'), ('2026-09-26', 'HOLIDAY', '中秋节'), ('2026-09-27', 'HOLIDAY', '中秋节'),
('2026-10-01', 'HOLIDAY', '国庆节'), ('2026-10-02', 'HOLIDAY', '国庆节'), ('2026-10-03', 'HOLIDAY', '国庆节'),
('2026-10-04', 'HOLIDAY', '国庆节'), ('2026-10-05', 'HOLIDAY', '国庆节'), ('2026-10-06', 'HOLIDAY', '国庆节'),
('2026-10-07', 'HOLIDAY', '国庆节'),
('2026-10-10', 'WORKDAY', '国庆节调休上班');
