import { z } from 'zod';
import { RELATION_STRENGTH, type RelationKind } from '../../domain/enums';
import type { InputIssue } from '../issues';
import { Id, LineLabel, Relation, RelationKind as RelationKindSchema } from '../entities';
import { customIssue, inputIssue } from '../issues';
import { MAX_BATCH, read, write, withBefore } from './common';

export interface LineShape {
  kind: RelationKind;
  fromPersonId?: string | null;
  fromMemberId?: string | null;
  strength?: number;
}

/**
 * The rules of each kind of line, written once for the contract and the backend: a covers line
 * runs from one of our team to one of theirs with strength 0..2 (none / weak / strong); every
 * other kind runs between two of their people; influences has strength 1..3.
 */
export function lineProblems(line: LineShape, prefix = ''): InputIssue[] {
  const problems: InputIssue[] = [];
  const hasPerson = Boolean(line.fromPersonId);
  const hasMember = Boolean(line.fromMemberId);
  if (hasPerson === hasMember) {
    problems.push(
      inputIssue(
        `${prefix}fromPersonId`,
        'line_start',
        {},
        'A line starts at exactly one party: give fromPersonId or fromMemberId',
      ),
    );
  } else if (line.kind === 'covers' && !hasMember) {
    problems.push(
      inputIssue(
        `${prefix}kind`,
        'line_kind',
        {},
        'A covers line runs from one of our team (fromMemberId) to one of their people',
      ),
    );
  } else if (line.kind !== 'covers' && hasMember) {
    problems.push(
      inputIssue(
        `${prefix}kind`,
        'line_kind',
        {},
        `Only a covers line can start at one of our team; ${line.kind} runs between two of their people`,
      ),
    );
  }
  const { min, max } = RELATION_STRENGTH[line.kind];
  if (line.strength !== undefined && (line.strength < min || line.strength > max)) {
    problems.push(
      inputIssue(
        `${prefix}strength`,
        'out_of_range',
        { min, max },
        `A ${line.kind} line has a strength from ${min} to ${max}`,
      ),
    );
  }
  return problems;
}

const Strength = z.int().min(0).max(3);

const RelationCreate = z
  .object({
    id: Id.optional(),
    accountId: Id,
    kind: RelationKindSchema,
    /** Exactly one of fromPersonId / fromMemberId; fromMemberId only for covers. */
    fromPersonId: Id.optional(),
    fromMemberId: Id.optional(),
    toPersonId: Id,
    strength: Strength.optional(),
    label: LineLabel.optional(),
  })
  .strict()
  .superRefine((input, ctx) => {
    for (const { path, problem, params, message } of lineProblems(input)) {
      ctx.addIssue({ path: [path], ...customIssue(problem, message, params) });
    }
  });

export const relationMethods = {
  'relations.list': read(z.object({ accountId: Id }).strict(), z.array(Relation), ['accounts', 'people', 'relations']),
  'relations.create': write(RelationCreate, Relation, ['relations']),
  'relations.update': write(
    z
      .object({
        id: Id,
        patch: z.object({ kind: RelationKindSchema, strength: Strength, label: LineLabel }).partial().strict(),
      })
      .strict(),
    withBefore(Relation),
    ['relations'],
  ),
  'relations.delete': write(z.object({ id: Id }).strict(), Relation, ['relations']),
  /**
   * The person reports to `managerId` (or to nobody): their reports-to lines go and one new one
   * (with `id` when given) comes, in one transaction. Returns the lines removed and made, so
   * relations.replace can undo it from the store.
   */
  'relations.setReportsTo': write(
    z.object({ personId: Id, managerId: Id.nullable(), id: Id.optional() }).strict(),
    z.object({ removed: z.array(Relation), created: Relation.nullable() }),
    ['relations'],
  ),
  /** Deletes the lines of `remove` and writes `add` back as they were, in one transaction (undo and redo). */
  'relations.replace': write(
    z
      .object({
        remove: z.array(Id).max(MAX_BATCH),
        add: z.array(Relation.strict()).max(MAX_BATCH),
      })
      .strict(),
    z.object({ ok: z.literal(true) }),
    ['relations'],
  ),
  /**
   * Sets the one covers line from a member of our team to one of their people (creating it with
   * `id` if given). Returns the line and what it was before (null when it did not exist), for undo.
   */
  'relations.setCoverage': write(
    z
      .object({
        id: Id.optional(),
        accountId: Id,
        memberId: Id,
        personId: Id,
        strength: z.int().min(0).max(2),
      })
      .strict(),
    z.object({ relation: Relation, previous: Relation.nullable() }),
    ['relations'],
  ),
} as const;
