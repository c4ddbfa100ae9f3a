import { z } from 'zod';
import {
  Access,
  Confidence,
  Id,
  Influence,
  LongText,
  Person,
  PersonLayer,
  Progress,
  Role,
  ShortText,
  Stance,
} from '../entities';
import { MAX_BATCH, Ok, op, Position } from './common';

/** A person's name: trimmed, at most 200 characters; empty only for a placeholder (checked where it is known). */
const PersonName = z.string().trim().max(200);

export const PersonPatch = z
  .object({
    name: PersonName,
    title: ShortText,
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
    email: ShortText,
    phone: ShortText,
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
    title: ShortText.optional(),
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
      ctx.addIssue({ code: 'custom', path: ['name'], message: 'A name is needed; only a placeholder may have none' });
    }
  });

export const peopleMethods = {
  'people.list': op(z.object({ accountId: Id }).strict(), z.array(Person)),
  'people.create': op(PersonCreate, Person),
  'people.update': op(z.object({ id: Id, patch: PersonPatch }).strict(), Person),
  'people.delete': op(z.object({ ids: z.array(Id).min(1).max(MAX_BATCH) }).strict(), Ok),
  'people.restore': op(z.object({ ids: z.array(Id).min(1).max(MAX_BATCH) }).strict(), z.array(Person)),
} as const;
