-- The work queue moves to River (riverqueue/river), whose own migrations
-- Open applies after these. The hand-written jobs table goes; a database
-- that still has unfinished jobs in it is refused, so that no queued work
-- is dropped silently: let the old workers finish first.
DO $$
BEGIN
	IF to_regclass('jobs') IS NOT NULL THEN
		IF EXISTS (SELECT 1 FROM jobs WHERE state IN ('queued', 'running')) THEN
			RAISE EXCEPTION 'the old jobs table still holds unfinished jobs: run the previous copydesk workers until the queue is empty, then upgrade';
		END IF;
		DROP TABLE jobs;
	END IF;
END $$;
