import { describe, expect, it } from 'vitest';
import { restorePatch } from '../../shared/api/methods/interactions';
import type { Dispatch } from '../../electron/backend/dispatch';
import { callError, callOk, seedAccount, snapshotTables, startTempBackend } from '../helpers/tempDb';

/** A strategic account (weekly cadence) with Ann, Bob, Cid and one of our team. */
function setUp() {
  const { backend } = startTempBackend();
  const d = backend.dispatch;
  const seed = seedAccount(d);
  callOk(d, 'accounts.update', { id: seed.accountId, patch: { tier: 'strategic' } });
  const me = callOk(d, 'team.create', { name: 'Me' });
  return { d, seed, me: me.id, db: backend.db };
}

function log(d: Dispatch, accountId: string, occurredAt: string, personIds: string[], extra = {}) {
  return callOk(d, 'interactions.create', { accountId, occurredAt, personIds, scenario: 'work_daily', ...extra });
}

describe('the interaction log', () => {
  it('records a week of contacts with commitments and gives timelines, last contact and next due', () => {
    const { d, seed, me } = setUp();
    const { ann, bob, cid } = seed.people;
    // Monday to Friday of one week, in Shanghai time (UTC+8).
    const monday = log(d, seed.accountId, '2025-03-03T10:00:00+08:00', [ann], {
      channel: 'visit',
      summary: 'Site visit',
      memberIds: [me],
      bankEffect: 2,
      commitments: [
        {
          description: 'Send the reference list',
          by: { kind: 'member', id: me },
          to: { kind: 'person', id: ann },
          dueDate: '2025-03-05',
        },
      ],
    });
    log(d, seed.accountId, '2025-03-04T12:30:00+08:00', [ann, bob], {
      scenario: 'private_daily',
      channel: 'meal',
      bankEffect: 1,
    });
    const wednesday = log(d, seed.accountId, '2025-03-05T16:00:00+08:00', [bob], {
      channel: 'call',
      bankEffect: -1,
      commitments: [
        {
          description: 'Share the budget cycle',
          by: { kind: 'person', id: bob },
          to: { kind: 'member', id: me },
          dueDate: '2025-03-14',
        },
        { description: 'Introduce the CIO', by: { kind: 'person', id: bob } },
      ],
    });
    // 23:30 on Friday in Shanghai is still Friday afternoon in UTC terms; 00:30 Saturday is Friday in UTC.
    log(d, seed.accountId, '2025-03-08T00:30:00+08:00', [ann], { channel: 'message', summary: 'Late thanks' });

    const timeline = callOk(d, 'interactions.list', { accountId: seed.accountId });
    expect(timeline.map((i) => i.occurredAt)).toEqual([
      '2025-03-07T16:30:00.000Z',
      '2025-03-05T08:00:00.000Z',
      '2025-03-04T04:30:00.000Z',
      '2025-03-03T02:00:00.000Z',
    ]);
    expect(timeline[3]).toMatchObject({
      id: monday.id,
      personIds: [ann],
      memberIds: [me],
      bankEffect: 2,
      isPrivate: false,
    });
    expect(timeline[1]?.commitments.map((c) => c.description)).toEqual(['Share the budget cycle', 'Introduce the CIO']);

    expect(callOk(d, 'interactions.listForPerson', { personId: bob }).map((i) => i.id)).toEqual([
      wednesday.id,
      timeline[2]?.id,
    ]);
    expect(callOk(d, 'interactions.listForPerson', { personId: cid })).toEqual([]);

    const asOf = '2025-03-12T09:00:00+08:00';
    const inShanghai = callOk(d, 'interactions.contactStatus', {
      accountId: seed.accountId,
      timeZone: 'Asia/Shanghai',
      asOf,
    });
    expect(inShanghai.tier).toBe('strategic');
    const byPerson = Object.fromEntries(inShanghai.people.map((p) => [p.personId, p]));
    expect(byPerson[ann]).toMatchObject({
      lastContactAt: '2025-03-07T16:30:00.000Z',
      lastContactDate: '2025-03-08',
      cadenceDays: 7,
      cadenceIsOverride: false,
      nextDueDate: '2025-03-15',
      overdue: false,
      bankBalance: 3,
      interactionCount: 3,
    });
    expect(byPerson[bob]).toMatchObject({
      lastContactDate: '2025-03-05',
      nextDueDate: '2025-03-12',
      due: true,
      overdue: false,
      bankBalance: 0,
    });
    expect(byPerson[cid]).toMatchObject({
      lastContactAt: null,
      nextDueDate: '2025-03-12',
      due: true,
      interactionCount: 0,
    });
    // In UTC, Ann's last contact was on Friday 7 March, so she is due a day earlier.
    const inUtc = callOk(d, 'interactions.contactStatus', { accountId: seed.accountId, timeZone: 'UTC', asOf });
    expect(inUtc.people.find((p) => p.personId === ann)?.nextDueDate).toBe('2025-03-14');

    // A person's own cadence wins over the tier's, and can be given back.
    expect(callOk(d, 'interactions.setCadence', { personId: bob, cadenceDays: 3 })).toEqual({
      personId: bob,
      cadenceDays: 3,
      previous: null,
    });
    const after = callOk(d, 'interactions.contactStatus', {
      accountId: seed.accountId,
      timeZone: 'Asia/Shanghai',
      asOf,
    });
    expect(after.people[0]).toMatchObject({
      personId: bob,
      cadenceDays: 3,
      cadenceIsOverride: true,
      nextDueDate: '2025-03-08',
      daysOverdue: 4,
      overdue: true,
    });
    expect(callOk(d, 'people.list', { accountId: seed.accountId }).find((p) => p.id === bob)?.cadenceDays).toBe(3);
    const person = callOk(d, 'interactions.personStatus', { personId: bob, timeZone: '+08:00', asOf });
    expect(person).toMatchObject({
      accountId: seed.accountId,
      tier: 'strategic',
      tierCadenceDays: 7,
      status: { cadenceDays: 3, overdue: true },
    });
    expect(callOk(d, 'interactions.setCadence', { personId: bob, cadenceDays: null }).previous).toBe(3);

    const open = callOk(d, 'commitments.list', { accountId: seed.accountId, openOnly: true });
    expect(open.map((c) => c.description)).toEqual([
      'Send the reference list',
      'Share the budget cycle',
      'Introduce the CIO',
    ]);
    const bobs = callOk(d, 'commitments.list', { accountId: seed.accountId, personId: bob });
    expect(bobs.map((c) => c.by)).toEqual([
      { kind: 'person', id: bob },
      { kind: 'person', id: bob },
    ]);
  });

  it('keeps, breaks and reopens commitments, stamping when they closed', () => {
    const { d, seed, me } = setUp();
    const c = callOk(d, 'commitments.create', {
      accountId: seed.accountId,
      description: 'Send the pricing',
      by: { kind: 'member', id: me },
      to: { kind: 'person', id: seed.people.ann },
      dueDate: '2025-01-31',
    });
    expect(c).toMatchObject({ state: 'open', closedAt: null, interactionId: null });
    const kept = callOk(d, 'commitments.setState', { id: c.id, state: 'kept' });
    expect(kept.state).toBe('kept');
    expect(Date.parse(kept.closedAt ?? '')).toBeGreaterThan(Date.now() - 60_000);
    expect(callOk(d, 'commitments.list', { accountId: seed.accountId, openOnly: true })).toEqual([]);
    expect(callOk(d, 'commitments.setState', { id: c.id, state: 'open' }).closedAt).toBeNull();
    const broken = callOk(d, 'commitments.setState', { id: c.id, state: 'broken', closedAt: '2025-02-03T09:00:00Z' });
    expect(broken.closedAt).toBe('2025-02-03T09:00:00Z');
    const moved = callOk(d, 'commitments.update', { id: c.id, patch: { dueDate: '2025-02-28', to: null } });
    expect(moved).toMatchObject({ dueDate: '2025-02-28', to: null, state: 'broken' });
    expect(callOk(d, 'commitments.delete', { id: c.id }).id).toBe(c.id);
    expect(callOk(d, 'commitments.list', { accountId: seed.accountId })).toEqual([]);
  });

  it('edits participants and commitments in place, keeping the state of commitments it keeps', () => {
    const { d, seed, me } = setUp();
    const { ann, bob } = seed.people;
    const created = log(d, seed.accountId, '2025-01-31T09:00:00Z', [ann], {
      commitments: [
        { description: 'A', by: { kind: 'person', id: ann } },
        { description: 'B', by: { kind: 'member', id: me } },
      ],
    });
    const [a, b] = created.commitments;
    callOk(d, 'commitments.setState', { id: a!.id, state: 'kept' });
    const before = callOk(d, 'interactions.list', { accountId: seed.accountId })[0]!;
    const edited = callOk(d, 'interactions.update', {
      id: created.id,
      patch: {
        personIds: [bob, ann, bob],
        memberIds: [me],
        bankEffect: -2,
        commitments: [
          { id: a!.id, description: 'A, reworded', by: { kind: 'person', id: ann } },
          { description: 'C', by: { kind: 'person', id: bob } },
        ],
      },
    });
    expect(edited.personIds).toEqual([bob, ann]);
    expect(edited.commitments.map((c) => [c.description, c.state])).toEqual([
      ['A, reworded', 'kept'],
      ['C', 'open'],
    ]);
    expect(edited.commitments.some((c) => c.id === b!.id)).toBe(false);
    // Undo is the old record written back (a commitment the edit removed comes back with a new createdAt).
    const undone = callOk(d, 'interactions.update', { id: created.id, patch: restorePatch(before) });
    expect({
      ...undone,
      updatedAt: '',
      commitments: undone.commitments.map((c) => ({ ...c, createdAt: '', updatedAt: '' })),
    }).toEqual({
      ...before,
      updatedAt: '',
      commitments: before.commitments.map((c) => ({ ...c, createdAt: '', updatedAt: '' })),
    });
  });

  it('deletes an interaction with its commitments, and restores it exactly', () => {
    const { d, seed, me } = setUp();
    const created = log(d, seed.accountId, '2025-02-28T23:59:00Z', [seed.people.cid], {
      memberIds: [me],
      isPrivate: true,
      commitments: [{ description: 'Call back', by: { kind: 'member', id: me }, dueDate: '2025-03-01' }],
    });
    callOk(d, 'commitments.setState', { id: created.commitments[0]!.id, state: 'broken' });
    const full = callOk(d, 'interactions.list', { accountId: seed.accountId })[0]!;
    const removed = callOk(d, 'interactions.delete', { id: created.id });
    expect(removed).toEqual(full);
    expect(callOk(d, 'interactions.list', { accountId: seed.accountId })).toEqual([]);
    expect(callOk(d, 'commitments.list', { accountId: seed.accountId })).toEqual([]);
    expect(callOk(d, 'interactions.restore', { interaction: removed })).toEqual(full);
    expect(callError(d, 'interactions.restore', { interaction: removed }).code).toBe('invalid_input');
  });

  it('refuses bad input and writes nothing', () => {
    const { d, seed, db } = setUp();
    const other = seedAccount(d, 'Other');
    const snapshot = snapshotTables(db);
    const base = { accountId: seed.accountId, occurredAt: '2025-01-01T10:00:00Z', personIds: [seed.people.ann] };
    const refused = [
      { ...base, personIds: [] },
      { ...base, personIds: [other.people.ann] },
      { ...base, bankEffect: 3 },
      { ...base, scenario: 'party' },
      { ...base, occurredAt: 'yesterday' },
      { ...base, commitments: [{ description: '  ', by: { kind: 'person', id: seed.people.ann } }] },
      { ...base, commitments: [{ description: 'x', by: { kind: 'person', id: other.people.bob } }] },
      { ...base, surprise: 1 },
    ];
    for (const input of refused)
      expect(callError(d, 'interactions.create', input).code, JSON.stringify(input)).toBe('invalid_input');
    expect(
      callError(d, 'interactions.contactStatus', { accountId: seed.accountId, timeZone: 'Mars/Olympus' }).code,
    ).toBe('invalid_input');
    expect(callError(d, 'interactions.setCadence', { personId: seed.people.ann, cadenceDays: 0 }).code).toBe(
      'invalid_input',
    );
    expect(snapshotTables(db)).toEqual(snapshot);
  });

  it('leaves placeholders out of who is due and forgets deleted people', () => {
    const { d, seed } = setUp();
    callOk(d, 'people.create', { accountId: seed.accountId, isPlaceholder: true, title: 'CFO' });
    callOk(d, 'people.delete', { ids: [seed.people.cid] });
    const status = callOk(d, 'interactions.contactStatus', { accountId: seed.accountId, timeZone: 'UTC' });
    expect(status.people.map((p) => p.personId).sort()).toEqual([seed.people.ann, seed.people.bob].sort());
  });
});

describe('contact status across month ends', () => {
  it('counts the cadence on the calendar from the last contact, through February of a leap year', () => {
    const { backend } = startTempBackend();
    const d = backend.dispatch;
    const seed = seedAccount(d);
    callOk(d, 'accounts.update', { id: seed.accountId, patch: { tier: 'key' } });
    // 31 January, 20:00 in New York is already 1 February in UTC.
    log(d, seed.accountId, '2024-01-31T20:00:00-05:00', [seed.people.ann]);
    const status = (timeZone: string, asOf: string) =>
      callOk(d, 'interactions.contactStatus', { accountId: seed.accountId, timeZone, asOf }).people.find(
        (p) => p.personId === seed.people.ann,
      );
    expect(status('America/New_York', '2024-03-01T12:00:00Z')).toMatchObject({
      lastContactDate: '2024-01-31',
      nextDueDate: '2024-03-01',
      due: true,
      overdue: false,
    });
    expect(status('UTC', '2024-03-01T12:00:00Z')).toMatchObject({
      lastContactDate: '2024-02-01',
      nextDueDate: '2024-03-02',
      due: false,
      daysOverdue: -1,
    });
  });
});
