import { inputIssue, isProblem, type InputIssue } from './issues';

/**
 * Errors that cross the process boundary. They carry a code the UI translates and, for invalid
 * input, the offending fields; never a stack trace.
 */
export const ERROR_CODES = [
  'invalid_input',
  'unknown_method',
  'not_found',
  'conflict',
  'unauthorized',
  'forbidden',
  /** A write asked for from a shared screen (presentation, a workshop viewer), which may only read. */
  'public_read_only',
  /** The database file or its folder cannot be written. */
  'storage_read_only',
  /** The disk is full: the change was not saved, everything before it is kept. */
  'storage_full',
  /** The database file is damaged: Powermap reads what it can and writes nothing. */
  'storage_damaged',
  /** The database file could not be read or written (a disk or network drive failed). */
  'storage_unavailable',
  /** Another program holds the database file. */
  'storage_busy',
  /** The database is encrypted and not unlocked yet. */
  'storage_locked',
  /** The passphrase does not open the database. */
  'wrong_passphrase',
  /** The recovery key is not this database's (or is mistyped). */
  'wrong_recovery_key',
  /** Three wrong tries: the next is allowed only after a pause. */
  'too_many_attempts',
  /** The key file beside an encrypted database is missing or damaged; the recovery key still opens it. */
  'key_file_unusable',
  /** The join code of the room is not the one the host shows. */
  'wrong_code',
  /** Five wrong join codes from one device: it may try again only after a pause. */
  'locked_out',
  /** The host stopped sharing, or the share ran out of time. */
  'share_ended',
  /** A viewer sent more notes in a minute than the room takes. */
  'too_many_notes',
  /** The team server does not answer at that address. */
  'team_unreachable',
  /** The team server does not take that invite token (mistyped, or the member was removed). */
  'team_refused',
  /** No team server is set up yet (Settings → Team). */
  'team_not_connected',
  /** A name that is not a member of the team server. */
  'unknown_member',
  /** The team server says this member may not open or share that account. */
  'team_no_access',
  'network',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export type { InputIssue } from './issues';

export interface ApiErrorPayload {
  code: ErrorCode;
  message: string;
  issues?: InputIssue[];
  /** With `locked_out`: how long until the next try is taken. */
  retryAfterSeconds?: number;
}

export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly issues: InputIssue[];
  /**
   * The method that was called, set by the client that made the call, so the UI can word an issue
   * for it ("Give the account a name"). It does not travel: each side knows what it called.
   */
  method?: string;

  constructor(code: ErrorCode, message: string, issues: InputIssue[] = []) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.issues = issues;
  }

  toPayload(): ApiErrorPayload {
    return this.issues.length > 0
      ? { code: this.code, message: this.message, issues: this.issues }
      : { code: this.code, message: this.message };
  }

  static fromPayload(payload: unknown): ApiError {
    if (isPayload(payload)) return new ApiError(payload.code, payload.message, readIssues(payload.issues));
    return new ApiError('internal', 'Malformed error from the backend');
  }
}

/** Issues as the other side sent them; one this version cannot read still says where. */
function readIssues(issues: unknown): InputIssue[] {
  if (!Array.isArray(issues)) return [];
  return issues.map((raw: unknown) => {
    const { path, problem, params, message } = (typeof raw === 'object' && raw !== null ? raw : {}) as Partial<
      Record<keyof InputIssue, unknown>
    >;
    const where = typeof path === 'string' ? path : '';
    const text = typeof message === 'string' ? message : undefined;
    if (!isProblem(problem)) return inputIssue(where, 'invalid', {}, text);
    const readable =
      typeof params === 'object' && params !== null
        ? Object.fromEntries(
            Object.entries(params).filter(([, value]) => typeof value === 'string' || typeof value === 'number'),
          )
        : {};
    return inputIssue(where, problem, readable as Record<string, string | number>, text);
  });
}

function isPayload(value: unknown): value is ApiErrorPayload {
  if (typeof value !== 'object' || value === null) return false;
  const code = (value as { code?: unknown }).code;
  return typeof code === 'string' && (ERROR_CODES as readonly string[]).includes(code);
}

export const HTTP_STATUS: Record<ErrorCode, number> = {
  invalid_input: 400,
  unknown_method: 404,
  not_found: 404,
  conflict: 409,
  unauthorized: 401,
  forbidden: 403,
  public_read_only: 403,
  storage_read_only: 409,
  storage_full: 507,
  storage_damaged: 409,
  storage_unavailable: 503,
  storage_busy: 503,
  storage_locked: 423,
  wrong_passphrase: 403,
  wrong_recovery_key: 403,
  too_many_attempts: 429,
  key_file_unusable: 409,
  wrong_code: 403,
  locked_out: 429,
  share_ended: 410,
  too_many_notes: 429,
  team_unreachable: 502,
  team_refused: 403,
  team_not_connected: 409,
  unknown_member: 400,
  team_no_access: 403,
  network: 503,
  internal: 500,
};
