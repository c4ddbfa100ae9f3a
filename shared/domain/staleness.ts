/**
 * Stale assessments (docs/method.md, "Confidence and staleness"):
 * a role, influence, stance or access judgement not revisited for longer than the account's tier
 * allows is stale, and the card shows it faded.
 *
 * Ages are measured between instants, in whole 24-hour days of elapsed time, never between local
 * calendar dates: a timestamp's offset (`Z`, `+08:00`, …) is honoured, the machine's time zone and
 * daylight-saving changes play no part, and month lengths do not matter (30 days after 31 January
 * is 2 March). A timestamp without an offset is read as UTC, as the backend stores UTC.
 */
import { CARE_CADENCE_DAYS, effectiveCadenceDays } from './cadence';
import type { Tier } from './enums';

/** An assessment goes stale after this many care-cadence periods without being revisited. */
export const STALE_CADENCE_FACTOR = 3;

const DAY_MS = 24 * 60 * 60 * 1000;

/** Days after which an assessment is stale, for a tier (or a person's own cadence). */
export function staleAfterDays(tier: Tier, personCadenceDays: number | null = null): number {
  return effectiveCadenceDays(tier, personCadenceDays) * STALE_CADENCE_FACTOR;
}

/** The default for each tier: strategic 21, key 90, growth 270, standard 540 days. */
export const STALE_AFTER_DAYS: Readonly<Record<Tier, number>> = Object.fromEntries(
  Object.entries(CARE_CADENCE_DAYS).map(([tier, days]) => [tier, days * STALE_CADENCE_FACTOR]),
) as Record<Tier, number>;

const ISO = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?)(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

/**
 * Milliseconds since the epoch for an ISO-8601 timestamp (also SQLite's `YYYY-MM-DD HH:MM:SS`),
 * or `null` when it is not one. Without an offset the time is UTC; a date alone is its UTC
 * midnight. Other formats are refused rather than read in the machine's time zone.
 */
export function parseInstant(timestamp: string): number | null {
  const match = ISO.exec(timestamp.trim());
  if (!match) return null;
  const [, date = '', time = '00:00', zone = 'Z'] = match;
  const [year = 0, month = 0, day = 0] = date.split('-').map(Number);
  // Date.parse rolls 30 February over into March; refuse days the month does not have.
  if (month < 1 || month > 12 || day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null;
  let offset = zone.toUpperCase();
  if (offset !== 'Z') {
    const digits = offset.slice(1).replace(':', '');
    offset = `${offset[0]}${digits.slice(0, 2)}:${digits.slice(2).padEnd(2, '0')}`;
  }
  // Date.parse takes at most milliseconds.
  const clock = time.replace(/(\.\d{3})\d+$/, '$1');
  const ms = Date.parse(`${date}T${clock}${offset}`);
  return Number.isNaN(ms) ? null : ms;
}

/**
 * Whether an assessment made at `assessedAt` is stale at `now`: more than `maxAgeDays` days old
 * (exactly `maxAgeDays` days is not yet stale). Never assessed (`null`, or a timestamp that cannot
 * be read) counts as stale once the person has existed for more than `maxAgeDays` days — pass
 * their `createdAt`; without it, never assessed is stale.
 */
export function isStale(
  assessedAt: string | null,
  now: Date,
  maxAgeDays: number,
  createdAt: string | null = null,
): boolean {
  const nowMs = now.getTime();
  const assessed = assessedAt === null ? null : parseInstant(assessedAt);
  if (assessed !== null) return nowMs - assessed > maxAgeDays * DAY_MS;
  const created = createdAt === null ? null : parseInstant(createdAt);
  if (created === null) return true;
  return nowMs - created > maxAgeDays * DAY_MS;
}

export const ASSESSMENTS = ['role', 'influence', 'stance', 'access'] as const;
export type Assessment = (typeof ASSESSMENTS)[number];

export interface AssessedPerson {
  roleAssessedAt: string | null;
  influenceAssessedAt: string | null;
  stanceAssessedAt: string | null;
  accessAssessedAt: string | null;
  createdAt: string;
}

/** Which of the person's assessments are stale at `now`, in the order role, influence, stance, access. */
export function staleAssessments(person: AssessedPerson, now: Date, maxAgeDays: number): Assessment[] {
  const at: Record<Assessment, string | null> = {
    role: person.roleAssessedAt,
    influence: person.influenceAssessedAt,
    stance: person.stanceAssessedAt,
    access: person.accessAssessedAt,
  };
  return ASSESSMENTS.filter((which) => isStale(at[which], now, maxAgeDays, person.createdAt));
}
