-- How many candidates actually sat a session: recorded once, after it started; exposure counts add this number.
ALTER TABLE exam_session ADD COLUMN attended INT NULL;
