-- Last completed run of each periodic job that must not be skipped when
-- River's leadership moves: the leader's scheduler restarts its interval on
-- every change, so an hourly job could never fire; the job is checked often
-- and runs when this row says it is overdue.
CREATE TABLE periodic_runs (
    name TEXT PRIMARY KEY,
    last_run_at {{TS}} NOT NULL
);
