/**
 * The two looks at the data after a crash: the file itself, opened with better-sqlite3 and
 * nothing of ours, and web mode started again on it, through the contract.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { callApi, type ApiAddress, type CallOutcome } from './api';
import {
  accountKey,
  byId,
  idOfKey,
  interactionKey,
  readFacts,
  sameFacts,
  type EntityState,
  type InteractionFacts,
} from './facts';
import type { Ledger } from './ledger';
import type { Random } from './random';
import type { MethodName } from '../../shared/api/contract';

export interface FileInspection {
  /** What `PRAGMA integrity_check` and `PRAGMA foreign_key_check` found, or why the file could not be read. */
  damage: string[];
  facts: EntityState | null;
}

/**
 * Copies the file and its write-ahead log as the kill left them (not the shared-memory index,
 * which SQLite rebuilds from the log). Checking the copy leaves the original's log in place, so
 * the restart after it is web mode's own recovery of a crashed file.
 */
export function copyAsLeft(file: string, scratchDir: string): string {
  const copy = path.join(scratchDir, 'inspected.sqlite');
  removeCopy(copy);
  fs.copyFileSync(file, copy);
  if (fs.existsSync(`${file}-wal`)) fs.copyFileSync(`${file}-wal`, `${copy}-wal`);
  return copy;
}

const removeCopy = (copy: string): void =>
  [copy, `${copy}-wal`, `${copy}-shm`].forEach((name) => fs.rmSync(name, { force: true }));

/** Opens the copy with better-sqlite3 alone, checks its integrity, reads its facts, then removes it. */
export function inspectCopy(copy: string): FileInspection {
  let db: Database.Database | null = null;
  try {
    db = new Database(copy);
    const integrity = (db.pragma('integrity_check') as { integrity_check: string }[]).map((row) => row.integrity_check);
    const damage = integrity.join() === 'ok' ? [] : integrity.map((line) => `integrity_check: ${line}`);
    for (const row of db.pragma('foreign_key_check') as { table: string; parent: string }[]) {
      damage.push(`foreign_key_check: a row of ${row.table} points to a missing ${row.parent}`);
    }
    return { damage, facts: readFacts(db) };
  } catch (error) {
    return { damage: [`the file cannot be read: ${(error as Error).message}`], facts: null };
  } finally {
    db?.close();
    removeCopy(copy);
  }
}

const failure = (method: MethodName, outcome: CallOutcome<MethodName>): string =>
  `${method} ${outcome.kind === 'no-answer' ? `got no answer: ${outcome.reason}` : outcome.ok ? 'answered' : `was refused (${outcome.status}): ${outcome.body}`}`;

/**
 * Asks the restarted web mode for what the user would see: the accounts with their people counts,
 * and for a few accounts the map (people, assessments, places) and the contact log with its promises.
 */
export async function checkServed(
  address: ApiAddress,
  ledger: Ledger,
  random: Random,
  onMap: (accountId: string, mapId: string) => void,
): Promise<string[]> {
  const problems: string[] = [];
  const listed = await callApi(address, 'accounts.list', {});
  if (listed.kind !== 'answered' || !listed.ok) return [failure('accounts.list', listed)];
  const served = new Map(listed.result.map((account) => [account.id, account]));
  const accountIds: string[] = [];
  for (const [key, facts] of ledger.entries()) {
    if (facts.kind !== 'account') continue;
    const id = idOfKey(key);
    accountIds.push(id);
    const account = served.get(id);
    const peopleCount = ledger.ofAccount(id, 'person').length;
    if (account?.name !== facts.name || account.tier !== facts.tier || account.peopleCount !== peopleCount) {
      problems.push(`accounts.list shows ${JSON.stringify(account)} for ${JSON.stringify({ ...facts, peopleCount })}`);
    }
  }
  if (served.size !== accountIds.length)
    problems.push(`accounts.list has ${served.size} accounts, not ${accountIds.length}`);

  for (const accountId of random.sample(accountIds, 3)) {
    const maps = await callApi(address, 'maps.list', { accountId });
    if (maps.kind !== 'answered' || !maps.ok) return [...problems, failure('maps.list', maps)];
    const [map] = maps.result;
    const account = ledger.get(accountKey(accountId));
    const mapCount = account?.kind === 'account' ? account.mapCount : 0;
    if (!map || maps.result.length !== mapCount) {
      problems.push(`account ${accountId} has ${maps.result.length} maps`);
      continue;
    }
    onMap(accountId, map.id);
    const view = await callApi(address, 'maps.view', { mapId: map.id });
    if (view.kind !== 'answered' || !view.ok) return [...problems, failure('maps.view', view)];
    const people = ledger.ofAccount(accountId, 'person');
    if (view.result.people.length !== people.length) {
      problems.push(`map ${map.id} shows ${view.result.people.length} people, not ${people.length}`);
    }
    for (const key of people) {
      const facts = ledger.get(key);
      const person = view.result.people.find((p) => p.id === idOfKey(key));
      const item = view.result.items.find((i) => i.personId === idOfKey(key));
      if (facts?.kind !== 'person') continue;
      const expected = { ...facts, history: [], places: facts.places.filter((place) => place.mapId === map.id) };
      const shown = person && {
        kind: 'person' as const,
        accountId: person.accountId,
        name: person.name,
        title: person.title,
        influence: person.influence,
        stance: person.stance,
        places: item ? [{ itemId: item.id, mapId: item.mapId, x: item.x, y: item.y }] : [],
        history: [],
      };
      if (!sameFacts(shown, expected)) {
        problems.push(`map ${map.id} shows ${JSON.stringify(shown)} for ${JSON.stringify(expected)}`);
      }
    }
    const log = await callApi(address, 'interactions.list', { accountId });
    if (log.kind !== 'answered' || !log.ok) return [...problems, failure('interactions.list', log)];
    const interactions = ledger.ofAccount(accountId, 'interaction');
    if (log.result.length !== interactions.length) {
      problems.push(`account ${accountId} shows ${log.result.length} interactions, not ${interactions.length}`);
    }
    for (const interaction of log.result) {
      const shown: InteractionFacts = {
        kind: 'interaction',
        accountId: interaction.accountId,
        summary: interaction.summary,
        personIds: [...interaction.personIds].sort(),
        commitments: interaction.commitments
          .map((c) => ({ id: c.id, description: c.description, byPersonId: c.by.id, state: c.state }))
          .sort(byId),
      };
      const expected = ledger.get(interactionKey(interaction.id));
      if (!sameFacts(shown, expected)) {
        problems.push(`interactions.list shows ${JSON.stringify(shown)} for ${JSON.stringify(expected)}`);
      }
    }
  }
  return problems;
}
