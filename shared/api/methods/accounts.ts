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
  'app.info': read(Empty, AppInfo),
  'settings.get': read(Empty, Settings),
  'settings.update': write(Settings.partial().strict(), Settings),

  'accounts.list': read(Empty, z.array(AccountSummary)),
  'accounts.get': read(z.object({ id: Id }).strict(), Account),
  'accounts.create': write(
    z.object({ id: Id.optional(), name: Name, tier: Tier.optional(), firstMapName: Name.optional() }).strict(),
    Account,
  ),
  'accounts.update': write(z.object({ id: Id, patch: AccountPatch }).strict(), Account),
  'accounts.delete': write(z.object({ id: Id }).strict(), Ok),
  /**
   * A realistic sample customer in one transaction: about 30 people, our team, lines of every kind,
   * and eight weeks of contacts, commitments, a plan and an analysis sheet dated back from today.
   */
  'accounts.createSample': write(z.object({ language: z.enum(LANGUAGES) }).strict(), Account),
} as const;
