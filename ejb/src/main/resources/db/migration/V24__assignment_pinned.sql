-- Automatic rostering: an existing assignment is pinned (the solver keeps it) unless a coordinator unpins it,
-- then the solver may move its seat to another member.
ALTER TABLE assignment ADD COLUMN pinned BOOLEAN DEFAULT TRUE NOT NULL;
