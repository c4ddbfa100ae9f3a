import { z } from 'zod';
import {
  Access,
  Address,
  Competitor,
  Confidence,
  Email,
  Id,
  ImHandle,
  Influence,
  JobTitle,
  LongText,
  NoteText,
  Person,
  PersonLayer,
  PersonName,
  Phone,
  Progress,
  Reason as ReasonText,
  Role,
  Stance,
  IsoDate,
  Tag,
  PersonTag,
  Timestamp,
} from '../entities';
import { customIssue, customProblem } from '../issues';
import { TagName } from './tags';
import { MAX_BATCH, Ok, read, write, withBefore, Position } from './common';
import { UtcOffset } from './history';

export const PersonPatch = z
  .object({
    name: PersonName,
    title: JobTitle,
    isPlaceholder: z.boolean(),
    role: Role,
    influence: Influence,
    stance: Stance,
    access: Access,
    progress: Progress,
    layer: PersonLayer,
    roleConfidence: Confidence,
    influenceConfidence: Confidence,
    stanceConfidence: Confidence,
    accessConfidence: Confidence,
    email: Email,
    phone: Phone,
    mobile: Phone,
    imHandle: ImHandle,
    address: Address,
    /** A calendar date YYYY-MM-DD, or null when unknown. */
    birthday: IsoDate.nullable(),
    interests: NoteText,
    familyNotes: NoteText,
    privateNotes: LongText,
    /** A unit of the person's own account, or null for none. */
    orgUnitId: Id.nullable(),
    /** A competitor of the person's own account they lean to, or null. */
    competitorId: Id.nullable(),
  })
  .partial()
  .strict();
export type PersonPatch = z.infer<typeof PersonPatch>;

const PersonCreate = z
  .object({
    id: Id.optional(),
    accountId: Id,
    /** Required unless isPlaceholder is true ("CFO — not yet identified" shows role and title). */
    name: PersonName.optional(),
    title: JobTitle.optional(),
    isPlaceholder: z.boolean().optional(),
    role: Role.optional(),
    influence: Influence.optional(),
    stance: Stance.optional(),
    access: Access.optional(),
    progress: Progress.optional(),
    layer: PersonLayer.optional(),
    orgUnitId: Id.nullable().optional(),
    placeOn: z.object({ mapId: Id, itemId: Id.optional(), position: Position }).strict().optional(),
  })
  .strict()
  .superRefine((input, ctx) => {
    if (!input.isPlaceholder && !input.name) {
      ctx.addIssue({
        path: ['name'],
        ...customIssue('required', 'A name is needed; only a placeholder may have none'),
      });
    }
  });

/** Fields one edit may set on many people at once; name and placeholder-ness are each person's own. */
export const BulkPersonPatch = PersonPatch.omit({ name: true, isPlaceholder: true })
  .strict()
  .refine((patch) => Object.keys(patch).length > 0, customProblem('nothing_to_change'));
export type BulkPersonPatch = z.infer<typeof BulkPersonPatch>;

/** Why an assessment changed ("met at the summit"); kept with each history row it writes. */
const Reason = ReasonText.optional();
/**
 * Names this edit in the history (history.setReason gives its entries a reason afterwards); the
 * caller makes a new one per edit, and one an earlier edit used is refused.
 */
const ChangeId = Id.optional();
const Ids = z.array(Id).min(1).max(MAX_BATCH);
/**
 * The day what an edit records was learned ("at last month's steering meeting"), in the user's
 * calendar (`utcOffset`, minutes east of UTC): history, time travel and the warnings date the
 * edit then. Not after today, nor more than LEARNED_ON_MAX_AGE_DAYS before it; today (or none)
 * means now.
 */
const LearnedOn = IsoDate.optional();

/** When each assessment was last made or reviewed, as a person holds it. */
export const AssessmentStamps = z
  .object({
    roleAssessedAt: Timestamp.nullable(),
    influenceAssessedAt: Timestamp.nullable(),
    stanceAssessedAt: Timestamp.nullable(),
    accessAssessedAt: Timestamp.nullable(),
  })
  .strict();
export type AssessmentStamps = z.infer<typeof AssessmentStamps>;

/** One person's values of the fields an edit changed, as they were before it (for undo). */
export const PersonValues = z.object({ id: Id, patch: PersonPatch });
export type PersonValues = z.infer<typeof PersonValues>;
const PersonTagNames = z.object({ personId: Id, names: z.array(z.string()) });

export const peopleMethods = {
  'people.list': read(z.object({ accountId: Id }).strict(), z.array(Person), [
    'accounts',
    'insights_touched',
    'people',
  ]),
  /** One person's full record, private fields included. */
  'people.get': read(z.object({ id: Id }).strict(), Person, ['people']),
  'people.create': write(PersonCreate, Person, ['map_items', 'people', 'search_docs']),
  'people.update': write(
    z
      .object({
        id: Id,
        patch: PersonPatch,
        reason: Reason,
        changeId: ChangeId,
        learnedOn: LearnedOn,
        utcOffset: UtcOffset,
      })
      .strict(),
    withBefore(Person),
    ['people', 'person_history', 'search_docs'],
  ),
  /**
   * "Still right": the person's role, influence, stance and access are judged again and found
   * unchanged. Their dates (and so their confidences) become the review's, and the history keeps
   * one review entry per assessment under `changeId` (made by the store when not sent). Progress
   * is left alone: its date is when it last moved a step. Returns the stamps as they were, for undo.
   */
  'people.confirmAssessment': write(
    z.object({ personId: Id, changeId: ChangeId, learnedOn: LearnedOn, utcOffset: UtcOffset }).strict(),
    z.object({ person: Person, changeId: Id, before: AssessmentStamps }),
    ['people', 'person_history', 'search_docs'],
  ),
  /** Takes a review back (the undo of people.confirmAssessment): its entries go, the stamps return. */
  'people.undoConfirmAssessment': write(
    z.object({ personId: Id, changeId: Id, before: AssessmentStamps }).strict(),
    Person,
    ['people', 'person_history', 'search_docs'],
  ),
  /**
   * The same change for many people of one account, in one transaction; returns what each one
   * had before in the changed fields, so undo can give every person their own values back.
   */
  'people.updateMany': write(
    z.object({ ids: Ids, patch: BulkPersonPatch, reason: Reason, changeId: ChangeId }).strict(),
    z.object({ before: z.array(PersonValues) }),
    ['people', 'search_docs'],
  ),
  /** Gives each person their own values back (the undo of updateMany), in one transaction. */
  'people.updateEach': write(
    z
      .object({
        items: z
          .array(z.object({ id: Id, patch: PersonPatch }).strict())
          .min(1)
          .max(MAX_BATCH),
        reason: Reason,
      })
      .strict(),
    Ok,
    ['people', 'search_docs'],
  ),
  /**
   * Adds and removes tags (by name, case-insensitive) on many people at once; new names become
   * tags. Returns each person's tag names before, for undo through people.setTagsEach.
   */
  'people.changeTags': write(
    z
      .object({ ids: Ids, add: z.array(TagName).max(50).default([]), remove: z.array(TagName).max(50).default([]) })
      .strict()
      .refine((input) => input.add.length + input.remove.length > 0, {
        ...customProblem('nothing_to_change'),
        path: ['add'],
      }),
    z.object({ before: z.array(PersonTagNames) }),
    ['person_tags', 'tags'],
  ),
  /** Gives each person exactly these tag names, in one transaction. */
  'people.setTagsEach': write(
    z
      .object({
        items: z
          .array(z.object({ personId: Id, names: z.array(TagName).max(50) }).strict())
          .min(1)
          .max(MAX_BATCH),
      })
      .strict(),
    Ok,
    ['person_tags', 'tags'],
  ),
  /** What the people table shows beside the people: every tag link of the account and its competitors. */
  'people.tableContext': read(
    z.object({ accountId: Id }).strict(),
    z.object({ tags: z.array(Tag), personTags: z.array(PersonTag), competitors: z.array(Competitor) }),
    ['accounts', 'competitors', 'people', 'person_tags', 'tags'],
  ),
  'people.delete': write(z.object({ ids: z.array(Id).min(1).max(MAX_BATCH) }).strict(), Ok, ['people', 'search_docs']),
  'people.restore': write(z.object({ ids: z.array(Id).min(1).max(MAX_BATCH) }).strict(), z.array(Person), [
    'people',
    'search_docs',
  ]),
} as const;
