/**
 * How long each kind of text may be, and which characters it may hold: written once, for the
 * contract (which refuses more) and the renderer (whose fields stop there). Lengths count UTF-16
 * units, as JavaScript and the input fields do; a Chinese character is one.
 */
export const TEXT_LIMITS = {
  /** An account, person, map, department, competitor, opportunity or team member. */
  name: 200,
  /** A person's job title. */
  jobTitle: 200,
  /** What a goal or an action is ("Win the CFO for the renewal"). */
  title: 500,
  email: 254,
  phone: 50,
  imHandle: 100,
  address: 500,
  /** A line's label ("old classmates"). */
  label: 200,
  tag: 50,
  /** One line about a contact. */
  summary: 500,
  /** What was promised. */
  commitment: 2000,
  /** Why an assessment changed, or why an insight was dismissed. */
  reason: 500,
  /** A sticky note or text on the map; a person's interests and family notes. */
  note: 10_000,
  /** Notes, private notes, outcomes, reviews, analysis cells. */
  longText: 100_000,
  /** A search beyond this is cut here: longer adds nothing to a match. */
  searchQuery: 200,
  /** An insight's subject or source, written by the app ("person:…"). */
  code: 200,
  timeZone: 64,
} as const;

// Cc: C0 controls, DEL and C1 controls. NUL is among them.
const CONTROL = /\p{Cc}/u;
// In text that may run over lines: every control character but tab, line feed and carriage return.
const CONTROL_BUT_LINE_BREAKS = /[^\P{Cc}\t\n\r]/u;

/** One line of text holds no control character: no NUL, no tab, no line break. */
export const isSingleLine = (value: string): boolean => !CONTROL.test(value);

/** Text over several lines holds tabs and line breaks, and no other control character. */
export const isPlainText = (value: string): boolean => !CONTROL_BUT_LINE_BREAKS.test(value);

// Lone surrogates and noncharacters (U+FDD0…U+FDEF, U+xFFFE, U+xFFFF) name no character a person types.
const NOT_TYPED = /[\p{Cc}\p{Cs}\p{Noncharacter_Code_Point}]/gu;

/**
 * What a search looks for, from anything typed or pasted: control characters and code points no
 * one types become spaces (they separate terms), and a long paste is cut to TEXT_LIMITS.searchQuery.
 */
export function searchableText(typed: string): string {
  const clean = typed.replace(NOT_TYPED, ' ');
  const chars = [...clean];
  return chars.length > TEXT_LIMITS.searchQuery ? chars.slice(0, TEXT_LIMITS.searchQuery).join('') : clean;
}
