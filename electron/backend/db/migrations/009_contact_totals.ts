/**
 * What the screens of a big account read, kept ready. Indexes for the reads that scanned or
 * sorted (commitments by their contact, by person and in due order, the timeline's keyset order,
 * a map's items in drawing order, an account's people by name), and `contact_totals`: per
 * person and privacy, the last contact, the bank balance and the number of contacts, which the
 * triggers below keep true on every write of interactions and who took part. The private rows (`is_private = 1`, the sums over
 * private contacts) are hidden in the public scope like private interactions themselves, so
 * summing a person's rows gives the total each scope may see.
 *
 * A last contact dated outside the calendar's span (year 0000 or 9999, which an older version
 * let through) is none; the bounds are those of shared/domain/calendarDate.ts when this shipped.
 */
const sane = (column: string) => `${column} >= '1899-12-31T10:00:00.000Z' AND ${column} < '2201-01-01T12:00:00.000Z'`;

/** Recomputes the totals of the people `who` (a subquery of person ids) from the contacts themselves. */
const recompute = (who: string) => `
  DELETE FROM contact_totals WHERE person_id IN (${who});
  INSERT INTO contact_totals (person_id, is_private, last_contact_at, bank_balance, interaction_count)
    SELECT ip.person_id, i.is_private, MAX(CASE WHEN ${sane('i.occurred_at')} THEN i.occurred_at END),
      SUM(i.bank_effect), COUNT(*)
    FROM interaction_participants ip JOIN interactions i ON i.id = ip.interaction_id
    WHERE ip.person_id IN (${who})
    GROUP BY ip.person_id, i.is_private;`;

export default /* sql */ `
CREATE INDEX commitments_interaction ON commitments(interaction_id);
CREATE INDEX commitments_by_person ON commitments(by_person_id) WHERE by_person_id IS NOT NULL;
CREATE INDEX commitments_to_person ON commitments(to_person_id) WHERE to_person_id IS NOT NULL;
CREATE INDEX commitments_account_due ON commitments(account_id, state, due_date IS NULL, due_date, created_at);
CREATE INDEX map_items_z ON map_items(map_id, z);
CREATE INDEX people_account_name ON people(account_id, name COLLATE NOCASE, created_at) WHERE deleted_at IS NULL;
CREATE INDEX interactions_timeline ON interactions(account_id, occurred_at DESC, id DESC);
CREATE INDEX interaction_participants_member ON interaction_participants(member_id) WHERE member_id IS NOT NULL;

CREATE TABLE contact_totals (
  person_id TEXT NOT NULL,
  is_private INTEGER NOT NULL CHECK (is_private IN (0,1)),
  last_contact_at TEXT,
  bank_balance INTEGER NOT NULL,
  interaction_count INTEGER NOT NULL,
  PRIMARY KEY (person_id, is_private)
) STRICT;

INSERT INTO contact_totals (person_id, is_private, last_contact_at, bank_balance, interaction_count)
  SELECT ip.person_id, i.is_private, MAX(CASE WHEN ${sane('i.occurred_at')} THEN i.occurred_at END),
    SUM(i.bank_effect), COUNT(*)
  FROM interaction_participants ip JOIN interactions i ON i.id = ip.interaction_id
  WHERE ip.person_id IS NOT NULL
  GROUP BY ip.person_id, i.is_private;

-- A person added to a contact: one more contact, counted in place (the common write, and bulk ones).
CREATE TRIGGER contact_totals_participant_insert AFTER INSERT ON interaction_participants
WHEN NEW.person_id IS NOT NULL
BEGIN
  INSERT INTO contact_totals (person_id, is_private, last_contact_at, bank_balance, interaction_count)
    SELECT NEW.person_id, i.is_private, CASE WHEN ${sane('i.occurred_at')} THEN i.occurred_at END,
      i.bank_effect, 1
    FROM interactions i WHERE i.id = NEW.interaction_id
  ON CONFLICT (person_id, is_private) DO UPDATE SET
    last_contact_at = CASE
      WHEN excluded.last_contact_at IS NULL THEN last_contact_at
      WHEN last_contact_at IS NULL OR excluded.last_contact_at > last_contact_at THEN excluded.last_contact_at
      ELSE last_contact_at END,
    bank_balance = bank_balance + excluded.bank_balance,
    interaction_count = interaction_count + 1;
END;

-- A person taken off a contact (or the contact deleted): their totals counted again.
CREATE TRIGGER contact_totals_participant_delete AFTER DELETE ON interaction_participants
WHEN OLD.person_id IS NOT NULL
BEGIN
  ${recompute('OLD.person_id')}
END;

CREATE TRIGGER contact_totals_participant_update AFTER UPDATE ON interaction_participants
BEGIN
  ${recompute('SELECT OLD.person_id UNION SELECT NEW.person_id')}
END;

-- A contact moved in time, made private or public, or its effect changed: its people counted again.
CREATE TRIGGER contact_totals_interaction_update AFTER UPDATE OF occurred_at, is_private, bank_effect ON interactions
BEGIN
  ${recompute('SELECT person_id FROM interaction_participants WHERE interaction_id = NEW.id AND person_id IS NOT NULL')}
END;
`;
