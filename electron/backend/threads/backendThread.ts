/**
 * A backend thread (a worker_threads worker): the primary one runs the whole backend on the file;
 * a reader opens the same file with the primary's key and answers reads only. SQLite's WAL lets
 * readers read while the primary writes, each seeing what was committed when its read began.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { startBackend, type Backend } from '../backend';
import { FileProblem } from '../files/fileProblem';
import type { Keychain } from '../securityHandlers';
import { isTeamSyncMethod } from '../../../shared/api/methods/teamSync';
import type { HostMessage, ThreadFailure, ThreadMessage, ThreadStart } from './protocol';

const port = parentPort;
if (!port) throw new Error('backendThread.ts runs as a worker thread');
const start = workerData as ThreadStart;
const send = (message: ThreadMessage) => port.postMessage(message);

function failureOf(error: unknown): ThreadFailure {
  if (error instanceof FileProblem) {
    return { message: error.message, problem: { kind: error.kind, file: error.file, detail: error.detail } };
  }
  return { message: error instanceof Error ? error.message : String(error) };
}

/**
 * The shell's keychain lives on its own thread: it hands over the keys it holds for the files
 * this thread may open, and is told of every key to save or forget.
 */
const remembered = new Map(Object.entries(start.rememberedKeys ?? {}));
const keychain: Keychain | undefined =
  start.role === 'primary' && start.rememberedKeys
    ? {
        load: (file) => remembered.get(file) ?? null,
        save(file, key) {
          remembered.set(file, key);
          send({ type: 'keychain', action: 'save', file, key });
        },
        forget(file) {
          remembered.delete(file);
          send({ type: 'keychain', action: 'forget', file });
        },
      }
    : undefined;

const log = (message: string) => send({ type: 'log', message });

/** A reader opens an encrypted file the way a remembered key opens it: with the primary's key. */
const readerKeychain = (key: string | null): Keychain => ({
  load: () => key,
  save: () => undefined,
  forget: () => undefined,
});

function open(file: string, key: string | null): Backend {
  return startBackend(file, {
    version: start.version,
    nativeBinding: start.nativeBinding,
    autoBackups: start.role === 'primary' ? start.autoBackups : false,
    teamSync: start.role === 'primary',
    log,
    keychain: start.role === 'primary' ? keychain : readerKeychain(key),
  });
}

/**
 * A reader starts before the primary has opened (and perhaps migrated) the file: it loads its
 * code meanwhile, and opens the file when the host says which, with which key.
 */
let backend: Backend | null = null;
try {
  if (start.role === 'primary') backend = open(start.file, null);
  send({ type: 'ready', session: backend?.session() ?? { file: '', key: null, locked: true } });
} catch (error) {
  send({ type: 'startFailed', failure: failureOf(error) });
  process.exit(0);
}

const noFile = { ok: false, error: { code: 'storage_unavailable', message: 'No database file is open yet' } } as const;
const sessionOf = (opened: Backend | null) => opened?.session() ?? { file: '', key: null, locked: true };

port.on('message', (message: HostMessage) => {
  switch (message.type) {
    case 'call': {
      // The team's methods wait for the team server; every other call is answered at once.
      if (backend && isTeamSyncMethod(message.method)) {
        const answering = backend;
        void answering.teamCall(message.method, message.input, message.scope).then((result) => {
          send({ type: 'result', id: message.id, result, session: sessionOf(backend) });
        });
        return;
      }
      const result = backend ? backend.dispatch(message.method, message.input, message.scope) : noFile;
      send({ type: 'result', id: message.id, result, session: sessionOf(backend) });
      return;
    }
    case 'open':
      try {
        if (message.rememberedKey) remembered.set(message.file, message.rememberedKey);
        if (!backend) throw new Error('A reader thread does not open files of its own');
        backend.openFile(message.file);
        send({ type: 'done', id: message.id, session: backend.session() });
      } catch (error) {
        send({ type: 'failed', id: message.id, failure: failureOf(error) });
      }
      return;
    case 'reopen':
      try {
        const next = open(message.file, message.key);
        backend?.close();
        backend = next;
        send({ type: 'done', id: message.id, session: backend.session() });
      } catch (error) {
        send({ type: 'failed', id: message.id, failure: failureOf(error) });
      }
      return;
    case 'release':
      backend?.close();
      backend = null;
      send({ type: 'done', id: message.id, session: sessionOf(null) });
      return;
    case 'close':
      backend?.close();
      send({ type: 'done', id: message.id, session: sessionOf(null) });
      port.close();
      return;
  }
});
