/**
 * The busy account of the benches (test/bench/api.ts times the screens' calls on it,
 * test/bench/memory.ts measures memory with it open): 2,000 people in a reporting tree (the
 * sample generator), our team of 6 covering 300 of them, 20,000 interactions, 4,000 commitments
 * and 10,000 assessment changes in the history.
 */
import { randomUUID } from 'node:crypto';
import { openDatabase, type Db } from '../../electron/backend/db/connection';
import { generateAccount, type GeneratedAccount } from '../../electron/backend/services/sample/generate';
import { seededRandom } from '../../electron/backend/services/sample/random';

export const BUSY_PEOPLE = 2_000;
export const BUSY_ACCOUNT_NAME = `Bench account N=${BUSY_PEOPLE}`;
const INTERACTIONS = 20_000;
const COMMITMENTS = 4_000;
const HISTORY = 10_000;
const MEMBERS = 6;

/** Creates the busy account in a new database file and returns its ids. */
export function buildBusyAccount(file: string): GeneratedAccount {
  const db = openDatabase(file);
  try {
    const account = generateAccount(db, { people: BUSY_PEOPLE, seed: 7, name: BUSY_ACCOUNT_NAME });
    addActivity(db, account);
    return account;
  } finally {
    db.close();
  }
}

const STANCES = ['opposed', 'skeptical', 'neutral', 'supportive', 'champion'];
const DAY_MS = 86_400_000;

/** Our team, their coverage, the contacts, the promises and the history of a busy account. */
function addActivity(db: Db, account: GeneratedAccount): void {
  const random = seededRandom(11);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)]!;
  const now = Date.now();
  const isoDaysAgo = (days: number) => new Date(now - days * DAY_MS).toISOString();
  const created = new Date(now).toISOString();
  const members = Array.from({ length: MEMBERS }, () => randomUUID());
  const interactionIds = Array.from({ length: INTERACTIONS }, () => randomUUID());
  db.transaction(() => {
    const member = db.prepare(`INSERT INTO team_members (id, name, created_at) VALUES (?, ?, ?)`);
    const onTeam = db.prepare(`INSERT INTO account_team (account_id, member_id) VALUES (?, ?)`);
    members.forEach((id, i) => {
      member.run(id, `Member ${i + 1}`, created);
      onTeam.run(account.accountId, id);
    });
    const covers = db.prepare(
      `INSERT INTO relations (id, account_id, kind, from_member_id, to_person_id, strength, created_at, updated_at)
       VALUES (?, ?, 'covers', ?, ?, ?, ?, ?)`,
    );
    account.personIds.slice(0, 300).forEach((personId, i) => {
      covers.run(randomUUID(), account.accountId, members[i % MEMBERS], personId, 1 + (i % 2), created, created);
    });
    const interaction = db.prepare(
      `INSERT INTO interactions (id, account_id, occurred_at, scenario, channel, summary, bank_effect, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const withPerson = db.prepare(
      `INSERT OR IGNORE INTO interaction_participants (interaction_id, person_id) VALUES (?, ?)`,
    );
    const withMember = db.prepare(
      `INSERT OR IGNORE INTO interaction_participants (interaction_id, member_id) VALUES (?, ?)`,
    );
    for (let i = 0; i < INTERACTIONS; i++) {
      const id = interactionIds[i]!;
      const at = isoDaysAgo(random() * 720);
      interaction.run(
        id,
        account.accountId,
        at,
        pick(['work_special', 'work_daily', 'private_daily']),
        pick(['meeting', 'call', 'email', 'visit']),
        `Contact ${i}`,
        Math.floor(random() * 3) - 1,
        at,
        at,
      );
      const people = 1 + Math.floor(random() * 3);
      for (let k = 0; k < people; k++) withPerson.run(id, pick(account.personIds));
      withMember.run(id, pick(members));
    }
    const commitment = db.prepare(
      `INSERT INTO commitments (id, account_id, interaction_id, description, by_member_id, to_person_id, due_date, state,
         closed_at, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (let i = 0; i < COMMITMENTS; i++) {
      const state = pick(['open', 'open', 'kept', 'broken']);
      const due = isoDaysAgo(random() * 200 - 60).slice(0, 10);
      commitment.run(
        randomUUID(),
        account.accountId,
        pick(interactionIds),
        `Promise ${i}`,
        pick(members),
        pick(account.personIds),
        due,
        state,
        state === 'open' ? null : created,
        created,
        created,
      );
    }
    const history = db.prepare(
      `INSERT INTO person_history (person_id, field, old_value, new_value, changed_at) VALUES (?, 'stance', ?, ?, ?)`,
    );
    const changes = Array.from({ length: HISTORY }, () => random() * 720).sort((a, b) => b - a);
    for (const daysAgo of changes)
      history.run(pick(account.personIds), pick(STANCES), pick(STANCES), isoDaysAgo(daysAgo));
  })();
}
