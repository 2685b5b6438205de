-- The coverage page reads the site closures of one week (issue 9, national size): by date, not the whole table of
-- every province's closures over the years. uq_site_closure (site_id, closed_on) stays the key and the site foreign
-- key's index.
CREATE INDEX ix_site_closure_date ON site_closure (closed_on);
