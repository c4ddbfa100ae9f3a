/**
 * What "private" covers, in one place: a person's private notes and personal details (birthday,
 * interests, family), and whole interactions marked private with everything that hangs off them
 * (who took part, the commitments made in them, and anything derived from those). The owner on
 * their own machine reads in the `owner` scope and sees everything; a wall screen, a workshop
 * viewer, an export without private content and team sync read in the `public` scope, which the
 * backend serves without any of it.
 */
import type { Person } from '../api/entities';

export const SCOPES = ['owner', 'public'] as const;
export type Scope = (typeof SCOPES)[number];

export const isScope = (value: unknown): value is Scope => (SCOPES as readonly unknown[]).includes(value);

/** A person's private fields, with the value each takes in the public scope. */
export const PRIVATE_PERSON_FIELDS = {
  privateNotes: '',
  birthday: null,
  interests: '',
  familyNotes: '',
} as const satisfies Partial<Person>;

/** Whether anything private is kept on the person (the card's private marker). */
export const hasPrivate = (person: Pick<Person, 'privateNotes'>): boolean => person.privateNotes.trim() !== '';
