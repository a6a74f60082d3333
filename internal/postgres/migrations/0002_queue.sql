-- Work shared by several processes: a job queue and the feeds to poll. Their
-- times are timestamptz set from the server's clock (now()), so that workers
-- on machines whose clocks differ agree on leases and schedules.

CREATE TABLE jobs (
	id           bigserial PRIMARY KEY,
	kind         text NOT NULL,
	key          text, -- EnqueueOnce: one unfinished job per kind and key
	payload      bytea NOT NULL,
	state        text NOT NULL DEFAULT 'queued'
	             CHECK (state IN ('queued', 'running', 'done', 'failed')),
	attempts     integer NOT NULL DEFAULT 0,
	max_attempts integer NOT NULL CHECK (max_attempts > 0),
	run_after    timestamptz NOT NULL DEFAULT now(),
	locked_by    text,
	locked_until timestamptz,
	error        text NOT NULL DEFAULT '',
	created      timestamptz NOT NULL DEFAULT now(),
	finished     timestamptz
);
-- What Claim looks at: queued jobs by id, and running jobs whose lease ends.
CREATE INDEX jobs_queued ON jobs (id) WHERE state = 'queued';
CREATE INDEX jobs_leases ON jobs (locked_until) WHERE state = 'running';
CREATE UNIQUE INDEX jobs_unfinished_key ON jobs (kind, key)
	WHERE key IS NOT NULL AND state IN ('queued', 'running');

CREATE TABLE feeds (
	url           text PRIMARY KEY,
	every_seconds double precision NOT NULL CHECK (every_seconds > 0),
	etag          text NOT NULL DEFAULT '',
	last_modified text NOT NULL DEFAULT '',
	next_poll     timestamptz NOT NULL DEFAULT now(),
	last_polled   timestamptz,
	failures      integer NOT NULL DEFAULT 0,
	last_error    text NOT NULL DEFAULT ''
);
CREATE INDEX feeds_next_poll ON feeds (next_poll);
