-- A notification carries a target – what the reader does there (MY_SHIFTS, OPEN_BOARD, BOARD/<commune>/<Monday>) –
-- instead of a page URL: the web layer makes the link (vn.cdtt.notification.NotificationTarget). Old rows keep
-- where they led; a board link without commune and week opens the reader's own board, as before.
ALTER TABLE notification ADD COLUMN target VARCHAR(60);
UPDATE notification SET target = CASE link
    WHEN 'me/shifts.xhtml' THEN 'MY_SHIFTS'
    WHEN 'me/open.xhtml' THEN 'OPEN_BOARD'
    WHEN 'duty/board.xhtml' THEN 'BOARD'
    END;
ALTER TABLE notification DROP COLUMN link;
