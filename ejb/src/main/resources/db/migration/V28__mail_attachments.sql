-- A mail of the outbox may carry files, named by reference ("weekly-report:42") and written when it is sent
-- (vn.cdtt.notification.MailAttachments): the weekly report's .xlsx and PDF, from its frozen numbers.
ALTER TABLE outbox_mail ADD COLUMN attachments VARCHAR(100);
