-- The number a coordinator (or anyone with an account) can be called on. A member's card shows the commune
-- coordinators' names and numbers on a shift past the hand-over cut-off, when only a coordinator can still change it
-- (issue 12 §3). Optional: an account without one is simply not offered as a call.
ALTER TABLE account ADD COLUMN phone VARCHAR(15);
