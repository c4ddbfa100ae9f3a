import type { InputOf } from '../../shared/api/contract';

const DAY = 86_400_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The time of the private contact below; its seconds are a marker of their own (`41.987`). */
export const PRIVATE_CONTACT_SECONDS = '41.987';

/**
 * The latest contact of a key person, private, with one promise overdue and one open: contact
 * dates, insights and the status light would show it if the public scope let it through. Every
 * text is a marker from `marker`.
 */
export function privateContactInput(
  accountId: string,
  personId: string,
  memberId: string,
  marker: (what: string) => string,
): InputOf<'interactions.create'> {
  return {
    accountId,
    occurredAt: `${isoDay(Date.now() - DAY)}T03:17:${PRIVATE_CONTACT_SECONDS}Z`,
    scenario: 'private_daily',
    channel: 'meal',
    summary: marker('summary'),
    notes: marker('notes'),
    isPrivate: true,
    bankEffect: 2,
    personIds: [personId],
    memberIds: [memberId],
    commitments: [
      { description: marker('overdue'), by: { kind: 'member', id: memberId }, dueDate: isoDay(Date.now() - 9 * DAY) },
      { description: marker('open'), by: { kind: 'person', id: personId }, dueDate: isoDay(Date.now() + 9 * DAY) },
    ],
  };
}
