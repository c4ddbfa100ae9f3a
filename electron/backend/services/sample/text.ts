import type { CompetitorKey, LabelKey, MemberKey, NoteKey, PersonKey, UnitKey } from './structure';

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
  notes: Record<NoteKey, string>;
}
