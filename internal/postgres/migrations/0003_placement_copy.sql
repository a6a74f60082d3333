-- Whether an article joined its event as a copy becomes a field of its
-- placement ("copy": true) instead of a prefix of its reason's text (see the
-- SQLite store's 0003). The placements written before it say so only in
-- words: a copy's own reason, or the "first placed:" part kept when a merge
-- or a split moved it.
UPDATE articles SET placement = (placement::jsonb || '{"copy": true}'::jsonb)::json
WHERE placement IS NOT NULL
  AND (placement->>'reason' LIKE 'copy of an article in this event%'
    OR placement->>'reason' LIKE '%first placed: copy of an article in this event%');
