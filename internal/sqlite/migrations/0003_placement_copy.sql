-- Whether an article joined its event as a copy becomes a field of its
-- placement ("copy": true) instead of a prefix of its reason's text. The
-- placements written before it say so only in words: a copy's own reason,
-- or the "first placed:" part kept when a merge or a split moved it.
UPDATE articles SET placement = json_set(placement, '$.copy', json('true'))
WHERE placement IS NOT NULL
  AND (json_extract(placement, '$.reason') LIKE 'copy of an article in this event%'
    OR json_extract(placement, '$.reason') LIKE '%first placed: copy of an article in this event%');
