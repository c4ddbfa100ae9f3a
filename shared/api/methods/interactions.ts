import { z } from 'zod';
import { isValidTimeZone } from '../../domain/contactDue';
import { CHANNELS, COMMITMENT_STATES, SCENARIOS } from '../../domain/enums';
import { CommitmentText, Id, Instant, IsoDate, LongText, Summary, Tier, Timestamp } from '../entities';
import { customProblem } from '../issues';
import { TEXT_LIMITS } from '../text';
import { read, write } from './common';

export const Scenario = z.enum(SCENARIOS);
export const Channel = z.enum(CHANNELS);
export const CommitmentState = z.enum(COMMITMENT_STATES);
/** The effect on the emotional bank account (情感账户): −2 a big withdrawal … +2 a big deposit. */
export const BankEffect = z.int().min(-2).max(2);
/** The user's IANA zone ("Asia/Shanghai") or a fixed offset ("+08:00"): due dates are local calendar dates. */
export const TimeZoneInput = z
  .string()
  .max(TEXT_LIMITS.timeZone)
  .refine(isValidTimeZone, customProblem('invalid_time_zone'));

const MAX_PARTICIPANTS = 200;
const MAX_COMMITMENTS = 100;

/** One side of a commitment: one of their people or one of our team. */
export const Party = z.object({ kind: z.enum(['person', 'member']), id: Id }).strict();
export type Party = z.infer<typeof Party>;

export const Commitment = z.object({
  id: Id,
  accountId: Id,
  interactionId: Id.nullable(),
  description: CommitmentText,
  by: Party,
  to: Party.nullable(),
  dueDate: IsoDate.nullable(),
  state: CommitmentState,
  closedAt: Timestamp.nullable(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Commitment = z.infer<typeof Commitment>;

export const Interaction = z.object({
  id: Id,
  accountId: Id,
  occurredAt: Instant,
  scenario: Scenario,
  channel: Channel,
  summary: Summary,
  notes: LongText,
  isPrivate: z.boolean(),
  bankEffect: BankEffect,
  /** Their people who took part. */
  personIds: z.array(Id).max(MAX_PARTICIPANTS),
  /** Our team members who took part. */
  memberIds: z.array(Id).max(MAX_PARTICIPANTS),
  /** Commitments made in this interaction, earliest due first. */
  commitments: z.array(Commitment),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Interaction = z.infer<typeof Interaction>;

/** A commitment as entered with its interaction; id, state and closedAt let undo restore one exactly. */
const CommitmentDraft = z
  .object({
    id: Id.optional(),
    description: CommitmentText,
    by: Party,
    to: Party.nullable().optional(),
    dueDate: IsoDate.nullable().optional(),
    state: CommitmentState.optional(),
    closedAt: Instant.nullable().optional(),
  })
  .strict();
export type CommitmentDraft = z.input<typeof CommitmentDraft>;

const InteractionFields = {
  occurredAt: Instant,
  scenario: Scenario,
  channel: Channel,
  summary: Summary,
  notes: LongText,
  isPrivate: z.boolean(),
  bankEffect: BankEffect,
  personIds: z.array(Id).max(MAX_PARTICIPANTS),
  memberIds: z.array(Id).max(MAX_PARTICIPANTS),
  commitments: z.array(CommitmentDraft).max(MAX_COMMITMENTS),
};

const InteractionPatch = z.object(InteractionFields).partial().strict();

const InteractionCreate = z
  .object({
    id: Id.optional(),
    accountId: Id,
    ...InteractionFields,
    scenario: Scenario.optional(),
    channel: Channel.optional(),
    summary: Summary.optional(),
    notes: LongText.optional(),
    isPrivate: z.boolean().optional(),
    bankEffect: BankEffect.optional(),
    memberIds: InteractionFields.memberIds.optional(),
    commitments: InteractionFields.commitments.optional(),
  })
  .strict()
  .refine((input) => input.personIds.length > 0, {
    ...customProblem('too_few', { min: 1 }),
    path: ['personIds'],
  });

/** A person's contact state: when last contacted, when next due under the cadence in effect. */
export const ContactStatus = z.object({
  personId: Id,
  lastContactAt: Timestamp.nullable(),
  lastContactDate: IsoDate.nullable(),
  /** The person's own cadence if set, else the account tier's. */
  cadenceDays: z.int().positive(),
  cadenceIsOverride: z.boolean(),
  nextDueDate: IsoDate,
  daysOverdue: z.int(),
  due: z.boolean(),
  overdue: z.boolean(),
  /** Sum of the bank effects of every interaction the person took part in. */
  bankBalance: z.int(),
  interactionCount: z.int(),
});
export type ContactStatus = z.infer<typeof ContactStatus>;

const StatusInput = {
  timeZone: TimeZoneInput,
  /** "Now" for the due dates; the server's clock when left out. */
  asOf: Instant.optional(),
};

/** How many contacts a page of the timeline holds unless asked for another number. */
export const INTERACTIONS_PAGE_SIZE = 50;
export const INTERACTIONS_PAGE_MAX = 500;

/** Where a page of the timeline starts: right after this contact (the last of the page before). */
export const InteractionsCursor = z.object({ occurredAt: Instant, id: Id }).strict();
export type InteractionsCursor = z.infer<typeof InteractionsCursor>;

export const interactionsMethods = {
  /** The account's interactions, newest first, with participants and commitments. */
  'interactions.list': read(z.object({ accountId: Id }).strict(), z.array(Interaction), [
    'accounts',
    'commitments',
    'interaction_participants',
    'interactions',
  ]),
  /**
   * One page of the account's contacts, newest first (by when, then id), with participants and
   * commitments; `next` is where the following page starts, null on the last. Filters by one
   * person or one scenario; `total` counts all the filters keep.
   */
  'interactions.page': read(
    z
      .object({
        accountId: Id,
        after: InteractionsCursor.optional(),
        limit: z.int().min(1).max(INTERACTIONS_PAGE_MAX).optional(),
        personId: Id.optional(),
        scenario: Scenario.optional(),
      })
      .strict(),
    z.object({ items: z.array(Interaction), total: z.int().nonnegative(), next: InteractionsCursor.nullable() }),
    ['accounts', 'commitments', 'interaction_participants', 'interactions'],
  ),
  /** The interactions one person took part in, newest first. */
  'interactions.listForPerson': read(z.object({ personId: Id }).strict(), z.array(Interaction), [
    'commitments',
    'interaction_participants',
    'interactions',
    'people',
  ]),
  'interactions.create': write(InteractionCreate, Interaction, [
    'commitments',
    'contact_totals',
    'interaction_participants',
    'interactions',
    'search_docs',
  ]),
  /** Changes fields; `commitments`, when given, is the complete new list (rows left out are deleted). */
  'interactions.update': write(z.object({ id: Id, patch: InteractionPatch }).strict(), Interaction, [
    'contact_totals',
    'interaction_participants',
    'interactions',
    'search_docs',
  ]),
  /** Deletes the interaction with its commitments and returns them, for interactions.restore. */
  'interactions.delete': write(z.object({ id: Id }).strict(), Interaction, [
    'contact_totals',
    'interaction_participants',
    'interactions',
    'search_docs',
  ]),
  /** Brings back what interactions.delete returned, with the same ids and times. */
  'interactions.restore': write(
    z
      .object({
        interaction: Interaction.extend({ commitments: z.array(Commitment.strict()).max(MAX_COMMITMENTS) }).strict(),
      })
      .strict(),
    Interaction,
    ['contact_totals', 'interaction_participants', 'interactions', 'search_docs'],
  ),
  /** Every named person of the account with last contact, cadence, next due date and bank balance. */
  'interactions.contactStatus': read(
    z.object({ accountId: Id, ...StatusInput }).strict(),
    z.object({ tier: Tier, tierCadenceDays: z.int().positive(), people: z.array(ContactStatus) }),
    ['accounts', 'contact_totals', 'interaction_participants', 'interactions', 'people'],
  ),
  /** One person's contact state and account tier, for their page. */
  'interactions.personStatus': read(
    z.object({ personId: Id, ...StatusInput }).strict(),
    z.object({ accountId: Id, tier: Tier, tierCadenceDays: z.int().positive(), status: ContactStatus }),
    ['accounts', 'contact_totals', 'interaction_participants', 'interactions', 'people'],
  ),
  /** Overrides one person's care cadence (null: back to the tier's). Returns the value it replaced. */
  'interactions.setCadence': write(
    z.object({ personId: Id, cadenceDays: z.int().min(1).max(3650).nullable() }).strict(),
    z.object({ personId: Id, cadenceDays: z.int().nullable(), previous: z.int().nullable() }),
    ['people', 'search_docs'],
  ),

  /** Commitments of an account, or those made by or to one person; open ones only on request. */
  'commitments.list': read(
    z.object({ accountId: Id, personId: Id.optional(), openOnly: z.boolean().optional() }).strict(),
    z.array(Commitment),
    ['accounts', 'commitments', 'interactions'],
  ),
  'commitments.create': write(
    CommitmentDraft.extend({ accountId: Id, interactionId: Id.nullable().optional() }).strict(),
    Commitment,
    ['commitments', 'search_docs'],
  ),
  'commitments.update': write(
    z
      .object({
        id: Id,
        patch: z
          .object({ description: CommitmentText, by: Party, to: Party.nullable(), dueDate: IsoDate.nullable() })
          .partial()
          .strict(),
      })
      .strict(),
    Commitment,
    ['commitments', 'search_docs'],
  ),
  /** Opens, keeps or breaks a commitment; closedAt is now when closing unless given (undo). */
  'commitments.setState': write(
    z.object({ id: Id, state: CommitmentState, closedAt: Instant.nullable().optional() }).strict(),
    Commitment,
    ['commitments', 'search_docs'],
  ),
  /** Deletes one commitment and returns it; commitments.create with its fields brings it back. */
  'commitments.delete': write(z.object({ id: Id }).strict(), Commitment, ['commitments', 'search_docs']),
} as const;

/** The patch that writes an interaction back as it was: how an edit is undone. */
export function restorePatch(interaction: Interaction): z.input<typeof InteractionPatch> {
  return {
    occurredAt: interaction.occurredAt,
    scenario: interaction.scenario,
    channel: interaction.channel,
    summary: interaction.summary,
    notes: interaction.notes,
    isPrivate: interaction.isPrivate,
    bankEffect: interaction.bankEffect,
    personIds: interaction.personIds,
    memberIds: interaction.memberIds,
    commitments: interaction.commitments.map((c) => ({
      id: c.id,
      description: c.description,
      by: c.by,
      to: c.to,
      dueDate: c.dueDate,
      state: c.state,
      closedAt: c.closedAt,
    })),
  };
}
