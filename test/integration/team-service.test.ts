import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { TeamMember } from '../../shared/api/entities';
import { callError, callOk, countRows, seedAccount, snapshotTables, startTempBackend } from '../helpers/tempDb';

describe('our team', () => {
  it('creates, lists (me first, then by name) and updates members', () => {
    const { backend } = startTempBackend();
    const d = backend.dispatch;
    const zoe = callOk(d, 'team.create', { name: ' Zoe ', title: 'Service lead' });
    expect(TeamMember.parse(zoe)).toEqual(zoe);
    expect(zoe).toMatchObject({ name: 'Zoe', title: 'Service lead', email: '', isMe: false, sampleAccountId: null });
    const id = randomUUID();
    const amy = callOk(d, 'team.create', { id, name: 'Amy', email: 'amy@example.com' });
    expect(amy.id).toBe(id);
    const me = callOk(d, 'team.create', { name: 'Max', isMe: true });
    expect(callOk(d, 'team.list', {}).map((m) => m.name)).toEqual(['Max', 'Amy', 'Zoe']);

    const renamed = callOk(d, 'team.update', { id: zoe.id, patch: { name: 'Zoë', isMe: true } });
    expect(renamed).toMatchObject({ name: 'Zoë', isMe: true, title: 'Service lead' });
    // Only one member is "me": the mark moved.
    expect(
      callOk(d, 'team.list', {})
        .filter((m) => m.isMe)
        .map((m) => m.id),
    ).toEqual([zoe.id]);
    expect(callOk(d, 'team.update', { id: me.id, patch: { title: 'Sales' } }).isMe).toBe(false);
  });

  it('refuses an empty name and unknown members', () => {
    const { backend } = startTempBackend();
    const d = backend.dispatch;
    expect(callError(d, 'team.create', { name: '  ' }).code).toBe('invalid_input');
    expect(callError(d, 'team.update', { id: randomUUID(), patch: { name: 'X' } }).code).toBe('not_found');
    expect(callError(d, 'team.delete', { id: randomUUID() }).code).toBe('not_found');
  });

  it('sets a member on an account team, changes the role and removes them, returning what was there', () => {
    const { backend } = startTempBackend();
    const d = backend.dispatch;
    const seed = seedAccount(d);
    const ann = callOk(d, 'team.create', { name: 'Ann' });
    const bo = callOk(d, 'team.create', { name: 'Bo' });
    const first = callOk(d, 'accountTeam.set', { accountId: seed.accountId, memberId: ann.id, role: 'service' });
    expect(first).toEqual({ entry: { accountId: seed.accountId, memberId: ann.id, role: 'service' }, previous: null });
    const second = callOk(d, 'accountTeam.set', {
      accountId: seed.accountId,
      memberId: ann.id,
      role: 'technical_lead',
    });
    expect(second.previous?.role).toBe('service');
    callOk(d, 'accountTeam.set', { accountId: seed.accountId, memberId: bo.id, role: 'account_manager' });
    // Account manager first, then the other roles.
    expect(callOk(d, 'accountTeam.list', { accountId: seed.accountId }).map((e) => [e.memberId, e.role])).toEqual([
      [bo.id, 'account_manager'],
      [ann.id, 'technical_lead'],
    ]);
    expect(callOk(d, 'accountTeam.remove', { accountId: seed.accountId, memberId: ann.id }).role).toBe(
      'technical_lead',
    );
    expect(callError(d, 'accountTeam.remove', { accountId: seed.accountId, memberId: ann.id }).code).toBe('not_found');
    expect(callError(d, 'accountTeam.set', { accountId: randomUUID(), memberId: bo.id, role: 'other' }).code).toBe(
      'not_found',
    );
    expect(
      callError(d, 'accountTeam.set', { accountId: seed.accountId, memberId: randomUUID(), role: 'other' }).code,
    ).toBe('not_found');
    expect(callError(d, 'accountTeam.set', { accountId: seed.accountId, memberId: bo.id, role: 'boss' }).code).toBe(
      'invalid_input',
    );
  });

  it('deletes a member with their team places, covers lines and map places, and restores them whole', () => {
    const { backend } = startTempBackend();
    const d = backend.dispatch;
    const seed = seedAccount(d);
    const member = callOk(d, 'team.create', { name: 'Dana', isMe: true });
    callOk(d, 'accountTeam.set', { accountId: seed.accountId, memberId: member.id, role: 'account_manager' });
    callOk(d, 'relations.setCoverage', {
      accountId: seed.accountId,
      memberId: member.id,
      personId: seed.people.ann,
      strength: 2,
    });
    callOk(d, 'maps.placeItems', { mapId: seed.mapId, items: [{ memberId: member.id, x: 10, y: 500 }] });
    const before = snapshotTables(backend.db);
    const viewBefore = callOk(d, 'maps.view', { mapId: seed.mapId });
    expect(viewBefore.members.map((m) => m.id)).toEqual([member.id]);

    const removal = callOk(d, 'team.delete', { id: member.id });
    expect(removal.member).toEqual(member);
    expect(removal.accountTeam).toHaveLength(1);
    expect(removal.relations.map((r) => [r.kind, r.toPersonId, r.strength])).toEqual([['covers', seed.people.ann, 2]]);
    expect(removal.items).toHaveLength(1);
    expect(countRows(backend.db, 'account_team')).toBe(0);
    const viewAfter = callOk(d, 'maps.view', { mapId: seed.mapId });
    expect(viewAfter.members).toEqual([]);
    expect(viewAfter.relations.map((r) => r.kind)).toEqual(['reports_to']);
    // The people they covered are untouched.
    expect(viewAfter.people).toHaveLength(3);

    expect(callOk(d, 'team.restore', removal)).toEqual(member);
    expect(callOk(d, 'maps.view', { mapId: seed.mapId })).toEqual(viewBefore);
    const after = snapshotTables(backend.db);
    // Same rows; only the relation's timestamps are new.
    expect(after.account_team).toEqual(before.account_team);
    expect(after.map_items).toEqual(before.map_items);
    expect(after.team_members).toEqual(before.team_members);
  });

  it('refuses a restore that carries another member’s lines, writing nothing', () => {
    const { backend } = startTempBackend();
    const d = backend.dispatch;
    const seed = seedAccount(d);
    const member = callOk(d, 'team.create', { name: 'Dana' });
    const removal = callOk(d, 'team.delete', { id: member.id });
    const before = snapshotTables(backend.db);
    const forged = {
      ...removal,
      relations: [
        {
          id: randomUUID(),
          accountId: seed.accountId,
          kind: 'covers' as const,
          fromPersonId: null,
          fromMemberId: randomUUID(),
          toPersonId: seed.people.ann,
          toMemberId: null,
          strength: 1,
          label: '',
        },
      ],
    };
    expect(callError(d, 'team.restore', forged).code).toBe('invalid_input');
    expect(snapshotTables(backend.db)).toEqual(before);
  });

  it('keeps a sample account’s made-up team to that account', () => {
    const { backend } = startTempBackend();
    const d = backend.dispatch;
    const sample = callOk(d, 'accounts.createSample', { language: 'en' });
    const other = seedAccount(d, 'Real customer');
    const sampleMember = callOk(d, 'team.list', {}).find((m) => m.sampleAccountId === sample.id);
    if (!sampleMember) throw new Error('the sample has no team');
    expect(
      callError(d, 'accountTeam.set', { accountId: other.accountId, memberId: sampleMember.id, role: 'other' }).code,
    ).toBe('invalid_input');
    expect(
      callError(d, 'maps.placeItems', { mapId: other.mapId, items: [{ memberId: sampleMember.id, x: 0, y: 0 }] }).code,
    ).toBe('invalid_input');
    callOk(d, 'accounts.delete', { id: sample.id });
    expect(callOk(d, 'team.list', {})).toEqual([]);
  });
});
