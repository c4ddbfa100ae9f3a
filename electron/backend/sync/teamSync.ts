import { HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { contract, type MethodName, type OutputOf, type ParsedInputOf } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/errors';
import type { SharedAccount, SyncState, TeamStatus, TeamSyncMethod } from '../../../shared/api/methods/teamSync';
import type { Db } from '../db/connection';
import { AccountDocument } from './accountDocument';
import { applyToStore, projectToDocument, type TouchedRows } from './projector';
import { SYNCED_TABLE_NAMES } from './syncedTables';
import { teamServer } from './teamServerApi';

interface Connection {
  url: string;
  token: string;
  member: string;
}

interface KeptDocument {
  account_id: string;
  state: Buffer | null;
  members: string;
  last_synced_at: string | null;
  left_at: string | null;
}

export interface TeamSyncOptions {
  owner: Db;
  /** Rows enter a document only through the public scope's connection. */
  publicDb: Db;
  log: (message: string) => void;
  now?: () => Date;
  /** How often the server is asked which accounts the member may open. */
  accountsEveryMs?: number;
}

const WORST_FIRST: SyncState[] = ['offline', 'syncing', 'synced'];
/** Past this many kept changes, a document is folded into one state when it is next loaded. */
const FOLD_AFTER = 300;

/**
 * The team sync of the open file: its connection to the team server, and one document per shared
 * account kept in step with the local store both ways. A local write is written into the documents
 * of the accounts it may have touched; a teammate's change is written into the local store. Each
 * document is kept in the file as well, so what was edited offline goes out when the server is back.
 */
export class TeamSync {
  private connection: Connection | null;
  private socket: HocuspocusProviderWebsocket | null = null;
  private readonly documents = new Map<string, AccountDocument>();
  private readonly members = new Map<string, string[]>();
  private readonly lastSynced = new Map<string, string>();
  private unsaved: { accountId: string; update: Uint8Array }[] = [];
  private keepScheduled = false;
  private accountsTimer: NodeJS.Timeout | null = null;
  private viewing: string | null = null;
  private revision = 0;
  private readonly now: () => Date;

  constructor(private readonly options: TeamSyncOptions) {
    this.now = options.now ?? (() => new Date());
    this.connection =
      (options.owner.prepare('SELECT url, token, member FROM team_connection WHERE id = 1').get() as
        Connection | undefined) ?? null;
    if (this.connection) this.start(this.connection);
  }

  // ── The contract ──────────────────────────────────────────────────────────────────────────

  async call<M extends TeamSyncMethod>(method: M, input: ParsedInputOf<M>): Promise<OutputOf<M>> {
    const answer = async (): Promise<unknown> => {
      switch (method) {
        case 'team.connect':
          return this.connect(input as ParsedInputOf<'team.connect'>);
        case 'team.disconnect':
          this.disconnect();
          return this.status();
        case 'team.status':
          return this.status();
        case 'team.shareAccount':
          return this.shareAccount(input as ParsedInputOf<'team.shareAccount'>);
        case 'team.members': {
          const connection = this.required();
          return { members: await teamServer.members(connection.url, connection.token) };
        }
        case 'team.viewing':
          this.view((input as ParsedInputOf<'team.viewing'>).accountId);
          return { ok: true };
      }
    };
    return (await answer()) as OutputOf<M>;
  }

  private async connect({ url, token }: { url: string; token: string }): Promise<TeamStatus> {
    const member = await teamServer.me(url, token);
    const sameServer = this.connection?.url === url;
    this.stop();
    const { owner } = this.options;
    owner.transaction(() => {
      // Another server's documents say nothing about this one's.
      if (!sameServer) {
        owner.prepare('DELETE FROM team_document_updates').run();
        owner.prepare('DELETE FROM team_documents').run();
      }
      owner
        .prepare(
          `INSERT INTO team_connection (id, url, token, member, connected_at) VALUES (1, @url, @token, @member, @at)
           ON CONFLICT (id) DO UPDATE SET url = @url, token = @token, member = @member, connected_at = @at`,
        )
        .run({ url, token, member, at: this.now().toISOString() });
    })();
    this.connection = { url, token, member };
    this.start(this.connection);
    await this.refreshAccounts();
    return this.status();
  }

  private disconnect(): void {
    this.stop();
    this.options.owner.transaction(() => {
      this.options.owner.prepare('DELETE FROM team_document_updates').run();
      this.options.owner.prepare('DELETE FROM team_documents').run();
      this.options.owner.prepare('DELETE FROM team_connection').run();
    })();
    this.connection = null;
    this.members.clear();
    this.lastSynced.clear();
  }

  private async shareAccount({ accountId, members }: { accountId: string; members: string[] }): Promise<SharedAccount> {
    const connection = this.required();
    const exists = this.options.owner.prepare('SELECT 1 FROM accounts WHERE id = ?').get(accountId);
    if (!exists && !this.documents.has(accountId)) throw new ApiError('not_found', `There is no account ${accountId}`);
    const granted = await teamServer.share(connection.url, connection.token, accountId, members);
    this.members.set(accountId, granted);
    this.options.owner
      .prepare(
        `INSERT INTO team_documents (account_id, members) VALUES (?, ?)
         ON CONFLICT (account_id) DO UPDATE SET members = excluded.members, left_at = NULL`,
      )
      .run(accountId, JSON.stringify(granted));
    this.track(accountId, null);
    return this.sharedAccount(accountId);
  }

  private view(accountId: string | null): void {
    this.viewing = accountId;
    const member = this.connection?.member ?? '';
    for (const [id, document] of this.documents) document.setOpen(id === accountId, member);
  }

  status(): TeamStatus {
    const accounts = [...this.documents.keys()].map((id) => this.sharedAccount(id));
    const states = accounts.map((account) => account.state);
    const times = accounts.map((account) => account.lastSyncedAt).filter((at): at is string => at !== null);
    return {
      connected: this.connection !== null,
      url: this.connection?.url ?? null,
      member: this.connection?.member ?? null,
      state: WORST_FIRST.find((state) => states.includes(state)) ?? 'synced',
      lastSyncedAt: times.sort().at(-1) ?? null,
      revision: this.revision,
      accounts,
    };
  }

  private sharedAccount(accountId: string): SharedAccount {
    const document = this.documents.get(accountId);
    const name = this.options.owner.prepare('SELECT name FROM accounts WHERE id = ?').pluck().get(accountId);
    return {
      accountId,
      name: typeof name === 'string' ? name : '',
      members: this.members.get(accountId) ?? [],
      state: document?.state() ?? 'offline',
      lastSyncedAt: this.lastSynced.get(accountId) ?? null,
      present: document?.present() ?? [],
    };
  }

  private required(): Connection {
    if (!this.connection) throw new ApiError('team_not_connected', 'No team server is set up for this file');
    return this.connection;
  }

  // ── Keeping the store and the documents in step ─────────────────────────────────────────

  /** After a local write: what it may have changed goes into the shared accounts' documents. */
  afterWrite(method: MethodName): void {
    const spec = contract[method];
    if (spec.kind !== 'write' || this.documents.size === 0) return;
    const tables = new Set<string>(spec.writes.filter((table) => SYNCED_TABLE_NAMES.has(table)));
    if (tables.size === 0) return;
    for (const [accountId, document] of [...this.documents]) {
      const stillHere = this.options.owner.prepare('SELECT 1 FROM accounts WHERE id = ?').get(accountId);
      // Deleting a shared account here stops its sync here; the team keeps it.
      if (!stillHere && tables.has('accounts') && this.lastSynced.has(accountId)) {
        this.leave(accountId);
        continue;
      }
      if (stillHere) projectToDocument(document.doc, this.options.publicDb, accountId, tables);
    }
  }

  private teammateChanged(document: AccountDocument, touched: TouchedRows): void {
    const arriving = !this.options.owner.prepare('SELECT 1 FROM accounts WHERE id = ?').get(document.accountId);
    const applied = applyToStore(this.options.owner, document.doc, touched, arriving);
    if (applied.refused > 0) this.options.log(`[powermap] team sync left ${applied.refused} rows it could not write`);
    if (applied.tables.size > 0) this.revision += 1;
  }

  /** Starts syncing an account (known here, or shared by a teammate and still to come). */
  private track(accountId: string, kept: Uint8Array | null): void {
    if (this.documents.has(accountId)) return;
    const document: AccountDocument = new AccountDocument(accountId, kept, {
      onTeammateChange: (touched) => this.teammateChanged(document, touched),
      onUpdate: (update) => this.keepLater(accountId, update),
      onSynced: () => {
        const at = this.now().toISOString();
        this.lastSynced.set(accountId, at);
        this.options.owner
          .prepare('UPDATE team_documents SET last_synced_at = ? WHERE account_id = ?')
          .run(at, accountId);
      },
      onRefused: () => this.options.log(`[powermap] the team server refused the account ${accountId}`),
    });
    this.documents.set(accountId, document);
    // What this file holds and the document lacks (edited while the sync was not running) goes in first.
    if (this.options.owner.prepare('SELECT 1 FROM accounts WHERE id = ?').get(accountId)) {
      projectToDocument(document.doc, this.options.publicDb, accountId);
    }
    if (this.socket && this.connection) {
      document.setOpen(this.viewing === accountId, this.connection.member);
      document.connect(this.socket, this.connection.token, this.connection.member);
    }
  }

  private leave(accountId: string): void {
    this.documents.get(accountId)?.close();
    this.documents.delete(accountId);
    this.unsaved = this.unsaved.filter((kept) => kept.accountId !== accountId);
    this.options.owner.transaction(() => {
      this.options.owner.prepare('DELETE FROM team_document_updates WHERE account_id = ?').run(accountId);
      this.options.owner
        .prepare('UPDATE team_documents SET state = NULL, left_at = ? WHERE account_id = ?')
        .run(this.now().toISOString(), accountId);
    })();
  }

  /** Each change is kept as it is, a moment later, in one transaction with those beside it. */
  private keepLater(accountId: string, update: Uint8Array): void {
    this.unsaved.push({ accountId, update });
    if (this.keepScheduled) return;
    this.keepScheduled = true;
    setImmediate(() => this.keepNow());
  }

  private keepNow(): void {
    this.keepScheduled = false;
    const batch = this.unsaved;
    this.unsaved = [];
    if (batch.length === 0) return;
    const keep = this.options.owner.prepare('INSERT INTO team_document_updates (account_id, data) VALUES (?, ?)');
    try {
      this.options.owner.transaction(() => {
        for (const { accountId, update } of batch) keep.run(accountId, Buffer.from(update));
      })();
    } catch (error) {
      this.options.log(`[powermap] the team documents could not be kept: ${(error as Error).message}`);
    }
  }

  /** What this file kept of an account's document: its folded state and the changes since. */
  private kept(row: KeptDocument): Uint8Array | null {
    const updates = this.options.owner
      .prepare('SELECT data FROM team_document_updates WHERE account_id = ? ORDER BY seq')
      .pluck()
      .all(row.account_id) as Buffer[];
    const parts = [...(row.state ? [row.state] : []), ...updates].map((part) => new Uint8Array(part));
    return parts.length === 0 ? null : Y.mergeUpdates(parts);
  }

  /** Folds an account's kept changes into one state, so loading it stays quick. */
  private fold(accountId: string): void {
    const document = this.documents.get(accountId);
    if (!document) return;
    const { owner } = this.options;
    owner.transaction(() => {
      owner
        .prepare('UPDATE team_documents SET state = ? WHERE account_id = ?')
        .run(Buffer.from(document.encode()), accountId);
      owner.prepare('DELETE FROM team_document_updates WHERE account_id = ?').run(accountId);
    })();
  }

  // ── The connection ───────────────────────────────────────────────────────────────────────

  private start(connection: Connection): void {
    this.socket = new HocuspocusProviderWebsocket({
      url: connection.url,
      // Node has no WebSocket of its own before version 22.
      WebSocketPolyfill: WebSocket,
      delay: 250,
      minDelay: 100,
      factor: 1.5,
      maxDelay: 5000,
      maxAttempts: 0,
    });
    const kept = this.options.owner
      .prepare('SELECT account_id, state, members, last_synced_at, left_at FROM team_documents')
      .all() as KeptDocument[];
    for (const row of kept) {
      this.members.set(row.account_id, JSON.parse(row.members) as string[]);
      if (row.last_synced_at) this.lastSynced.set(row.account_id, row.last_synced_at);
      if (row.left_at) continue;
      const changes = this.options.owner
        .prepare('SELECT count(*) FROM team_document_updates WHERE account_id = ?')
        .pluck()
        .get(row.account_id) as number;
      this.track(row.account_id, this.kept(row));
      if (changes > FOLD_AFTER) this.fold(row.account_id);
    }
    const every = this.options.accountsEveryMs ?? 3000;
    this.accountsTimer = setInterval(() => void this.refreshAccounts().catch(() => undefined), every);
    this.accountsTimer.unref();
    void this.refreshAccounts().catch(() => undefined);
  }

  /** Accounts a teammate shared with this member start syncing; who may open each is brought up to date. */
  private async refreshAccounts(): Promise<void> {
    const connection = this.connection;
    if (!connection) return;
    const accounts = await teamServer.accounts(connection.url, connection.token);
    if (this.connection !== connection) return;
    const left = new Set(
      this.options.owner.prepare('SELECT account_id FROM team_documents WHERE left_at IS NOT NULL').pluck().all(),
    );
    const remember = this.options.owner.prepare(
      `INSERT INTO team_documents (account_id, members) VALUES (?, ?)
       ON CONFLICT (account_id) DO UPDATE SET members = excluded.members`,
    );
    for (const { accountId, members } of accounts) {
      this.members.set(accountId, members);
      remember.run(accountId, JSON.stringify(members));
      if (!left.has(accountId)) this.track(accountId, null);
    }
  }

  private stop(): void {
    if (this.accountsTimer) clearInterval(this.accountsTimer);
    this.accountsTimer = null;
    this.keepNow();
    for (const document of this.documents.values()) document.close();
    this.documents.clear();
    this.socket?.destroy();
    this.socket = null;
  }

  close(): void {
    this.stop();
  }
}
