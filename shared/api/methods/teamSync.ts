import { z } from 'zod';
import { Id, line, Timestamp } from '../entities';
import { Empty, Ok, read, write } from './common';

/**
 * Team workspaces: the account team shares accounts through the team server (a Yjs server). These
 * methods are answered by the backend's primary thread, where the sync lives; they are the owner's
 * alone (a shared screen reads nothing of the team's connection).
 */

/** The team server's address as IT hands it out: ws:// or wss://, host and port. */
export const TeamServerUrl = z
  .string()
  .trim()
  .max(500)
  .refine((text) => {
    try {
      const url = new URL(text);
      return (url.protocol === 'ws:' || url.protocol === 'wss:') && url.hostname !== '';
    } catch {
      return false;
    }
  }, 'a ws:// or wss:// address');

/** The invite token `--add-member` printed (URL-safe base64). */
export const InviteToken = z
  .string()
  .trim()
  .min(16)
  .max(200)
  .regex(/^[A-Za-z0-9_-]+$/);

/** A member's name on the team server, as given to `--add-member`. */
export const TeamMemberName = line(100).min(1);

/**
 * How a shared account stands: `synced` (every change is on the server), `syncing` (changes on
 * their way), `offline` (the server cannot be reached; changes are kept and go when it can).
 */
export const SYNC_STATES = ['synced', 'syncing', 'offline'] as const;
export const SyncState = z.enum(SYNC_STATES);
export type SyncState = z.infer<typeof SyncState>;

export const SharedAccount = z.object({
  accountId: Id,
  /** Its name as the local store has it (empty until its first sync has brought it). */
  name: z.string(),
  /** Who may open it on the server, by the names given to `--add-member`. */
  members: z.array(z.string()),
  state: SyncState,
  lastSyncedAt: Timestamp.nullable(),
  /** The other members who have it open now. */
  present: z.array(z.string()),
});
export type SharedAccount = z.infer<typeof SharedAccount>;

export const TeamStatus = z.object({
  /** Whether this database has a team server to sync with. */
  connected: z.boolean(),
  url: z.string().nullable(),
  /** The name the token belongs to. */
  member: z.string().nullable(),
  /** The worst state of any shared account (`synced` when none is shared). */
  state: SyncState,
  lastSyncedAt: Timestamp.nullable(),
  /** Goes up whenever a teammate's change reached the local store, so open screens reload. */
  revision: z.int().nonnegative(),
  accounts: z.array(SharedAccount),
});
export type TeamStatus = z.infer<typeof TeamStatus>;

const TEAM_TABLES = ['team_connection', 'team_documents', 'team_document_updates', 'team_live'] as const;

export const teamSyncMethods = {
  /** Checks the address and the token with the server, keeps them, and starts syncing. */
  'team.connect': write(z.object({ url: TeamServerUrl, token: InviteToken }).strict(), TeamStatus, [
    'team_connection',
    'team_documents',
    'team_live',
  ]),
  /** Stops syncing and forgets the server; every account stays in the local store as it is. */
  'team.disconnect': write(Empty, TeamStatus, TEAM_TABLES),
  'team.status': read(Empty, TeamStatus, [...TEAM_TABLES, 'accounts']),
  /** Shares an account with these members (the caller is always one of them), or changes who. */
  'team.shareAccount': write(
    z.object({ accountId: Id, members: z.array(TeamMemberName).max(500) }).strict(),
    SharedAccount,
    ['team_documents', 'team_document_updates', 'team_live'],
  ),
  /** Everyone the server knows, by name. */
  'team.members': read(Empty, z.object({ members: z.array(z.string()) }), ['team_connection', 'team_live']),
  /** Which account this window has open (or none), for the others' presence. */
  'team.viewing': write(z.object({ accountId: Id.nullable() }).strict(), Ok, ['team_live']),
} as const;

export type TeamSyncMethod = keyof typeof teamSyncMethods;
export const TEAM_SYNC_METHODS = new Set<string>(Object.keys(teamSyncMethods));
export const isTeamSyncMethod = (method: unknown): method is TeamSyncMethod =>
  typeof method === 'string' && TEAM_SYNC_METHODS.has(method);
