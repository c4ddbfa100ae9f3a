import type { AnalysisDimension } from '../../../../shared/domain/enums';
import type { ActionKey, CommitmentKey, GoalKey, InteractionKey } from './activity';
import type { CompetitorKey, LabelKey, MemberKey, NoteKey, PersonKey, UnitKey } from './structure';

/** The words of the sample's contacts and plan (activity.ts holds who, when and how). */
export interface SampleActivityText {
  /** A contact's summary, and notes for some of them. */
  interactions: Record<InteractionKey, { summary: string; notes?: string }>;
  commitments: Record<CommitmentKey, string>;
  goals: Record<GoalKey, { title: string; note: string }>;
  /** A done action's outcome says what came of it. */
  actions: Record<ActionKey, { title: string; outcome?: string }>;
  review: { evaluated: string; decided: string };
  /** The account analysis sheet: the customer, us and each competitor on six dimensions. */
  analysis: Record<'customer' | 'us' | CompetitorKey, Record<AnalysisDimension, string>>;
}

/** Every word of the sample in one language; the structure is shared by both. */
export interface SampleText {
  account: { name: string; notes: string };
  mainMap: string;
  opportunity: { name: string; map: string; notes: string };
  units: Record<UnitKey, string>;
  competitors: Record<CompetitorKey, string>;
  /** A placeholder's name is empty: the card shows its role and title. */
  people: Record<PersonKey, { name: string; title: string }>;
  team: Record<MemberKey, { name: string; title: string; email: string }>;
  labels: Record<LabelKey, string>;
  /** What only we should know (private by default): the card marks that such notes exist. */
  privateNotes: Partial<Record<PersonKey, string>>;
  /** Personal details that help remember a customer's preferences; private by default. */
  personal: Partial<Record<PersonKey, { interests?: string; familyNotes?: string }>>;
  notes: Record<NoteKey, string>;
  activity: SampleActivityText;
}
