/**
 * What must be in the file: every entity as the acknowledged writes left it. Writes still in
 * flight when web mode was killed may have committed or not, but each one all or nothing.
 */
import type { MethodName } from '../../shared/api/contract';
import type { CallOutcome, ApiAddress } from './api';
import { sameFacts, type EntityKey, type EntityState, type Facts } from './facts';

export interface PlannedWrite {
  method: MethodName;
  /** Every entity the write changes, as it is once the write has committed. */
  after: EntityState;
  send(address: ApiAddress): Promise<CallOutcome<MethodName>>;
}

export interface FileCheck {
  /** An acknowledged state missing from the file, one line per entity. */
  lost: string[];
  /** A write in flight at the kill that left the file neither as before it nor as after it. */
  torn: string[];
  /** Entities in the file that no write of the campaign made. */
  unexpected: string[];
  /** Writes in flight at the kill that turned out to have committed. */
  committedUnanswered: number;
}

export class Ledger {
  private readonly state: EntityState = new Map();
  private readonly byAccount = new Map<string, Set<EntityKey>>();
  acknowledged = 0;

  get(key: EntityKey): Facts | undefined {
    return this.state.get(key);
  }

  entries(): IterableIterator<[EntityKey, Facts]> {
    return this.state.entries();
  }

  /** The people or interactions of one account. */
  ofAccount(accountId: string, kind: 'person' | 'interaction'): EntityKey[] {
    return [...(this.byAccount.get(accountId) ?? [])].filter((key) => key.startsWith(`${kind}:`));
  }

  acknowledge(write: PlannedWrite): void {
    this.acknowledged += 1;
    this.apply(write.after);
  }

  /**
   * Compares the file with what was acknowledged and settles the writes that were in flight: one
   * found whole becomes part of what must stay. A difference is reported once; from then on the
   * file's state is the one expected, so a later round reports only what it lost itself.
   */
  check(actual: EntityState, inFlight: PlannedWrite[]): FileCheck {
    const result: FileCheck = { lost: [], torn: [], unexpected: [], committedUnanswered: 0 };
    const inFlightKeys = new Set(inFlight.flatMap((write) => [...write.after.keys()]));
    for (const [key, facts] of this.state) {
      if (inFlightKeys.has(key) || sameFacts(actual.get(key), facts)) continue;
      result.lost.push(describe(key, facts, actual.get(key)));
      this.adopt(key, actual.get(key));
    }
    for (const write of inFlight) {
      const keys = [...write.after.keys()];
      const committed = keys.every((key) => sameFacts(actual.get(key), write.after.get(key)));
      const notCommitted = keys.every((key) => sameFacts(actual.get(key), this.state.get(key)));
      if (committed) {
        if (!notCommitted) result.committedUnanswered += 1;
        this.apply(write.after);
      } else if (!notCommitted) {
        const found = keys.map((key) => describe(key, write.after.get(key), actual.get(key))).join('; ');
        result.torn.push(`${write.method} in flight left the file neither as before it nor as after it: ${found}`);
        for (const key of keys) this.adopt(key, actual.get(key));
      }
    }
    for (const [key, facts] of actual) {
      if (this.state.has(key)) continue;
      result.unexpected.push(`${key} is in the file but no write made it: ${JSON.stringify(facts)}`);
      this.adopt(key, facts);
    }
    return result;
  }

  private apply(entities: EntityState): void {
    for (const [key, facts] of entities) this.adopt(key, facts);
  }

  private adopt(key: EntityKey, facts: Facts | undefined): void {
    const before = this.state.get(key);
    if (before && before.kind !== 'account') this.byAccount.get(before.accountId)?.delete(key);
    if (!facts) {
      this.state.delete(key);
      return;
    }
    this.state.set(key, facts);
    if (facts.kind === 'account') return;
    const keys = this.byAccount.get(facts.accountId) ?? new Set<EntityKey>();
    keys.add(key);
    this.byAccount.set(facts.accountId, keys);
  }
}

function describe(key: EntityKey, expected: Facts | undefined, actual: Facts | undefined): string {
  if (!actual) return `${key} is missing (expected ${JSON.stringify(expected)})`;
  if (!expected) return `${key} should not be there (found ${JSON.stringify(actual)})`;
  return `${key} differs: expected ${JSON.stringify(expected)}, found ${JSON.stringify(actual)}`;
}
