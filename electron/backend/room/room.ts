import { randomBytes, randomInt, randomUUID, timingSafeEqual } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { contract, type MethodName, type OutputOf, type ParsedInputOf } from '../../../shared/api/contract';
import { ApiError, HTTP_STATUS, type ErrorCode } from '../../../shared/api/errors';
import { issuesFromZod } from '../../../shared/api/issues';
import {
  RoomJoin,
  RoomNote,
  type InboxNote,
  type RoomJoined,
  type ShareStatus,
  type Viewer,
} from '../../../shared/api/methods/shares';
import type { Table } from '../../../shared/api/tables';
import { parseCall } from '../../../shared/api/validate';
import type { CallResult } from '../dispatch';
import type { AsyncDispatch } from '../threads/threadedBackend';
import { defaultShareHost, ownAddresses } from './address';
import { isRoomMethod, ROOM_METHODS, WITHHELD, type PublicCall, type SharedMap } from './allowlist';
import { startRoomServer, type Reply, type RoomServer } from './server';

export interface RoomOptions {
  /** The built renderer (out/renderer): the viewer's page and its files. */
  staticRoot: string;
  /** The address to share on when shares.start names none (default: the first LAN address). */
  host?: string;
  /** How long a share lasts unless stopped first (default 4 hours). */
  shareDurationMs?: number;
  /** Wrong join codes from one client before it is locked out (default 5). */
  wrongCodesBeforeLockout?: number;
  /** How long a locked-out client waits (default 5 minutes). */
  lockoutMs?: number;
  /**
   * Wrong join codes from all clients together within one lockout time, after which every join
   * waits (default 30): many devices guessing at once get no further than a few would.
   */
  wrongCodesInRoom?: number;
  /** Notes one viewer may send in a minute (default 10). */
  notesPerMinute?: number;
  /** Sessions one share takes (default 200: a large workshop, with every device joined twice). */
  maxViewers?: number;
  /** Notes the inbox holds before it takes no more until the host empties it (default 500). */
  maxInbox?: number;
  /** How often an idle event stream carries a comment, so proxies and phones keep it open (default 15 s). */
  heartbeatMs?: number;
  log?: (message: string) => void;
}

interface Share {
  id: string;
  map: SharedMap;
  code: string;
  expiresAt: number;
}

interface Session {
  viewer: Omit<Viewer, 'connected'>;
  /** The share and the code it joined with: a new share or a new code ends it. */
  shareId: string;
  code: string;
  noteTimes: number[];
  streams: Set<ServerResponse>;
}

/** A note from the room, with the map it was written about. */
interface InboxEntry extends InboxNote {
  map: SharedMap;
}

const HOURS = 60 * 60 * 1000;
const MINUTE = 60 * 1000;

const failure = (code: ErrorCode, message: string, extra: { retryAfterSeconds?: number } = {}): Reply => ({
  status: HTTP_STATUS[code],
  body: { ok: false, error: { code, message, ...extra } },
});
const replyOf = (outcome: CallResult, status = 200): Reply => ({
  status: outcome.ok ? status : HTTP_STATUS[outcome.error.code],
  body: outcome,
});
const fromError = (error: ApiError): Reply => ({
  status: HTTP_STATUS[error.code],
  body: { ok: false, error: error.toPayload() },
});

/** Compares two codes in time that does not depend on where they differ. */
function sameCode(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * The share to the room, held by the app's process: its server (only while sharing), the join
 * code, the viewers' sessions and event streams, the lockouts, and the inbox of their notes.
 * Every viewer read goes to the backend in the public scope.
 */
export class Room {
  private share: Share | null = null;
  private server: RoomServer | null = null;
  private readonly sessions = new Map<string, Session>();
  private readonly wrongCodes = new Map<string, { count: number; lockedUntil: number }>();
  /** When each recent wrong code came, from whichever client. */
  private wrongCodeTimes: number[] = [];
  private inbox: InboxEntry[] = [];
  private expiry: NodeJS.Timeout | null = null;
  private readonly heartbeat: NodeJS.Timeout;
  private readonly settings: Required<Omit<RoomOptions, 'host' | 'log'>> & Pick<RoomOptions, 'host'>;

  constructor(
    private readonly dispatch: AsyncDispatch,
    options: RoomOptions,
  ) {
    this.settings = {
      staticRoot: options.staticRoot,
      host: options.host,
      shareDurationMs: options.shareDurationMs ?? 4 * HOURS,
      wrongCodesBeforeLockout: options.wrongCodesBeforeLockout ?? 5,
      lockoutMs: options.lockoutMs ?? 5 * MINUTE,
      wrongCodesInRoom: options.wrongCodesInRoom ?? 30,
      notesPerMinute: options.notesPerMinute ?? 10,
      maxViewers: options.maxViewers ?? 200,
      maxInbox: options.maxInbox ?? 500,
      heartbeatMs: options.heartbeatMs ?? 15_000,
    };
    this.heartbeat = setInterval(() => this.broadcast(': heartbeat\n\n'), this.settings.heartbeatMs);
    this.heartbeat.unref();
  }

  private readonly publicCall: PublicCall = (method, input) => this.dispatch(method, input, 'public');

  // The host's side: the shares.* methods.

  /** Starts and stops run one at a time, so two starts at once never leave a second server behind. */
  private queue: Promise<unknown> = Promise.resolve();
  private serially<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  start(input: ParsedInputOf<'shares.start'>): Promise<OutputOf<'shares.start'>> {
    return this.serially(() => this.startNow(input));
  }

  private async startNow({ mapId, host }: ParsedInputOf<'shares.start'>): Promise<OutputOf<'shares.start'>> {
    const address = host ?? this.settings.host ?? defaultShareHost();
    // Only an address of this machine's own interfaces: never "every interface" (0.0.0.0).
    if (!ownAddresses().includes(address)) {
      throw new ApiError('invalid_input', `${address} is not an address of this computer`);
    }
    const view = await this.publicCall('maps.view', { mapId });
    if (!view.ok) throw ApiError.fromPayload(view.error);
    const { map } = view.result as OutputOf<'maps.view'>;
    if (this.server && this.server.host !== address) await this.closeServer();
    const previousCode = this.share?.code;
    this.endShare();
    this.server ??= await this.listen(address);
    let code: string;
    do code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    while (code === previousCode);
    const share: Share = {
      id: randomUUID(),
      map: { mapId: map.id, accountId: map.accountId },
      code,
      expiresAt: Date.now() + this.settings.shareDurationMs,
    };
    this.share = share;
    // Guesses at the old code tell nothing about the new one; each device's own lockout stays.
    this.wrongCodeTimes = [];
    this.expiry = setTimeout(() => void this.stop(), this.settings.shareDurationMs);
    this.expiry.unref();
    return { url: this.server.url, code: share.code, expiresAt: new Date(share.expiresAt).toISOString() };
  }

  private async listen(address: string): Promise<RoomServer> {
    try {
      return await startRoomServer({
        host: address,
        staticRoot: this.settings.staticRoot,
        routes: {
          join: (body, client) => this.join(body, client),
          call: (session, method, body) => this.call(session, method, body),
          note: (session, body) => this.note(session, body),
          events: (session, res) => this.openEvents(session, res),
        },
      });
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code ?? String(error);
      throw new ApiError('invalid_input', `Powermap cannot share on ${address} (${reason})`);
    }
  }

  status(): ShareStatus {
    const share = this.liveShare();
    const inbox = this.inbox.map(({ map: _map, ...note }) => note);
    if (!share || !this.server) {
      return {
        sharing: false,
        mapId: null,
        accountId: null,
        url: null,
        code: null,
        expiresAt: null,
        viewers: [],
        inbox,
      };
    }
    return {
      sharing: true,
      mapId: share.map.mapId,
      accountId: share.map.accountId,
      url: this.server.url,
      code: share.code,
      expiresAt: new Date(share.expiresAt).toISOString(),
      viewers: [...this.sessions.values()].map((session) => ({
        ...session.viewer,
        connected: session.streams.size > 0,
      })),
      inbox,
    };
  }

  /** Ends the share: every stream hears `stopped`, the code and the sessions die, the server closes. */
  stop(): Promise<void> {
    return this.serially(async () => {
      this.endShare();
      await this.closeServer();
    });
  }

  present(viewport: ParsedInputOf<'shares.present'>): void {
    this.broadcast(`event: viewport\ndata: ${JSON.stringify(viewport)}\n\n`);
  }

  /** Puts an inbox note on the map it was written about, in one call of notes.create. */
  async placeNote({ noteId, position }: ParsedInputOf<'shares.placeNote'>): Promise<CallResult> {
    const entry = this.inbox.find((note) => note.id === noteId);
    if (!entry) throw new ApiError('not_found', 'That note is no longer in the inbox');
    const outcome = await this.dispatch(
      'notes.create',
      {
        accountId: entry.map.accountId,
        mapId: entry.map.mapId,
        kind: 'sticky',
        text: `${entry.text}\n— ${entry.author}`,
        position: position ?? { x: 0, y: 0 },
      },
      'owner',
    );
    if (outcome.ok) {
      this.inbox = this.inbox.filter((note) => note.id !== noteId);
      this.changed(contract['notes.create'].writes);
    }
    return outcome;
  }

  dismissNote({ noteId }: ParsedInputOf<'shares.dismissNote'>): void {
    if (!this.inbox.some((note) => note.id === noteId)) {
      throw new ApiError('not_found', 'That note is no longer in the inbox');
    }
    this.inbox = this.inbox.filter((note) => note.id !== noteId);
  }

  /** The host wrote these tables: every viewer reloads what reads them. */
  changed(tables: readonly Table[]): void {
    if (tables.length === 0) return;
    this.broadcast(`event: changed\ndata: ${JSON.stringify({ tables })}\n\n`);
  }

  async close(): Promise<void> {
    clearInterval(this.heartbeat);
    await this.stop();
  }

  // The room's side: what the viewers' requests get.

  private async join(body: unknown, client: string): Promise<Reply> {
    const now = Date.now();
    const record = this.wrongCodes.get(client);
    if (record && record.lockedUntil > now) return this.lockedOut(record.lockedUntil - now);
    if (record && record.lockedUntil !== 0) this.wrongCodes.delete(client);
    this.wrongCodeTimes = this.wrongCodeTimes.filter((time) => time > now - this.settings.lockoutMs);
    const [oldest] = this.wrongCodeTimes;
    if (oldest !== undefined && this.wrongCodeTimes.length >= this.settings.wrongCodesInRoom) {
      return this.lockedOut(oldest + this.settings.lockoutMs - now);
    }
    const share = this.liveShare();
    if (!share) return failure('share_ended', 'The host is not sharing a map now');
    const parsed = RoomJoin.safeParse(body, { reportInput: true });
    if (!parsed.success) {
      return fromError(
        new ApiError('invalid_input', 'Give a name and the join code', issuesFromZod(parsed.error.issues)),
      );
    }
    if (!sameCode(parsed.data.code.trim(), share.code)) {
      const wrong = { count: (this.wrongCodes.get(client)?.count ?? 0) + 1, lockedUntil: 0 };
      if (wrong.count >= this.settings.wrongCodesBeforeLockout) wrong.lockedUntil = now + this.settings.lockoutMs;
      this.wrongCodes.set(client, wrong);
      this.wrongCodeTimes.push(now);
      if (wrong.lockedUntil !== 0) return this.lockedOut(this.settings.lockoutMs);
      return failure('wrong_code', 'That is not the join code');
    }
    this.wrongCodes.delete(client);
    const [maps, account] = await Promise.all([
      this.publicCall('maps.list', { accountId: share.map.accountId }),
      this.publicCall('accounts.get', { id: share.map.accountId }),
    ]);
    if (!maps.ok) return replyOf(maps);
    if (!account.ok) return replyOf(account);
    const map = (maps.result as OutputOf<'maps.list'>).find((candidate) => candidate.id === share.map.mapId);
    if (!map) return failure('share_ended', 'The shared map no longer exists');
    if (this.sessions.size >= this.settings.maxViewers) return failure('forbidden', 'The room is full');
    const token = randomBytes(32).toString('base64url');
    const viewer: Omit<Viewer, 'connected'> = {
      id: randomUUID(),
      name: parsed.data.name,
      joinedAt: new Date(now).toISOString(),
    };
    this.sessions.set(token, { viewer, shareId: share.id, code: share.code, noteTimes: [], streams: new Set() });
    return {
      status: 200,
      session: token,
      body: {
        ok: true,
        result: {
          mapId: share.map.mapId,
          accountId: share.map.accountId,
          mapName: map.name,
          accountName: (account.result as OutputOf<'accounts.get'>).name,
          viewerId: viewer.id,
        } satisfies RoomJoined,
      },
    };
  }

  private lockedOut(remainingMs: number): Reply {
    return failure('locked_out', 'Too many wrong join codes from this device', {
      retryAfterSeconds: Math.ceil(remainingMs / 1000),
    });
  }

  private async call(token: string | undefined, method: string, body: unknown): Promise<Reply> {
    const found = this.sessionOf(token);
    if (!found) return failure('unauthorized', 'Join the room first');
    if (!isRoomMethod(method)) return failure('forbidden', `${method} is not available in the room`);
    let input: unknown;
    try {
      input = parseCall(method, body).input;
    } catch (error) {
      if (error instanceof ApiError) return fromError(error);
      throw error;
    }
    const map = found.share.map;
    // The binding's input and answer are the method's own; the table of bindings is keyed by method.
    const binding = ROOM_METHODS[method] as unknown as {
      allows(input: unknown, shared: SharedMap): boolean;
      answer?(result: unknown, shared: SharedMap, call: PublicCall): unknown;
    };
    if (!binding.allows(input, map)) return failure('not_found', 'That is not part of the shared map');
    const outcome = await this.publicCall(method as MethodName, input as never);
    if (!outcome.ok || !binding.answer) return replyOf(outcome);
    const answer = await binding.answer(outcome.result, map, this.publicCall);
    if (answer === WITHHELD) return failure('not_found', 'That is not part of the shared map');
    return { status: 200, body: { ok: true, result: answer } };
  }

  private async note(token: string | undefined, body: unknown): Promise<Reply> {
    const found = this.sessionOf(token);
    if (!found) return failure('unauthorized', 'Join the room first');
    const { session, share } = found;
    const parsed = RoomNote.safeParse(body, { reportInput: true });
    if (!parsed.success) {
      return fromError(new ApiError('invalid_input', 'The note is not valid', issuesFromZod(parsed.error.issues)));
    }
    const now = Date.now();
    session.noteTimes = session.noteTimes.filter((time) => time > now - MINUTE);
    if (session.noteTimes.length >= this.settings.notesPerMinute || this.inbox.length >= this.settings.maxInbox) {
      return failure('too_many_notes', 'Too many notes in a minute');
    }
    const personId = parsed.data.personId ?? null;
    if (personId !== null) {
      const person = await this.publicCall('people.get', { id: personId });
      if (!person.ok || (person.result as OutputOf<'people.get'>).accountId !== share.map.accountId) {
        return failure('not_found', 'That person is not part of the shared map');
      }
    }
    session.noteTimes.push(now);
    const note: InboxEntry = {
      id: randomUUID(),
      author: session.viewer.name,
      kind: parsed.data.kind,
      text: parsed.data.text,
      personId,
      receivedAt: new Date(now).toISOString(),
      map: share.map,
    };
    this.inbox.push(note);
    return { status: 201, body: { ok: true, result: { id: note.id } } };
  }

  private openEvents(token: string | undefined, res: ServerResponse): Reply | null {
    const found = this.sessionOf(token);
    if (!found) return failure('unauthorized', 'Join the room first');
    const { session } = found;
    res.writeHead(200, { 'Content-Type': 'text/event-stream; charset=utf-8', Connection: 'keep-alive' });
    res.write(': joined\n\n');
    session.streams.add(res);
    res.on('close', () => session.streams.delete(res));
    return null;
  }

  // Bookkeeping.

  /** The running share, or null once it stopped or ran out of time (then it is ended here). */
  private liveShare(): Share | null {
    if (this.share && Date.now() >= this.share.expiresAt) this.endShare();
    return this.share;
  }

  /** A session of the running share, joined with its code. */
  private sessionOf(token: string | undefined): { session: Session; share: Share } | null {
    const share = this.liveShare();
    if (!share || token === undefined) return null;
    const session = this.sessions.get(token);
    if (!session || session.shareId !== share.id || !sameCode(session.code, share.code)) return null;
    return { session, share };
  }

  private broadcast(chunk: string): void {
    for (const session of this.sessions.values()) for (const stream of session.streams) stream.write(chunk);
  }

  /** The code and every session end; their streams hear `stopped` and close. The inbox stays. */
  private endShare(): void {
    if (this.expiry) clearTimeout(this.expiry);
    this.expiry = null;
    this.share = null;
    for (const session of this.sessions.values()) {
      for (const stream of session.streams) stream.end('event: stopped\ndata: {}\n\n');
    }
    this.sessions.clear();
  }

  private async closeServer(): Promise<void> {
    const server = this.server;
    this.server = null;
    await server?.close();
  }
}
