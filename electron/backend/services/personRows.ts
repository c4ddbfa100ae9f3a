import type { Person } from '../../../shared/api/entities';
import { bool } from './common';

/** A person's columns as the people services read them, and the row they give (one place for both). */
export const PERSON_COLUMNS = `p.id, p.account_id AS accountId, p.org_unit_id AS orgUnitId, p.name, p.title,
  p.is_placeholder AS isPlaceholder, p.role, p.influence, p.stance, p.access, p.progress, p.layer,
  p.role_confidence AS roleConfidence, p.influence_confidence AS influenceConfidence,
  p.stance_confidence AS stanceConfidence, p.access_confidence AS accessConfidence,
  p.role_assessed_at AS roleAssessedAt, p.influence_assessed_at AS influenceAssessedAt,
  p.stance_assessed_at AS stanceAssessedAt, p.access_assessed_at AS accessAssessedAt,
  p.progress_assessed_at AS progressAssessedAt, p.competitor_id AS competitorId, p.email, p.phone,
  p.mobile, p.im_handle AS imHandle, p.address,
  p.birthday, p.interests, p.family_notes AS familyNotes, p.private_notes AS privateNotes,
  p.cadence_days AS cadenceDays, p.created_at AS createdAt, p.updated_at AS updatedAt`;

export type PersonRow = Omit<Person, 'isPlaceholder'> & { isPlaceholder: number };
export const toPerson = (row: PersonRow): Person => ({ ...row, isPlaceholder: bool(row.isPlaceholder) });
/** toPerson on a row object no one else holds (allRows' own): converted in place, not copied. */
export function personFromRow(row: PersonRow): Person {
  const person = row as unknown as Person;
  person.isPlaceholder = bool(row.isPlaceholder);
  return person;
}
