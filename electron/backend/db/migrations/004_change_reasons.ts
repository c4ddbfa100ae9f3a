/**
 * A reason can follow its change. Each history row learns which change (one edit: one call of
 * people.update, people.updateMany or opportunities.assess) wrote it, so that a reason given a
 * moment later lands on exactly that change's rows. The log stays append-only for what changed,
 * from what, to what and when; only the reason, the one thing a person writes, may be filled in
 * or taken back afterwards.
 */
export default /* sql */ `
ALTER TABLE person_history ADD COLUMN change_id TEXT;
CREATE INDEX person_history_change ON person_history(change_id) WHERE change_id IS NOT NULL;

DROP TRIGGER person_history_append_only;
CREATE TRIGGER person_history_append_only
BEFORE UPDATE OF seq, person_id, opportunity_id, field, old_value, new_value, changed_at, change_id ON person_history
BEGIN
  SELECT RAISE(ABORT, 'person_history is append-only');
END;
`;
