import { z } from 'zod';
import { LANGUAGES } from '../../domain/enums';
import {
  Account,
  AccountSummary,
  AppInfo,
  Id,
  LongText,
  Name,
  OrgStep,
  RelationshipType,
  Settings,
  Stage,
  Tier,
} from '../entities';
import { Empty, Ok, read, write } from './common';

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

export const accountMethods = {
  'app.info': read(Empty, AppInfo, []),
  'settings.get': read(Empty, Settings, ['settings']),
  'settings.update': write(Settings.partial().strict(), Settings, ['settings']),

  'accounts.list': read(Empty, z.array(AccountSummary), ['accounts', 'people']),
  'accounts.get': read(z.object({ id: Id }).strict(), Account, ['accounts']),
  'accounts.create': write(
    z.object({ id: Id.optional(), name: Name, tier: Tier.optional(), firstMapName: Name.optional() }).strict(),
    Account,
    ['accounts', 'maps', 'search_docs'],
  ),
  'accounts.update': write(z.object({ id: Id, patch: AccountPatch }).strict(), Account, ['accounts', 'search_docs']),
  'accounts.delete': write(z.object({ id: Id }).strict(), Ok, [
    'account_team',
    'accounts',
    'action_people',
    'actions',
    'analysis_cells',
    'backup_files',
    'commitments',
    'competitors',
    'contact_totals',
    'goals',
    'insight_states',
    'interaction_participants',
    'interactions',
    'map_items',
    'map_notes',
    'maps',
    'opportunities',
    'opportunity_assessments',
    'org_units',
    'people',
    'person_history',
    'person_tags',
    'relations',
    'reviews',
    'search_docs',
    'team_members',
  ]),
  /**
   * A realistic sample customer in one transaction: about 30 people, our team, lines of every kind,
   * and eight weeks of contacts, commitments, a plan and an analysis sheet dated back from today.
   */
  'accounts.createSample': write(z.object({ language: z.enum(LANGUAGES) }).strict(), Account, [
    'account_team',
    'accounts',
    'action_people',
    'actions',
    'analysis_cells',
    'commitments',
    'competitors',
    'contact_totals',
    'goals',
    'interaction_participants',
    'interactions',
    'map_items',
    'map_notes',
    'maps',
    'opportunities',
    'opportunity_assessments',
    'org_units',
    'people',
    'person_history',
    'relations',
    'reviews',
    'search_docs',
    'team_members',
  ]),
} as const;
