import { z } from 'zod';
import { QUADRANTS } from '../../domain/portfolio';
import { Id, IsoDate, Tier } from '../entities';
import { read } from './common';
import { TimeZoneInput } from './interactions';

export const PortfolioEntry = z.object({
  accountId: Id,
  name: z.string(),
  isSample: z.boolean(),
  tier: Tier,
  potential: z.int(),
  peopleCount: z.int(),
  /** 0..1, see shared/domain/portfolio.ts. */
  strength: z.number(),
  /** The same measure 30 days ago, rolled back through the people's history. */
  strengthBefore: z.number(),
  /** Strength has fallen noticeably within those 30 days: an early warning of decline. */
  falling: z.boolean(),
  quadrant: z.enum(QUADRANTS),
});
export type PortfolioEntry = z.infer<typeof PortfolioEntry>;

export const AgendaAction = z.object({
  id: Id,
  accountId: Id,
  accountName: z.string(),
  title: z.string(),
  dueDate: IsoDate,
  ownerName: z.string().nullable(),
});
export type AgendaAction = z.infer<typeof AgendaAction>;

export const AgendaCommitment = z.object({
  id: Id,
  accountId: Id,
  accountName: z.string(),
  description: z.string(),
  dueDate: IsoDate.nullable(),
  byName: z.string(),
  toName: z.string().nullable(),
  overdue: z.boolean(),
});
export type AgendaCommitment = z.infer<typeof AgendaCommitment>;

export const AgendaContact = z.object({
  accountId: Id,
  accountName: z.string(),
  personId: Id,
  personName: z.string(),
  nextDueDate: IsoDate,
  daysOverdue: z.int(),
});
export type AgendaContact = z.infer<typeof AgendaContact>;

export const Dashboard = z.object({
  portfolio: z.array(PortfolioEntry),
  overdueActions: z.array(AgendaAction),
  openCommitments: z.array(AgendaCommitment),
  /** Key people whose next contact under the care cadence is past, the longest overdue first. */
  contactsDue: z.array(AgendaContact),
});
export type Dashboard = z.infer<typeof Dashboard>;

export const dashboardMethods = {
  /**
   * The home screen across accounts. `today` is the user's local calendar date, so "overdue" means
   * what it means on their wall calendar; `windowDays` is how far back falling health looks.
   */
  'dashboard.get': read(z.object({ today: IsoDate, timeZone: TimeZoneInput }).strict(), Dashboard, [
    'accounts',
    'actions',
    'commitments',
    'contact_totals',
    'interaction_participants',
    'interactions',
    'people',
    'person_history',
    'team_members',
  ]),
} as const;
