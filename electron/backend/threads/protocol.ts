import type { CallResult } from '../dispatch';
import type { FileProblemKind } from '../files/fileProblem';

/**
 * The messages between the backend's host (the shell's main thread, or web mode's HTTP server)
 * and its threads. One primary thread owns the file and takes every write; reader threads open
 * the same file and answer reads, so a slow read never holds up a write or a cheap read.
 */
export type ThreadRole = 'primary' | 'reader';

export interface ThreadStart {
  role: ThreadRole;
  file: string;
  version: string;
  nativeBinding?: string;
  autoBackups?: boolean;
  /** A reader opens an encrypted file with the key the primary holds. */
  key?: string | null;
  /** The primary's remembered keys, looked up by the shell (the keychain lives on its thread). */
  rememberedKeys?: Record<string, string>;
}

export type HostMessage =
  | { type: 'call'; id: number; method: unknown; input: unknown; scope: unknown }
  | { type: 'open'; id: number; file: string; rememberedKey: string | null }
  | { type: 'reopen'; id: number; file: string; key: string | null }
  /** A reader closes the file, so the primary can encrypt, decrypt or replace it. */
  | { type: 'release'; id: number }
  | { type: 'close'; id: number };

/** Where the primary stands after a call that may have changed the file or its key. */
export interface Session {
  file: string;
  key: string | null;
  locked: boolean;
}

export interface ThreadFailure {
  message: string;
  /** Set when it was a FileProblem, so the host can throw one the shell knows how to explain. */
  problem?: { kind: FileProblemKind; file: string; detail: string };
}

export type ThreadMessage =
  | { type: 'ready'; session: Session }
  | { type: 'startFailed'; failure: ThreadFailure }
  | { type: 'result'; id: number; result: CallResult; session: Session }
  | { type: 'done'; id: number; session: Session }
  | { type: 'failed'; id: number; failure: ThreadFailure }
  | { type: 'keychain'; action: 'save' | 'forget'; file: string; key?: string }
  | { type: 'log'; message: string };
