import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { contract, isMethodName } from '../../../shared/api/contract';
import type { FileStatus } from '../../../shared/api/methods/files';
import type { CallResult } from '../dispatch';
import { FileProblem } from '../files/fileProblem';
import type { Keychain } from '../securityHandlers';
import type { HostMessage, Session, ThreadFailure, ThreadMessage, ThreadRole, ThreadStart } from './protocol';
import { ReadQueue } from './readQueue';
import { isTeamSyncMethod } from '../../../shared/api/methods/teamSync';

/** A call as a transport hands it over, answered when its thread has run it. */
export type AsyncDispatch = (method: unknown, input: unknown, scope?: unknown) => Promise<CallResult>;

export interface ThreadedBackendOptions {
  version: string;
  nativeBinding?: string;
  autoBackups?: boolean;
  /** Reader threads beside the primary one (default: one per spare core, one or two). */
  readers?: number;
  /** The shell's keychain; it stays on the shell's thread, the primary is handed its keys. */
  keychain?: Keychain;
  /** The thread's module: the built one in the desktop app, the TypeScript source elsewhere. */
  entry?: URL;
  log?: (message: string) => void;
}

export interface ThreadedBackend {
  call: AsyncDispatch;
  /** The open file (it changes with File → Open). */
  file(): string;
  status(): Promise<FileStatus>;
  /** Resolves when every reader has the primary's file open (after start, an unlock, a restore). */
  ready(): Promise<void>;
  /** Opens another file in place of this one; if that fails, this one stays open. */
  openFile(file: string): Promise<void>;
  close(): Promise<void>;
}

/** Methods after which the file, its key or its connections may be new: readers open it again. */
const reopensFile = (method: unknown): boolean =>
  typeof method === 'string' &&
  (method === 'backups.restore' || (method.startsWith('security.') && method !== 'security.status'));

/** A read predicted to take no longer than this may run on the primary when no reader is free. */
const CHEAP_READ_MS = 5;

const internalError = (message: string): CallResult => ({ ok: false, error: { code: 'internal', message } });

function errorOf(failure: ThreadFailure): Error {
  const problem = failure.problem;
  return problem ? new FileProblem(problem.kind, problem.file, problem.detail) : new Error(failure.message);
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

interface Pending {
  resolve(message: ThreadMessage): void;
}

/** One worker thread and the answers it owes. */
class BackendThread {
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private exited = false;
  /** Calls sent and not yet answered. */
  inFlight = 0;
  /** A reader is in step when it has the primary's file and key open. */
  inStep = true;
  /** It did not start, or stopped: it is passed over. */
  broken = false;
  readonly started: Promise<Session>;

  constructor(
    readonly role: ThreadRole,
    start: ThreadStart,
    entry: URL,
    onMessage: (message: ThreadMessage) => void,
  ) {
    this.worker = spawn(entry, start);
    this.started = new Promise((resolve, reject) => {
      this.worker.on('message', (message: ThreadMessage) => {
        if (message.type === 'ready') resolve(message.session);
        else if (message.type === 'startFailed') reject(errorOf(message.failure));
        else if ('id' in message) this.answer(message);
        else onMessage(message);
      });
      this.worker.on('error', (error) => reject(error));
      this.worker.on('exit', (code) => {
        this.exited = true;
        this.broken = true;
        this.inStep = false;
        reject(new Error(`the backend thread stopped (exit code ${code})`));
        const owed = [...this.pending.entries()];
        this.pending.clear();
        for (const [id, { resolve: settle }] of owed) {
          settle({ type: 'result', id, result: internalError('The backend stopped'), session: stoppedSession });
        }
      });
    });
  }

  private answer(message: ThreadMessage & { id: number }): void {
    const owed = this.pending.get(message.id);
    if (!owed) return;
    this.pending.delete(message.id);
    this.inFlight -= 1;
    owed.resolve(message);
  }

  send(message: DistributiveOmit<HostMessage, 'id'>): Promise<ThreadMessage> {
    if (this.exited) {
      return Promise.resolve({ type: 'failed', id: 0, failure: { message: 'The backend thread has stopped' } });
    }
    const id = this.nextId++;
    this.inFlight += 1;
    return new Promise((resolve) => {
      this.pending.set(id, { resolve });
      this.worker.postMessage({ ...message, id } as HostMessage);
    });
  }

  async stop(): Promise<void> {
    if (!this.exited) await this.send({ type: 'close' });
    await this.worker.terminate();
  }
}

/**
 * The built thread runs as it is; the TypeScript source (tests, web mode under tsx) first
 * registers tsx's loader in the new thread, which a worker does not inherit.
 */
function spawn(entry: URL, start: ThreadStart): Worker {
  if (!entry.pathname.endsWith('.ts')) return new Worker(entry, { workerData: start });
  const api = import.meta.resolve('tsx/esm/api');
  const boot = `import(${JSON.stringify(api)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry.href)}); })`;
  return new Worker(boot, { eval: true, workerData: start });
}

const stoppedSession: Session = { file: '', key: null, locked: true };

function threadEntry(options: ThreadedBackendOptions): URL {
  return options.entry ?? new URL('./backendThread.ts', import.meta.url);
}

/**
 * The backend on threads of its own, behind the same contract: the primary thread owns the file
 * and takes every write in order; reader threads answer reads, the cheapest waiting one first,
 * so neither the window's thread nor a cheap call ever waits for a slow one.
 */
export async function startThreadedBackend(file: string, options: ThreadedBackendOptions): Promise<ThreadedBackend> {
  const log = options.log ?? console.warn;
  const entry = threadEntry(options);
  const keychain = options.keychain;
  const onMessage = (message: ThreadMessage) => {
    if (message.type === 'log') log(message.message);
    if (message.type === 'keychain') {
      if (message.action === 'save' && message.key) keychain?.save(message.file, message.key);
      if (message.action === 'forget') keychain?.forget(message.file);
    }
  };
  const base = { version: options.version, nativeBinding: options.nativeBinding };
  const seededKey = keychain?.load(file) ?? null;
  // Present (even empty) when the shell has a keychain, so the primary can offer to remember.
  const rememberedKeys = keychain ? (seededKey ? { [file]: seededKey } : {}) : undefined;
  const primary: BackendThread = new BackendThread(
    'primary',
    { ...base, role: 'primary', file, autoBackups: options.autoBackups, rememberedKeys },
    entry,
    onMessage,
  );
  const queue = new ReadQueue();

  /** Readers load their code while the primary opens the file, then open it when told. */
  const readerCount = options.readers ?? Math.max(1, Math.min(2, os.availableParallelism() - 1));
  const readers = Array.from({ length: readerCount }, () => {
    const reader = new BackendThread('reader', { ...base, role: 'reader', file: '' }, entry, onMessage);
    reader.inStep = false;
    // Its failure to start is handled where the readers are awaited (or moot when the primary failed).
    reader.started.catch(() => undefined);
    return reader;
  });
  const startReaders = async () => {
    await Promise.all(
      readers.map((reader) =>
        reader.started.then(
          () => undefined,
          (error: unknown) => {
            reader.broken = true;
            log(`[powermap] a reader thread did not start: ${(error as Error).message}`);
          },
        ),
      ),
    );
    resync();
    await ready();
  };

  /** Readers open the primary's file again, with its key; until then the primary answers reads. */
  const resync = () => {
    for (const reader of readers) {
      if (reader.broken) continue;
      reader.inStep = false;
      if (session.locked) continue;
      const wanted = session;
      void reader.send({ type: 'reopen', file: wanted.file, key: wanted.key }).then((answer) => {
        if (answer.type === 'failed')
          log(`[powermap] a reader thread could not open the file: ${answer.failure.message}`);
        reader.inStep = answer.type === 'done' && wanted === session;
        readersChanged();
        pump();
      });
    }
  };

  const onPrimaryAnswer = (method: unknown, next: Session) => {
    const changed = next.file !== session.file || next.key !== session.key || next.locked !== session.locked;
    session = next;
    if (changed || reopensFile(method)) resync();
  };

  const run = (thread: BackendThread, method: unknown, input: unknown, scope: unknown): Promise<CallResult> => {
    const sent = performance.now();
    return thread.send({ type: 'call', method, input, scope }).then((answer) => {
      queue.learn(method, performance.now() - sent);
      if (thread === primary && answer.type === 'result') onPrimaryAnswer(method, answer.session);
      pump();
      return answer.type === 'result' ? answer.result : internalError('The backend could not answer');
    });
  };

  let waitingForReaders: (() => void)[] = [];
  /** Readers that could not open the file are left out; the primary answers in their place. */
  const settled = () => readers.every((reader) => reader.inStep || reader.broken || session.locked);
  const readersChanged = () => {
    if (!settled()) return;
    const waiting = waitingForReaders;
    waitingForReaders = [];
    for (const resolve of waiting) resolve();
  };

  function ready(): Promise<void> {
    return settled() ? Promise.resolve() : new Promise((resolve) => waitingForReaders.push(resolve));
  }

  const freeReader = () => readers.find((reader) => reader.inStep && reader.inFlight === 0);

  /** Hands waiting reads to free readers, and a cheap one to the primary when it is idle. */
  function pump(): void {
    for (;;) {
      const reader = freeReader();
      const thread = reader ?? (primary.inFlight === 0 ? primary : null);
      if (!thread) return;
      const next = reader ? queue.takeCheapest() : queue.takeCheapestUnder(CHEAP_READ_MS);
      if (!next) return;
      next.start(run(thread, next.method, next.input, next.scope));
    }
  }

  // The team sync lives on the primary thread only.
  const isRead = (method: unknown) =>
    isMethodName(method) && contract[method].kind === 'read' && !reopensFile(method) && !isTeamSyncMethod(method);

  /**
   * Encrypting, decrypting or replacing the file needs it to itself: the readers finish what
   * they run and close it first, and open it again after.
   */
  const releaseReaders = async () => {
    const open = readers.filter((reader) => !reader.broken);
    for (const reader of open) reader.inStep = false;
    await Promise.all(open.map((reader) => reader.send({ type: 'release' })));
  };

  const call: AsyncDispatch = async (method, input, scope = 'owner') => {
    if (reopensFile(method)) {
      await releaseReaders();
      // Whatever the call did, its answer has the readers open the file the primary now has.
      return run(primary, method, input, scope);
    }
    const anyReaderInStep = readers.some((reader) => reader.inStep);
    if (!isRead(method) || !anyReaderInStep) return run(primary, method, input, scope);
    const answer = queue.add(method, input, scope);
    pump();
    return answer;
  };

  let session: Session = await primary.started.catch(async (error: unknown) => {
    await Promise.all(readers.map((reader) => reader.stop()));
    throw error;
  });
  await startReaders();

  return {
    call,
    file: () => session.file,
    async status() {
      const answer = await run(primary, 'files.status', {}, 'owner');
      if (!answer.ok) throw new Error(answer.error.message);
      return answer.result as FileStatus;
    },
    ready,
    async openFile(target) {
      await releaseReaders();
      const answer = await primary.send({
        type: 'open',
        file: target,
        rememberedKey: keychain?.load(target) ?? null,
      });
      // Opened or not (then the old file stays), the readers open what the primary has.
      if (answer.type === 'done') session = answer.session;
      resync();
      if (answer.type === 'failed') throw errorOf(answer.failure);
    },
    async close() {
      // Readers first: the primary's own connection, closing last, checkpoints the write-ahead
      // log and removes it (a read-only connection closing last would leave it behind).
      await Promise.all(readers.map((thread) => thread.stop()));
      await primary.stop();
    },
  };
}
