import { z } from 'zod';
import {
  Access,
  Account,
  AccountSummary,
  AppInfo,
  Confidence,
  Coordinate,
  Id,
  Influence,
  LongText,
  MapInfo,
  MapView,
  Name,
  OrgStep,
  Person,
  PersonLayer,
  Progress,
  Relation,
  RelationKind,
  RelationshipType,
  Role,
  Settings,
  ShortText,
  Stage,
  Stance,
  Tier,
} from './entities';

/**
 * Every operation the UI can ask for, declared once: its input schema (validated by the
 * backend before it touches data) and its output schema (the type the caller receives).
 * Both transports and the typed client are derived from this map.
 */
const op = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({ input, output });
const Empty = z.object({}).strict();
const Ok = z.object({ ok: z.literal(true) });

const AccountPatch = z
  .object({
    name: Name,
    tier: Tier,
    stage: Stage,
    relationshipType: RelationshipType,
    potential: z.int().min(1).max(5),
    orgStep: OrgStep,
    notes: LongText,
  })
  .partial()
  .strict();

export const PersonPatch = z
  .object({
    name: z.string().trim().max(200),
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
  })
  .partial()
  .strict();
export type PersonPatch = z.infer<typeof PersonPatch>;

const Position = z.object({ x: Coordinate, y: Coordinate }).strict();

export const contract = {
  'app.info': op(Empty, AppInfo),
  'settings.get': op(Empty, Settings),
  'settings.update': op(Settings.partial().strict(), Settings),

  'accounts.list': op(Empty, z.array(AccountSummary)),
  'accounts.get': op(z.object({ id: Id }).strict(), Account),
  'accounts.create': op(
    z.object({ id: Id.optional(), name: Name, tier: Tier.optional(), firstMapName: Name.optional() }).strict(),
    Account,
  ),
  'accounts.update': op(z.object({ id: Id, patch: AccountPatch }).strict(), Account),
  'accounts.delete': op(z.object({ id: Id }).strict(), Ok),

  'maps.list': op(z.object({ accountId: Id }).strict(), z.array(MapInfo)),
  'maps.view': op(z.object({ mapId: Id }).strict(), MapView),
  'maps.moveItems': op(
    z
      .object({
        mapId: Id,
        moves: z
          .array(z.object({ itemId: Id, x: Coordinate, y: Coordinate }).strict())
          .min(1)
          .max(10_000),
      })
      .strict(),
    Ok,
  ),

  'people.create': op(
    z
      .object({
        id: Id.optional(),
        accountId: Id,
        name: Name,
        title: ShortText.optional(),
        placeOn: z.object({ mapId: Id, itemId: Id.optional(), position: Position }).strict().optional(),
      })
      .strict(),
    Person,
  ),
  'people.update': op(z.object({ id: Id, patch: PersonPatch }).strict(), Person),
  'people.delete': op(z.object({ ids: z.array(Id).min(1).max(10_000) }).strict(), Ok),
  'people.restore': op(z.object({ ids: z.array(Id).min(1).max(10_000) }).strict(), z.array(Person)),

  'relations.create': op(
    z
      .object({
        id: Id.optional(),
        accountId: Id,
        kind: RelationKind,
        fromPersonId: Id,
        toPersonId: Id,
        strength: z.int().min(0).max(3).optional(),
        label: ShortText.optional(),
      })
      .strict(),
    Relation,
  ),
  'relations.update': op(
    z
      .object({
        id: Id,
        patch: z
          .object({ kind: RelationKind, strength: z.int().min(0).max(3), label: ShortText })
          .partial()
          .strict(),
      })
      .strict(),
    Relation,
  ),
  'relations.delete': op(z.object({ id: Id }).strict(), Relation),
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type InputOf<M extends MethodName> = z.input<Contract[M]['input']>;
export type ParsedInputOf<M extends MethodName> = z.output<Contract[M]['input']>;
export type OutputOf<M extends MethodName> = z.output<Contract[M]['output']>;
export const METHOD_NAMES = Object.keys(contract) as MethodName[];

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}
