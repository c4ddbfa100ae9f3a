/**
 * What "private" covers, in one place: a person's private notes and personal details (birthday,
 * interests, family), and whole interactions marked private. Exports, images and presentation
 * go through these unless the user explicitly includes private things.
 */
import type { Person } from '../api/entities';

/** The person with every private field blank; nothing else changes. */
export function withoutPrivate(person: Person): Person {
  return { ...person, privateNotes: '', birthday: null, interests: '', familyNotes: '' };
}

/** Whether anything private is kept on the person (the card's private marker). */
export const hasPrivate = (person: Pick<Person, 'privateNotes'>): boolean => person.privateNotes.trim() !== '';
