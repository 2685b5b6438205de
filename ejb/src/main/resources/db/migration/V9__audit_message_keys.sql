-- Audit summaries and inbox notifications are kept as a bundle key with its arguments and rendered in the
-- reader's language (vn.cdtt.common.LocalizedText). Rows written before keep their free text: with no key, the
-- stored summary / message is shown as it is. audit_entry.summary keeps the Vietnamese rendering for the search.
ALTER TABLE audit_entry ADD COLUMN summary_key VARCHAR(100);
ALTER TABLE audit_entry ADD COLUMN summary_args VARCHAR(2000);
ALTER TABLE notification ADD COLUMN message_args VARCHAR(2000);
