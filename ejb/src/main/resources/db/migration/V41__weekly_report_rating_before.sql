-- A weekly report's line keeps the commune's rating colour of the week before (its report's when it was issued,
-- else counted when this one was issued), so the report shows the change of colours. Null on lines issued before.
ALTER TABLE weekly_report_line ADD COLUMN rating_before VARCHAR(10);
