/**
 * Assessments as the method means them. A history row is either a `change` of a value or a
 * `review` that found the value still right (old and new value the same); and it may say when
 * what it records was learned (`learned_at`, an instant, when that was before it was written —
 * "at last month's steering meeting"), which time travel and the warnings read instead of the
 * write time. Rows written before this keep kind `change` and no learned time: they were learned
 * when written. Both new columns are part of what the log keeps unchanged.
 */
export default /* sql */ `
ALTER TABLE person_history ADD COLUMN kind TEXT NOT NULL DEFAULT 'change' CHECK (kind IN ('change','review'));
ALTER TABLE person_history ADD COLUMN learned_at TEXT;
CREATE INDEX person_history_learned ON person_history(person_id, coalesce(learned_at, changed_at));

DROP TRIGGER person_history_append_only;
CREATE TRIGGER person_history_append_only
BEFORE UPDATE OF seq, person_id, opportunity_id, field, old_value, new_value, changed_at, change_id, kind, learned_at
ON person_history
BEGIN
  SELECT RAISE(ABORT, 'person_history is append-only');
END;
`;
