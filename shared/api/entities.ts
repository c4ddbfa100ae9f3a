import { z } from 'zod';
import {
  ACCESS_MAX,
  ACCESS_MIN,
  CONFIDENCES,
  INFLUENCE_MAX,
  INFLUENCE_MIN,
  LANGUAGES,
  ORG_STEPS,
  PERSON_LAYERS,
  PROGRESS_STEPS,
  RELATION_KINDS,
  RELATIONSHIP_TYPES,
  ROLES,
  STAGES,
  STANCES,
  TIERS,
} from '../domain/enums';

/** Field schemas shared by inputs and records, so a rule is written once. */
export const Id = z.uuid();
export const Name = z.string().trim().min(1).max(200);
export const ShortText = z.string().trim().max(500);
export const LongText = z.string().max(100_000);
export const Timestamp = z.string();
export const IsoDate = z.iso.date();

export const Role = z.enum(ROLES);
export const Stance = z.enum(STANCES);
export const Influence = z.int().min(INFLUENCE_MIN).max(INFLUENCE_MAX);
export const Access = z.int().min(ACCESS_MIN).max(ACCESS_MAX);
export const Progress = z.enum(PROGRESS_STEPS);
export const Confidence = z.enum(CONFIDENCES);
export const PersonLayer = z.enum(PERSON_LAYERS);
export const Tier = z.enum(TIERS);
export const Stage = z.enum(STAGES);
export const RelationshipType = z.enum(RELATIONSHIP_TYPES);
export const OrgStep = z.enum(ORG_STEPS);
export const RelationKind = z.enum(RELATION_KINDS);
export const Coordinate = z.number().finite().min(-1e7).max(1e7);

export const Account = z.object({
  id: Id,
  name: Name,
  tier: Tier,
  stage: Stage,
  relationshipType: RelationshipType,
  potential: z.int().min(1).max(5),
  orgStep: OrgStep,
  notes: LongText,
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Account = z.infer<typeof Account>;

export const AccountSummary = Account.extend({ peopleCount: z.int() });
export type AccountSummary = z.infer<typeof AccountSummary>;

export const Person = z.object({
  id: Id,
  accountId: Id,
  orgUnitId: Id.nullable(),
  name: z.string(),
  title: z.string(),
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
  roleAssessedAt: Timestamp.nullable(),
  influenceAssessedAt: Timestamp.nullable(),
  stanceAssessedAt: Timestamp.nullable(),
  accessAssessedAt: Timestamp.nullable(),
  progressAssessedAt: Timestamp.nullable(),
  competitorId: Id.nullable(),
  email: z.string(),
  phone: z.string(),
  birthday: IsoDate.nullable(),
  interests: z.string(),
  familyNotes: z.string(),
  privateNotes: z.string(),
  cadenceDays: z.int().nullable(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Person = z.infer<typeof Person>;

export const MapInfo = z.object({
  id: Id,
  accountId: Id,
  opportunityId: Id.nullable(),
  name: z.string(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type MapInfo = z.infer<typeof MapInfo>;

export const MapItem = z.object({
  id: Id,
  mapId: Id,
  personId: Id.nullable(),
  x: z.number(),
  y: z.number(),
  width: z.number().nullable(),
  height: z.number().nullable(),
  collapsed: z.boolean(),
});
export type MapItem = z.infer<typeof MapItem>;

export const Relation = z.object({
  id: Id,
  accountId: Id,
  kind: RelationKind,
  fromPersonId: Id.nullable(),
  fromMemberId: Id.nullable(),
  toPersonId: Id.nullable(),
  toMemberId: Id.nullable(),
  strength: z.int().min(0).max(3),
  label: z.string(),
});
export type Relation = z.infer<typeof Relation>;

export const MapView = z.object({
  map: MapInfo,
  account: Account,
  items: z.array(MapItem),
  people: z.array(Person),
  relations: z.array(Relation),
});
export type MapView = z.infer<typeof MapView>;

export const LanguageSetting = z.enum(['system', ...LANGUAGES]);
export type LanguageSetting = z.infer<typeof LanguageSetting>;
export const Settings = z.object({ language: LanguageSetting });
export type Settings = z.infer<typeof Settings>;

export const AppInfo = z.object({ version: z.string(), databasePath: z.string() });
export type AppInfo = z.infer<typeof AppInfo>;
