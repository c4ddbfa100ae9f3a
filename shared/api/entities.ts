import { z } from 'zod';
import { isDateInSpan, isSaneInstant } from '../domain/calendarDate';
import {
  ACCESS_MAX,
  ACCESS_MIN,
  CONFIDENCES,
  INFLUENCE_MAX,
  INFLUENCE_MIN,
  LANGUAGES,
  NOTE_KINDS,
  OPPORTUNITY_STATUSES,
  ORG_STEPS,
  PERSON_LAYERS,
  PROGRESS_STEPS,
  RELATION_KINDS,
  RELATIONSHIP_TYPES,
  ROLES,
  STAGES,
  STANCES,
  TEAM_ROLES,
  TIERS,
} from '../domain/enums';
import { customProblem } from './issues';
import { isPlainText, isSingleLine, TEXT_LIMITS } from './text';

/** Field schemas shared by inputs and records, so a rule is written once. */
export const Id = z.uuid();

// Which text a field takes, said with the problem so the message can say what is allowed.
const ONE_LINE = customProblem('control_characters', { lines: 'one' });
const MANY_LINES = customProblem('control_characters', { lines: 'many' });

/** One line of text: trimmed, at most `max` characters, no control character (no tab, no line break). */
export const line = (max: number) => z.string().trim().max(max).refine(isSingleLine, ONE_LINE);
/** Text over lines: at most `max` characters; tabs and line breaks, but no other control character. */
export const multiline = (max: number) => z.string().max(max).refine(isPlainText, MANY_LINES);

/** The name of an account, map, department, competitor, opportunity or team member: never blank. */
export const Name = line(TEXT_LIMITS.name).min(1);
/** A person's name: blank only for a placeholder (checked where that is known). */
export const PersonName = line(TEXT_LIMITS.name);
export const JobTitle = line(TEXT_LIMITS.jobTitle);
/** What a goal or an action is. */
export const Title = line(TEXT_LIMITS.title);
export const Email = line(TEXT_LIMITS.email);
export const Phone = line(TEXT_LIMITS.phone);
export const ImHandle = line(TEXT_LIMITS.imHandle);
export const Address = line(TEXT_LIMITS.address);
export const LineLabel = line(TEXT_LIMITS.label);
/** One line about a contact. */
export const Summary = line(TEXT_LIMITS.summary);
/** What was promised: never blank. */
export const CommitmentText = line(TEXT_LIMITS.commitment).min(1);
/** Why an assessment changed or an insight was set aside; it may run over a few lines. */
export const Reason = z.string().trim().max(TEXT_LIMITS.reason).refine(isPlainText, MANY_LINES);
/** A code the app wrote and hands back as it was (an insight's subject): not trimmed. */
export const Code = z.string().max(TEXT_LIMITS.code).refine(isSingleLine, ONE_LINE);
/** A sticky note, a person's interests or family notes. */
export const NoteText = multiline(TEXT_LIMITS.note);
/** Notes of any length a person writes. */
export const LongText = multiline(TEXT_LIMITS.longText);

/** A calendar date `YYYY-MM-DD`: a day the calendar has, between 1900-01-01 and 2200-12-31. */
export const IsoDate = z.iso.date().refine(isDateInSpan, customProblem('date_out_of_range'));
/** An instant with its offset (`2027-02-23T09:30:00+08:00`, `…Z`), within the same span. */
export const Instant = z.iso.datetime({ offset: true }).refine(isSaneInstant, customProblem('date_out_of_range'));
/** When the app recorded something: an instant it wrote itself. */
export const Timestamp = Instant;

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
/** A card or container size on the canvas, in canvas units. */
export const Size = z.number().finite().positive().max(1e6);
export const TeamRole = z.enum(TEAM_ROLES);
export const OpportunityStatus = z.enum(OPPORTUNITY_STATUSES);
export const NoteKind = z.enum(NOTE_KINDS);

export const Account = z.object({
  id: Id,
  name: Name,
  tier: Tier,
  stage: Stage,
  relationshipType: RelationshipType,
  potential: z.int().min(1).max(5),
  orgStep: OrgStep,
  notes: LongText,
  /** The sample account a new user can open; deleting it removes its sample team too. */
  isSample: z.boolean(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Account = z.infer<typeof Account>;

export const AccountSummary = Account.extend({ peopleCount: z.int() });
export type AccountSummary = z.infer<typeof AccountSummary>;

export const Person = z
  .object({
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
    mobile: z.string(),
    imHandle: z.string(),
    address: z.string(),
    birthday: IsoDate.nullable(),
    interests: z.string(),
    familyNotes: z.string(),
    privateNotes: z.string(),
    cadenceDays: z.int().nullable(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .refine((person) => person.isPlaceholder || person.name.trim().length > 0, {
    message: 'Only a placeholder may have no name',
    path: ['name'],
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

/**
 * One entity placed on one map: exactly one of personId / memberId / orgUnitId / noteId is set.
 * x and y are absolute canvas coordinates (also for people inside an org-unit container); an
 * org unit's width and height are its container's size.
 */
export const MapItem = z.object({
  id: Id,
  mapId: Id,
  personId: Id.nullable(),
  memberId: Id.nullable(),
  orgUnitId: Id.nullable(),
  noteId: Id.nullable(),
  x: Coordinate,
  y: Coordinate,
  width: Size.nullable(),
  height: Size.nullable(),
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
  label: LineLabel,
});
export type Relation = z.infer<typeof Relation>;

/** One of our own team (global, not per account). */
export const TeamMember = z.object({
  id: Id,
  name: Name,
  title: JobTitle,
  email: Email,
  isMe: z.boolean(),
  /** Set for the made-up team of a sample account; such a member goes when that account goes. */
  sampleAccountId: Id.nullable(),
  createdAt: Timestamp,
});
export type TeamMember = z.infer<typeof TeamMember>;

/** A member of our team working on one account, in one role (the virtual account team). */
export const AccountTeamEntry = z.object({ accountId: Id, memberId: Id, role: TeamRole });
export type AccountTeamEntry = z.infer<typeof AccountTeamEntry>;

export const OrgUnit = z.object({
  id: Id,
  accountId: Id,
  parentId: Id.nullable(),
  name: Name,
  sortOrder: z.int(),
});
export type OrgUnit = z.infer<typeof OrgUnit>;

export const MapNote = z.object({
  id: Id,
  accountId: Id,
  kind: NoteKind,
  text: NoteText,
  color: z.string(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type MapNote = z.infer<typeof MapNote>;

export const Competitor = z.object({ id: Id, accountId: Id, name: Name });
export type Competitor = z.infer<typeof Competitor>;

export const Opportunity = z.object({
  id: Id,
  accountId: Id,
  name: Name,
  status: OpportunityStatus,
  amount: z.number().nullable(),
  closeDate: IsoDate.nullable(),
  notes: LongText,
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Opportunity = z.infer<typeof Opportunity>;

/** A person's role, influence and stance for one opportunity; null keeps the account-level value. */
export const OpportunityOverride = z.object({
  personId: Id,
  role: Role.nullable(),
  influence: Influence.nullable(),
  stance: Stance.nullable(),
});
export type OpportunityOverride = z.infer<typeof OpportunityOverride>;

/** A free label on people ("IT steering committee", "met at the summit"), shared across accounts. */
export const Tag = z.object({ id: Id, name: z.string(), color: z.string() });
export type Tag = z.infer<typeof Tag>;
export const PersonTag = z.object({ personId: Id, tagId: Id });
export type PersonTag = z.infer<typeof PersonTag>;

export const MapView = z.object({
  map: MapInfo,
  account: Account,
  /** Items of every kind on the map (people, team members, org units, notes). */
  items: z.array(MapItem),
  /**
   * The people on the map. On an opportunity's map, role, influence and stance are the effective
   * values for that opportunity (its override if set, else the account-level value).
   */
  people: z.array(Person),
  /** Every line whose both ends are on the map, covers lines from our team included. */
  relations: z.array(Relation),
  /** Our team members placed on the map. */
  members: z.array(TeamMember),
  /** Every org unit of the account (placed or not), so the inspector can offer them all. */
  orgUnits: z.array(OrgUnit),
  /** The notes placed on the map. */
  notes: z.array(MapNote),
  /** The competitors of the account, for the lean-to-competitor marker. */
  competitors: z.array(Competitor),
  /** The opportunity the map belongs to, or null for an account-level map. */
  opportunity: Opportunity.nullable(),
  /** On an opportunity's map: the people on it whose values are overridden, field by field. */
  overrides: z.array(OpportunityOverride),
  /** The tags of the people on the map, for the inspector and the tag filter. */
  tags: z.array(Tag),
  personTags: z.array(PersonTag),
});
export type MapView = z.infer<typeof MapView>;

export const LanguageSetting = z.enum(['system', ...LANGUAGES]);
export type LanguageSetting = z.infer<typeof LanguageSetting>;
/** How many automatic backups are kept (see electron/backend/files/retention.ts). */
export const BackupRetention = z
  .object({
    keepLast: z.int().min(1).max(100),
    keepDays: z.int().min(0).max(365),
    keepWeeks: z.int().min(0).max(520),
  })
  .strict();
export type BackupRetention = z.infer<typeof BackupRetention>;
export const Settings = z.object({ language: LanguageSetting, backups: BackupRetention });
export type Settings = z.infer<typeof Settings>;

export const AppInfo = z.object({ version: z.string(), databasePath: z.string() });
export type AppInfo = z.infer<typeof AppInfo>;
