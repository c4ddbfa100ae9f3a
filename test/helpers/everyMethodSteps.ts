/**
 * One valid call of every contract method, in an order that makes each one meaningful: the HTTP
 * test sends them over the wire, the table-declaration tests run them on an instrumented file.
 */
import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import type { InputOf, MethodName, OutputOf } from '../../shared/api/contract';

const IMPORT_CSV = Buffer.from(
  'Name,Title,Department,Manager\r\n王芳,CFO,财务部,\r\nDee,Controller,财务部,王芳\r\n',
).toString('base64');

/** What earlier calls created, for later calls to use. */
export interface Ctx {
  accountId: string;
  mapId: string;
  ann: string;
  bob: string;
  annItem: string;
  bobItem: string;
  relationId: string;
  memberId: string;
  unitId: string;
  unitRemoval: OutputOf<'orgUnits.delete'>;
  memberRemoval: OutputOf<'team.delete'>;
  memberItemId: string;
  unitItemId: string;
  noteId: string;
  opportunityId: string;
  /** The map of that opportunity, which shows its own assessments. */
  opportunityMapId: string;
  extraMapId: string;
  sampleId: string;
  interactionId: string;
  commitmentId: string;
  removedInteraction: OutputOf<'interactions.delete'>;
  goalId: string;
  goalRemoval: OutputOf<'goals.delete'>;
  actionId: string;
  removedAction: OutputOf<'actions.delete'>;
  reviewId: string;
  removedReview: OutputOf<'reviews.delete'>;
  competitorId: string;
  competitorRemoval: OutputOf<'competitors.delete'>;
  /** Where files.saveCopy writes, in the test's temp folder. */
  copyPath: string;
  workspaceFile: string;
  importedAccountId: string;
  backupId: string;
  recoveryKey: string;
  importUndo: OutputOf<'imports.commit'>['undo'];
  pastedId: string;
  reportsChange: OutputOf<'relations.setReportsTo'>;
  selectionRemoval: OutputOf<'maps.deleteSelection'>;
}

export interface Step<M extends MethodName = MethodName> {
  method: M;
  input: (ctx: Ctx) => InputOf<M>;
  check?: (result: OutputOf<M>, ctx: Ctx) => void;
  /**
   * Answered by the room in the app's own process (withRoom), which the backend alone refuses:
   * the backend-only runs pass it over, test/integration/room-*.test.ts calls it through the room.
   */
  host?: true;
}

const step = <M extends MethodName>(
  method: M,
  input: (ctx: Ctx) => InputOf<M>,
  check?: (result: OutputOf<M>, ctx: Ctx) => void,
): Step => ({ method, input, check }) as unknown as Step;

const hostStep = <M extends MethodName>(method: M, input: (ctx: Ctx) => InputOf<M>): Step =>
  ({ method, input, host: true }) as unknown as Step;

const ids = {
  accountId: randomUUID(),
  annItem: randomUUID(),
  bobItem: randomUUID(),
  memberId: randomUUID(),
  unitId: randomUUID(),
  memberItem: randomUUID(),
  unitItem: randomUUID(),
  stanceChange: randomUUID(),
  review: randomUUID(),
};

/**
 * One valid call of every contract method, in an order that makes each one meaningful. A new
 * method without a step here fails the coverage test of http-every-method.test.ts.
 */
export const STEPS: Step[] = [
  step(
    'app.info',
    () => ({}),
    (info) => expect(info.version).toBeTruthy(),
  ),
  step(
    'settings.get',
    () => ({}),
    (settings) => expect(settings).toMatchObject({ language: 'system' }),
  ),
  step(
    'settings.update',
    () => ({ language: 'zh-CN' }),
    (settings) => expect(settings).toMatchObject({ language: 'zh-CN' }),
  ),
  step(
    'accounts.create',
    () => ({ id: ids.accountId, name: 'Acme', tier: 'key' }),
    (account, ctx) => {
      ctx.accountId = account.id;
    },
  ),
  step(
    'accounts.list',
    () => ({}),
    (list) => expect(list.map((a) => a.name)).toEqual(['Acme']),
  ),
  step(
    'accounts.get',
    (ctx) => ({ id: ctx.accountId }),
    (account) => expect(account.tier).toBe('key'),
  ),
  step(
    'accounts.update',
    (ctx) => ({ id: ctx.accountId, patch: { stage: 'formation' } }),
    (account) => expect(account.stage).toBe('formation'),
  ),
  step(
    'maps.list',
    (ctx) => ({ accountId: ctx.accountId }),
    (maps, ctx) => {
      expect(maps).toHaveLength(1);
      ctx.mapId = maps[0]?.id ?? '';
    },
  ),
  step(
    'people.create',
    (ctx) => ({
      accountId: ctx.accountId,
      name: 'Ann',
      placeOn: { mapId: ctx.mapId, itemId: ids.annItem, position: { x: 0, y: 0 } },
    }),
    (person, ctx) => {
      ctx.ann = person.id;
      ctx.annItem = ids.annItem;
    },
  ),
  step(
    'people.create',
    (ctx) => ({
      accountId: ctx.accountId,
      name: 'Bob',
      placeOn: { mapId: ctx.mapId, itemId: ids.bobItem, position: { x: 100, y: 0 } },
    }),
    (person, ctx) => {
      ctx.bob = person.id;
      ctx.bobItem = ids.bobItem;
    },
  ),
  step(
    'people.update',
    (ctx) => ({ id: ctx.ann, patch: { stance: 'champion' }, changeId: ids.stanceChange }),
    (person) => expect(person.stance).toBe('champion'),
  ),
  step(
    'history.setReason',
    () => ({ changeId: ids.stanceChange, reason: 'Backs our proposal' }),
    (result) => expect(result).toEqual({ previous: '', entries: 1 }),
  ),
  step(
    'people.confirmAssessment',
    (ctx) => ({ personId: ctx.ann, changeId: ids.review, learnedOn: new Date().toISOString().slice(0, 10) }),
    (result) => expect(result).toMatchObject({ changeId: ids.review, person: { stance: 'champion' } }),
  ),
  step(
    'people.undoConfirmAssessment',
    (ctx) => ({
      personId: ctx.ann,
      changeId: ids.review,
      before: { roleAssessedAt: null, influenceAssessedAt: null, stanceAssessedAt: null, accessAssessedAt: null },
    }),
    (person) => expect(person.roleAssessedAt).toBeNull(),
  ),
  step(
    'interactions.create',
    (ctx) => ({
      accountId: ctx.accountId,
      occurredAt: '2025-03-01T00:30:00+08:00',
      scenario: 'work_daily',
      personIds: [ctx.ann],
      bankEffect: 1,
      commitments: [{ description: 'Send the case study', by: { kind: 'person', id: ctx.ann }, dueDate: '2025-03-10' }],
    }),
    (interaction, ctx) => {
      expect(interaction.occurredAt).toBe('2025-02-28T16:30:00.000Z');
      ctx.interactionId = interaction.id;
      ctx.commitmentId = interaction.commitments[0]?.id ?? '';
    },
  ),
  step(
    'interactions.update',
    (ctx) => ({ id: ctx.interactionId, patch: { personIds: [ctx.ann, ctx.bob], summary: 'Lunch' } }),
    (interaction) => expect(interaction.personIds).toHaveLength(2),
  ),
  step(
    'interactions.list',
    (ctx) => ({ accountId: ctx.accountId }),
    (list) => expect(list.map((i) => i.summary)).toEqual(['Lunch']),
  ),
  step(
    'interactions.page',
    (ctx) => ({ accountId: ctx.accountId, limit: 10 }),
    (page) => expect([page.items.map((i) => i.summary), page.total, page.next]).toEqual([['Lunch'], 1, null]),
  ),
  step(
    'interactions.listForPerson',
    (ctx) => ({ personId: ctx.bob }),
    (list) => expect(list).toHaveLength(1),
  ),
  step(
    'interactions.setCadence',
    (ctx) => ({ personId: ctx.bob, cadenceDays: 14 }),
    (result) => expect(result.previous).toBeNull(),
  ),
  step(
    'interactions.contactStatus',
    (ctx) => ({ accountId: ctx.accountId, timeZone: 'Asia/Shanghai', asOf: '2025-03-20T12:00:00Z' }),
    (status, ctx) =>
      expect(status.people.find((p) => p.personId === ctx.ann)).toMatchObject({
        lastContactDate: '2025-03-01',
        nextDueDate: '2025-03-31',
        cadenceDays: 30,
      }),
  ),
  step(
    'interactions.personStatus',
    (ctx) => ({ personId: ctx.bob, timeZone: '+08:00', asOf: '2025-03-20T12:00:00Z' }),
    (result) => expect(result.status).toMatchObject({ cadenceDays: 14, nextDueDate: '2025-03-15', overdue: true }),
  ),
  step(
    'commitments.create',
    (ctx) => ({ accountId: ctx.accountId, description: 'Call back', by: { kind: 'person', id: ctx.bob } }),
    (commitment) => expect(commitment.state).toBe('open'),
  ),
  step(
    'commitments.update',
    (ctx) => ({ id: ctx.commitmentId, patch: { to: { kind: 'person', id: ctx.bob } } }),
    (commitment, ctx) => expect(commitment.to).toEqual({ kind: 'person', id: ctx.bob }),
  ),
  step(
    'commitments.setState',
    (ctx) => ({ id: ctx.commitmentId, state: 'kept' }),
    (commitment) => expect(commitment.closedAt).not.toBeNull(),
  ),
  step(
    'commitments.list',
    (ctx) => ({ accountId: ctx.accountId, openOnly: true }),
    (list) => expect(list.map((c) => c.description)).toEqual(['Call back']),
  ),
  step(
    'commitments.delete',
    (ctx) => ({ id: ctx.commitmentId }),
    (commitment) => expect(commitment.state).toBe('kept'),
  ),
  step(
    'interactions.delete',
    (ctx) => ({ id: ctx.interactionId }),
    (removed, ctx) => {
      ctx.removedInteraction = removed;
    },
  ),
  step(
    'interactions.restore',
    (ctx) => ({ interaction: ctx.removedInteraction }),
    (restored, ctx) => expect(restored).toEqual(ctx.removedInteraction),
  ),
  step(
    'maps.moveItems',
    (ctx) => ({ mapId: ctx.mapId, moves: [{ itemId: ctx.annItem, x: 50, y: 60 }] }),
    (ok) => expect(ok).toEqual({ ok: true }),
  ),
  step(
    'relations.create',
    (ctx) => ({ accountId: ctx.accountId, kind: 'reports_to', fromPersonId: ctx.ann, toPersonId: ctx.bob }),
    (relation, ctx) => {
      ctx.relationId = relation.id;
    },
  ),
  step(
    'relations.update',
    (ctx) => ({ id: ctx.relationId, patch: { strength: 3 } }),
    (relation) => expect(relation.strength).toBe(3),
  ),
  step(
    'maps.view',
    (ctx) => ({ mapId: ctx.mapId }),
    (view, ctx) => {
      expect(view.people.map((p) => p.name).sort()).toEqual(['Ann', 'Bob']);
      expect(view.items.find((i) => i.id === ctx.annItem)).toMatchObject({ x: 50, y: 60 });
      expect(view.relations.map((r) => r.id)).toEqual([ctx.relationId]);
    },
  ),
  step(
    'people.setTags',
    (ctx) => ({ personId: ctx.ann, names: ['summit', 'CIO office', 'cio OFFICE'] }),
    (result) => expect(result).toEqual({ before: [], after: ['CIO office', 'summit'] }),
  ),
  step(
    'tags.list',
    () => ({}),
    (tags) => expect(tags.map((tag) => tag.name)).toEqual(['CIO office', 'summit']),
  ),
  step(
    'dashboard.get',
    () => ({ today: '2026-11-23', timeZone: 'Asia/Shanghai' }),
    (dashboard, ctx) => {
      expect(dashboard.portfolio.find((entry) => entry.accountId === ctx.accountId)).toMatchObject({ peopleCount: 2 });
      expect(dashboard.overdueActions).toEqual([]);
    },
  ),
  step(
    'people.list',
    (ctx) => ({ accountId: ctx.accountId }),
    (people) => expect(people.map((p) => p.name)).toEqual(['Ann', 'Bob']),
  ),
  step(
    'people.get',
    (ctx) => ({ id: ctx.ann }),
    (person) => expect(person).toMatchObject({ name: 'Ann', stance: 'champion', mobile: '', privateNotes: '' }),
  ),
  step(
    'people.updateMany',
    (ctx) => ({ ids: [ctx.ann, ctx.bob], patch: { layer: 'broad' }, reason: 'reorganised' }),
    (result, ctx) =>
      expect(result.before).toEqual([
        { id: ctx.ann, patch: { layer: 'key' } },
        { id: ctx.bob, patch: { layer: 'key' } },
      ]),
  ),
  step(
    'people.updateEach',
    (ctx) => ({ items: [{ id: ctx.ann, patch: { layer: 'key' } }] }),
    (ok) => expect(ok).toEqual({ ok: true }),
  ),
  step(
    'people.changeTags',
    (ctx) => ({ ids: [ctx.ann, ctx.bob], add: ['board'], remove: ['summit'] }),
    (result, ctx) =>
      expect(result.before).toEqual([
        { personId: ctx.ann, names: ['CIO office', 'summit'] },
        { personId: ctx.bob, names: [] },
      ]),
  ),
  step(
    'people.setTagsEach',
    (ctx) => ({ items: [{ personId: ctx.bob, names: [] }] }),
    (ok) => expect(ok).toEqual({ ok: true }),
  ),
  step(
    'people.tableContext',
    (ctx) => ({ accountId: ctx.accountId }),
    (context, ctx) => {
      expect(context.tags.map((tag) => tag.name)).toEqual(['board', 'CIO office']);
      expect(context.personTags.every((link) => link.personId === ctx.ann)).toBe(true);
      expect(context.competitors).toEqual([]);
    },
  ),
  step(
    'team.create',
    () => ({ id: ids.memberId, name: 'Dana', title: 'Account manager' }),
    (member, ctx) => {
      expect(member).toMatchObject({ name: 'Dana', isMe: false, sampleAccountId: null });
      ctx.memberId = member.id;
    },
  ),
  step(
    'team.list',
    () => ({}),
    (members) => expect(members.map((m) => m.name)).toEqual(['Dana']),
  ),
  step(
    'team.update',
    (ctx) => ({ id: ctx.memberId, patch: { isMe: true, email: 'dana@example.com' } }),
    (member) => expect(member).toMatchObject({ isMe: true, email: 'dana@example.com' }),
  ),
  step(
    'accountTeam.set',
    (ctx) => ({ accountId: ctx.accountId, memberId: ctx.memberId, role: 'account_manager' }),
    (result) => expect(result.previous).toBeNull(),
  ),
  step(
    'accountTeam.list',
    (ctx) => ({ accountId: ctx.accountId }),
    (entries, ctx) =>
      expect(entries).toEqual([{ accountId: ctx.accountId, memberId: ctx.memberId, role: 'account_manager' }]),
  ),
  step(
    'relations.setCoverage',
    (ctx) => ({ accountId: ctx.accountId, memberId: ctx.memberId, personId: ctx.ann, strength: 2 }),
    (result) => expect(result).toMatchObject({ previous: null, relation: { kind: 'covers', strength: 2 } }),
  ),
  step(
    'relations.list',
    (ctx) => ({ accountId: ctx.accountId }),
    (relations) => expect(relations.map((r) => r.kind).sort()).toEqual(['covers', 'reports_to']),
  ),
  step(
    'orgUnits.create',
    (ctx) => ({ id: ids.unitId, accountId: ctx.accountId, name: 'Finance' }),
    (unit, ctx) => {
      ctx.unitId = unit.id;
    },
  ),
  step(
    'orgUnits.update',
    (ctx) => ({ id: ctx.unitId, patch: { name: 'Finance & Control' } }),
    (unit) => expect(unit.name).toBe('Finance & Control'),
  ),
  step(
    'orgUnits.list',
    (ctx) => ({ accountId: ctx.accountId }),
    (units) => expect(units.map((u) => u.name)).toEqual(['Finance & Control']),
  ),
  step(
    'relations.setReportsTo',
    (ctx) => ({ personId: ctx.ann, managerId: ctx.bob }),
    (change, ctx) => {
      expect(change.created?.toPersonId).toBe(ctx.bob);
      ctx.reportsChange = change;
    },
  ),
  step(
    'relations.replace',
    (ctx) => ({ remove: [ctx.reportsChange.created!.id], add: ctx.reportsChange.removed }),
    (ok) => expect(ok).toEqual({ ok: true }),
  ),
  step(
    'maps.paste',
    (ctx) => ({
      mapId: ctx.mapId,
      copies: [{ id: randomUUID(), itemId: randomUUID(), personId: ctx.ann, x: 40, y: 40 }],
      copySuffix: '(copy)',
    }),
    (result, ctx) => {
      expect(result.people.map((p) => p.name)).toEqual(['Ann (copy)']);
      ctx.pastedId = result.people[0]!.id;
    },
  ),
  step(
    'maps.deleteSelection',
    (ctx) => ({ mapId: ctx.mapId, personIds: [ctx.pastedId] }),
    (removal, ctx) => {
      expect(removal.personIds).toEqual([ctx.pastedId]);
      ctx.selectionRemoval = removal;
    },
  ),
  step(
    'maps.restoreSelection',
    (ctx) => ctx.selectionRemoval,
    (ok) => expect(ok).toEqual({ ok: true }),
  ),
  step(
    'people.delete',
    (ctx) => ({ ids: [ctx.pastedId] }),
    (ok) => expect(ok).toEqual({ ok: true }),
  ),
  step(
    'people.update',
    (ctx) => ({ id: ctx.ann, patch: { orgUnitId: ctx.unitId } }),
    (person, ctx) => expect(person.orgUnitId).toBe(ctx.unitId),
  ),
  step(
    'notes.create',
    (ctx) => ({
      accountId: ctx.accountId,
      mapId: ctx.mapId,
      kind: 'sticky',
      text: 'Ask about budget',
      position: { x: 5, y: 5 },
    }),
    (result, ctx) => {
      expect(result.item.noteId).toBe(result.note.id);
      ctx.noteId = result.note.id;
    },
  ),
  step(
    'notes.update',
    (ctx) => ({ id: ctx.noteId, patch: { text: 'Ask about the budget', color: 'pink' } }),
    (note) => expect(note).toMatchObject({ text: 'Ask about the budget', color: 'pink' }),
  ),
  step(
    'maps.placeItems',
    (ctx) => ({
      mapId: ctx.mapId,
      items: [
        { id: ids.memberItem, memberId: ctx.memberId, x: 0, y: 400 },
        { id: ids.unitItem, orgUnitId: ctx.unitId, x: -20, y: -40, width: 500, height: 300 },
      ],
    }),
    (items, ctx) => {
      expect(items.map((i) => i.id)).toEqual([ids.memberItem, ids.unitItem]);
      ctx.memberItemId = ids.memberItem;
      ctx.unitItemId = ids.unitItem;
    },
  ),
  step(
    'maps.updateItems',
    (ctx) => ({ mapId: ctx.mapId, updates: [{ itemId: ctx.unitItemId, collapsed: true, width: 600 }] }),
    (result) => {
      expect(result.before[0]).toMatchObject({ collapsed: false, width: 500 });
      expect(result.after[0]).toMatchObject({ collapsed: true, width: 600 });
    },
  ),
  step(
    'maps.view',
    (ctx) => ({ mapId: ctx.mapId }),
    (view) => {
      expect(view.members.map((m) => m.name)).toEqual(['Dana']);
      expect(view.notes.map((n) => n.text)).toEqual(['Ask about the budget']);
      expect(view.orgUnits.map((u) => u.name)).toEqual(['Finance & Control']);
      expect(view.relations.map((r) => r.kind).sort()).toEqual(['covers', 'reports_to']);
      expect(view.opportunity).toBeNull();
    },
  ),
  step(
    'history.person',
    (ctx) => ({ personId: ctx.ann }),
    (history) => expect(history.createdAt).toBeTruthy(),
  ),
  step(
    'history.mapAsOf',
    (ctx) => ({ mapId: ctx.mapId, date: new Date().toISOString().slice(0, 10), utcOffset: 0 }),
    (view) => expect(view.people.map((p) => p.name)).toContain('Ann'),
  ),
  step(
    'exports.vcard',
    (ctx) => ({ accountId: ctx.accountId, personIds: [ctx.ann], includePrivate: false }),
    (result) => {
      expect(result.count).toBe(1);
      expect(result.text).toContain('FN:Ann');
    },
  ),
  step(
    'workspace.export',
    (ctx) => ({ accountId: ctx.accountId, includePrivate: false }),
    (file, ctx) => {
      expect(file.tables.people.map((p) => p.name)).toContain('Ann');
      ctx.workspaceFile = JSON.stringify(file);
    },
  ),
  step(
    'workspace.import',
    (ctx) => ({ fileName: 'Acme.json', json: ctx.workspaceFile, mode: 'new' }),
    (result, ctx) => {
      expect(result.accountIds).toHaveLength(1);
      ctx.importedAccountId = result.accountIds[0]!;
    },
  ),
  step(
    'accounts.delete',
    (ctx) => ({ id: ctx.importedAccountId }),
    (ok) => expect(ok).toEqual({ ok: true }),
  ),
  step(
    'history.compare',
    (ctx) => ({ mapId: ctx.mapId, from: '2000-01-01', to: new Date().toISOString().slice(0, 10) }),
    (result, ctx) => expect(result.added).toContain(ctx.ann),
  ),
  step(
    'search.query',
    () => ({ text: 'Ann', limit: 5 }),
    (hits, ctx) => expect(hits[0]).toMatchObject({ kind: 'person', id: ctx.ann }),
  ),
  step(
    'exports.account',
    (ctx) => ({ accountId: ctx.accountId, includePrivate: false }),
    (data) => expect(data.people.map((p) => p.name)).toContain('Ann'),
  ),
  step(
    'exports.mapView',
    (ctx) => ({ mapId: ctx.mapId, includePrivate: false }),
    (view) => expect(view.people.map((p) => p.name)).toContain('Ann'),
  ),
  step(
    'maps.removeItems',
    (ctx) => ({ mapId: ctx.mapId, itemIds: [ctx.memberItemId] }),
    (items, ctx) => expect(items.map((i) => i.memberId)).toEqual([ctx.memberId]),
  ),
  step(
    'notes.delete',
    (ctx) => ({ id: ctx.noteId }),
    (result, ctx) => expect(result.item?.mapId).toBe(ctx.mapId),
  ),
  step(
    'orgUnits.delete',
    (ctx) => ({ id: ctx.unitId }),
    (removal, ctx) => {
      expect(removal.personIds).toEqual([ctx.ann]);
      ctx.unitRemoval = removal;
    },
  ),
  step(
    'orgUnits.restore',
    (ctx) => ctx.unitRemoval,
    (unit, ctx) => expect(unit.id).toBe(ctx.unitId),
  ),
  step(
    'opportunities.create',
    (ctx) => ({ accountId: ctx.accountId, name: 'ERP 2027', createMap: true, copyItemsFromMapId: ctx.mapId }),
    (result, ctx) => {
      expect(result.map?.opportunityId).toBe(result.opportunity.id);
      ctx.opportunityId = result.opportunity.id;
      ctx.opportunityMapId = result.map?.id ?? '';
    },
  ),
  step(
    'opportunities.assess',
    (ctx) => ({ opportunityId: ctx.opportunityId, personId: ctx.ann, patch: { role: 'decision_maker' } }),
    (result) => expect(result.after.role).toBe('decision_maker'),
  ),
  step(
    'maps.view',
    (ctx) => ({ mapId: ctx.opportunityMapId }),
    (view, ctx) => expect(view.people.find((p) => p.id === ctx.ann)?.role).toBe('decision_maker'),
  ),
  step(
    'exports.mapView',
    (ctx) => ({ mapId: ctx.opportunityMapId, includePrivate: false }),
    (view, ctx) => expect(view.people.find((p) => p.id === ctx.ann)?.role).toBe('decision_maker'),
  ),
  step(
    'history.mapAsOf',
    (ctx) => ({ mapId: ctx.opportunityMapId, date: new Date().toISOString().slice(0, 10), utcOffset: 0 }),
    (view) => expect(view.people.map((p) => p.name)).toContain('Ann'),
  ),
  step(
    'history.compare',
    (ctx) => ({ mapId: ctx.opportunityMapId, from: '2000-01-01', to: new Date().toISOString().slice(0, 10) }),
    (result, ctx) => expect(result.added).toContain(ctx.ann),
  ),
  step(
    'opportunities.update',
    (ctx) => ({ id: ctx.opportunityId, patch: { status: 'won', amount: 120000 } }),
    (opportunity) => expect(opportunity).toMatchObject({ status: 'won', amount: 120000 }),
  ),
  step(
    'opportunities.list',
    (ctx) => ({ accountId: ctx.accountId }),
    (list) => expect(list.map((o) => o.name)).toEqual(['ERP 2027']),
  ),
  step(
    'maps.create',
    (ctx) => ({ accountId: ctx.accountId, name: 'Workshop' }),
    (map, ctx) => {
      ctx.extraMapId = map.id;
    },
  ),
  step(
    'maps.rename',
    (ctx) => ({ id: ctx.extraMapId, name: 'Workshop 2' }),
    (map) => expect(map.name).toBe('Workshop 2'),
  ),
  step(
    'maps.delete',
    (ctx) => ({ id: ctx.extraMapId }),
    (result) => expect(result.items).toEqual([]),
  ),
  step(
    'opportunities.delete',
    (ctx) => ({ id: ctx.opportunityId }),
    (result) => expect(result.deletedMapIds).toHaveLength(1),
  ),
  step(
    'team.delete',
    (ctx) => ({ id: ctx.memberId }),
    (removal, ctx) => {
      expect(removal.relations.map((r) => r.kind)).toEqual(['covers']);
      ctx.memberRemoval = removal;
    },
  ),
  step(
    'team.restore',
    (ctx) => ctx.memberRemoval,
    (member, ctx) => expect(member.id).toBe(ctx.memberId),
  ),
  step(
    'accountTeam.remove',
    (ctx) => ({ accountId: ctx.accountId, memberId: ctx.memberId }),
    (entry) => expect(entry.role).toBe('account_manager'),
  ),
  // Insights: Ann and Bob have no decision maker among them, so the chain is incomplete.
  step(
    'insights.list',
    (ctx) => ({ accountId: ctx.accountId, mapId: ctx.mapId }),
    (list) => expect(list.insights.map((i) => i.rule)).toContain('decision_chain_missing'),
  ),
  step(
    'insights.status',
    (ctx) => ({ accountId: ctx.accountId }),
    (status) => expect(status.status).toBe('red'),
  ),
  step(
    'insights.statusAll',
    () => ({}),
    (all, ctx) => expect(all.map((a) => a.accountId)).toContain(ctx.accountId),
  ),
  step(
    'insights.dismiss',
    (ctx) => ({ accountId: ctx.accountId, rule: 'no_coach', subject: '', reason: 'We work without one here' }),
    (result) => expect(result.previous).toBeNull(),
  ),
  step(
    'insights.snooze',
    (ctx) => ({
      accountId: ctx.accountId,
      rule: 'no_coach',
      subject: '',
      reason: 'After the tender',
      until: '2099-01-01',
    }),
    (result) => expect(result.previous?.state).toBe('dismissed'),
  ),
  step(
    'insights.restore',
    (ctx) => ({ accountId: ctx.accountId, rule: 'no_coach', subject: '', previous: null }),
    (result) => expect(result.previous?.state).toBe('snoozed'),
  ),
  step(
    'insights.getThresholds',
    () => ({}),
    (thresholds) => expect(thresholds.highInfluence).toBe(4),
  ),
  step(
    'insights.setThresholds',
    () => ({ highInfluence: 3 }),
    (result) => expect([result.before.highInfluence, result.after.highInfluence]).toEqual([4, 3]),
  ),
  step(
    'insights.pathToPower',
    (ctx) => ({ accountId: ctx.accountId, targetId: ctx.bob }),
    (result, ctx) => expect(result.paths[0]?.personIds).toEqual([ctx.ann, ctx.bob]),
  ),
  step(
    'goals.create',
    (ctx) => ({ accountId: ctx.accountId, personId: ctx.ann, targetStance: 'champion', horizon: '6m' }),
    (goal, ctx) => {
      ctx.goalId = goal.id;
    },
  ),
  step(
    'goals.update',
    (ctx) => ({ id: ctx.goalId, patch: { dueDate: '2027-06-30', targetAccess: 3 } }),
    (goal) => expect(goal).toMatchObject({ dueDate: '2027-06-30', targetAccess: 3 }),
  ),
  step(
    'goals.list',
    (ctx) => ({ accountId: ctx.accountId, personId: ctx.ann }),
    (goals, ctx) => expect(goals.map((g) => g.id)).toEqual([ctx.goalId]),
  ),
  step(
    'actions.create',
    (ctx) => ({
      accountId: ctx.accountId,
      title: 'Invite Ann to the summit',
      goalId: ctx.goalId,
      personIds: [ctx.ann],
      ownerMemberId: ctx.memberId,
      horizon: '3m',
      sourceInsight: 'no_coach',
    }),
    (action, ctx) => {
      expect(action.dueDate).not.toBeNull();
      ctx.actionId = action.id;
    },
  ),
  step(
    'actions.update',
    (ctx) => ({ id: ctx.actionId, patch: { status: 'doing', personIds: [ctx.ann, ctx.bob] } }),
    (action) => expect(action.personIds).toHaveLength(2),
  ),
  step(
    'actions.list',
    (ctx) => ({ accountId: ctx.accountId }),
    (actions, ctx) => expect(actions.map((a) => a.id)).toEqual([ctx.actionId]),
  ),
  step(
    'plan.myPlan',
    () => ({}),
    (plan) => expect(plan.rows.map((r) => r.name)).toEqual(['Ann', 'Bob']),
  ),
  step(
    'plan.person',
    (ctx) => ({ personId: ctx.ann }),
    (result, ctx) => {
      expect(result.goals.map((g) => g.id)).toEqual([ctx.goalId]);
      expect(result.actions.map((a) => a.id)).toEqual([ctx.actionId]);
    },
  ),
  step(
    'actions.delete',
    (ctx) => ({ id: ctx.actionId }),
    (action, ctx) => {
      ctx.removedAction = action;
    },
  ),
  step(
    'actions.restore',
    (ctx) => ctx.removedAction,
    (action, ctx) => expect(action.id).toBe(ctx.actionId),
  ),
  step(
    'goals.delete',
    (ctx) => ({ id: ctx.goalId }),
    (removal, ctx) => {
      expect(removal.actionIds).toEqual([ctx.actionId]);
      ctx.goalRemoval = removal;
    },
  ),
  step(
    'goals.restore',
    (ctx) => ctx.goalRemoval,
    (goal, ctx) => expect(goal.id).toBe(ctx.goalId),
  ),
  step(
    'reviews.create',
    (ctx) => ({ accountId: ctx.accountId, heldOn: '2027-03-31', evaluated: 'Q1 plan' }),
    (review, ctx) => {
      ctx.reviewId = review.id;
    },
  ),
  step(
    'reviews.update',
    (ctx) => ({ id: ctx.reviewId, patch: { decided: 'Add a CTO visit' } }),
    (review) => expect(review.decided).toBe('Add a CTO visit'),
  ),
  step(
    'reviews.list',
    (ctx) => ({ accountId: ctx.accountId }),
    (reviews) => expect(reviews).toHaveLength(1),
  ),
  step(
    'reviews.delete',
    (ctx) => ({ id: ctx.reviewId }),
    (review, ctx) => {
      ctx.removedReview = review;
    },
  ),
  step(
    'reviews.restore',
    (ctx) => ctx.removedReview,
    (review, ctx) => expect(review.id).toBe(ctx.reviewId),
  ),
  step(
    'competitors.create',
    (ctx) => ({ accountId: ctx.accountId, name: 'Voyager' }),
    (competitor, ctx) => {
      ctx.competitorId = competitor.id;
    },
  ),
  step(
    'competitors.rename',
    (ctx) => ({ id: ctx.competitorId, name: 'Voyager Software' }),
    (competitor) => expect(competitor.name).toBe('Voyager Software'),
  ),
  step(
    'competitors.list',
    (ctx) => ({ accountId: ctx.accountId }),
    (list) => expect(list.map((c) => c.name)).toEqual(['Voyager Software']),
  ),
  step(
    'analysis.set',
    (ctx) => ({
      accountId: ctx.accountId,
      party: 'competitor',
      competitorId: ctx.competitorId,
      dimension: 'competitive_strategy',
      text: '低价策略',
    }),
    (result) => expect(result.before).toBe(''),
  ),
  step(
    'analysis.get',
    (ctx) => ({ accountId: ctx.accountId }),
    (cells) => expect(cells.map((c) => c.text)).toEqual(['低价策略']),
  ),
  step(
    'competitors.delete',
    (ctx) => ({ id: ctx.competitorId }),
    (removal, ctx) => {
      expect(removal.cells).toHaveLength(1);
      ctx.competitorRemoval = removal;
    },
  ),
  step(
    'competitors.restore',
    (ctx) => ctx.competitorRemoval,
    (competitor, ctx) => expect(competitor.id).toBe(ctx.competitorId),
  ),
  step(
    'accounts.createSample',
    () => ({ language: 'zh-CN' }),
    (account, ctx) => {
      expect(account.isSample).toBe(true);
      ctx.sampleId = account.id;
    },
  ),
  step(
    'accounts.delete',
    (ctx) => ({ id: ctx.sampleId }),
    (ok) => expect(ok).toEqual({ ok: true }),
  ),
  step(
    'imports.preview',
    (ctx) => ({ accountId: ctx.accountId, fileName: 'people.csv', dataBase64: IMPORT_CSV }),
    (preview) => {
      expect(preview.rows.map((row) => row.name)).toEqual(['王芳', 'Dee']);
      expect(preview.duplicates).toEqual([]);
    },
  ),
  step(
    'imports.commit',
    (ctx) => ({ accountId: ctx.accountId, fileName: 'people.csv', dataBase64: IMPORT_CSV, mapId: ctx.mapId }),
    (result, ctx) => {
      expect(result).toMatchObject({ created: 2, updated: 0, skipped: 0 });
      ctx.importUndo = result.undo;
    },
  ),
  step(
    'imports.revert',
    (ctx) => ({ accountId: ctx.accountId, ...ctx.importUndo }),
    (ok) => expect(ok).toEqual({ ok: true }),
  ),
  step(
    'imports.savePreset',
    () => ({ mapping: { preset: 'plain', fields: { name: 'Name', title: 'Title' }, values: {} } }),
    (presets) => expect(presets.plain?.fields).toEqual({ name: 'Name', title: 'Title' }),
  ),
  step(
    'imports.presets',
    () => ({}),
    (presets) => expect(Object.keys(presets)).toEqual(['plain']),
  ),
  step(
    'backups.create',
    () => ({}),
    (backup, ctx) => {
      expect(backup).toMatchObject({ reason: 'manual', sound: true, accounts: 1 });
      ctx.backupId = backup.id;
    },
  ),
  step(
    'backups.list',
    () => ({}),
    (backups, ctx) => expect(backups.map((b) => b.id)).toContain(ctx.backupId),
  ),
  step(
    'files.status',
    () => ({}),
    (status, ctx) => expect(status).toMatchObject({ mode: 'ready', newestGoodBackup: { id: ctx.backupId } }),
  ),
  step(
    'files.saveCopy',
    (ctx) => ({ path: ctx.copyPath }),
    (copy, ctx) => expect(copy).toMatchObject({ path: ctx.copyPath }),
  ),
  step(
    'backups.restore',
    (ctx) => ({ id: ctx.backupId }),
    (result, ctx) => {
      expect(result.restored.id).toBe(ctx.backupId);
      expect(result.savedCurrent.reason).toBe('before-restore');
    },
  ),
  step(
    'relations.delete',
    (ctx) => ({ id: ctx.relationId }),
    (relation, ctx) => expect(relation.id).toBe(ctx.relationId),
  ),
  step(
    'people.delete',
    (ctx) => ({ ids: [ctx.bob] }),
    (ok) => expect(ok).toEqual({ ok: true }),
  ),
  step(
    'people.restore',
    (ctx) => ({ ids: [ctx.bob] }),
    (people) => expect(people.map((p) => p.name)).toEqual(['Bob']),
  ),
  step(
    'accounts.delete',
    (ctx) => ({ id: ctx.accountId }),
    (ok) => expect(ok).toEqual({ ok: true }),
  ),
  step(
    'security.status',
    () => ({}),
    (status) => expect(status).toMatchObject({ encrypted: false, locked: false, canRemember: false }),
  ),
  step(
    'security.prepare',
    () => ({}),
    (prepared, ctx) => {
      ctx.recoveryKey = prepared.recoveryKey;
    },
  ),
  step(
    'security.enable',
    (ctx) => ({ passphrase: 'every method', recoveryKey: ctx.recoveryKey }),
    (status) => expect(status).toMatchObject({ encrypted: true, locked: false }),
  ),
  step(
    'security.unlock',
    () => ({ passphrase: 'every method' }),
    (status) => expect(status.locked).toBe(false),
  ),
  step(
    'security.remember',
    () => ({ remember: false }),
    (status) => expect(status.remembered).toBe(false),
  ),
  step(
    'security.prepare',
    () => ({}),
    (prepared, ctx) => {
      ctx.recoveryKey = prepared.recoveryKey;
    },
  ),
  step(
    'security.changePassphrase',
    (ctx) => ({ passphrase: 'every method', newPassphrase: 'every method, again', newRecoveryKey: ctx.recoveryKey }),
    (status) => expect(status.encrypted).toBe(true),
  ),
  step(
    'security.disable',
    () => ({ passphrase: 'every method, again' }),
    (status) => expect(status).toMatchObject({ encrypted: false, keyFile: null }),
  ),
  hostStep('shares.start', (ctx) => ({ mapId: ctx.mapId, host: '127.0.0.1' })),
  hostStep('shares.status', () => ({})),
  hostStep('shares.present', () => ({ x: 0, y: 0, zoom: 1 })),
  hostStep('shares.placeNote', () => ({ noteId: randomUUID(), position: { x: 0, y: 0 } })),
  hostStep('shares.dismissNote', () => ({ noteId: randomUUID() })),
  hostStep('shares.stop', () => ({})),
  // The team's methods need a team server; team-sync.test.ts walks each of them against a real one.
  hostStep('team.status', () => ({})),
  hostStep('team.members', () => ({})),
  hostStep('team.connect', () => ({ url: 'ws://127.0.0.1:9', token: 'a'.repeat(32) })),
  hostStep('team.shareAccount', (ctx) => ({ accountId: ctx.accountId, members: [] })),
  hostStep('team.viewing', () => ({ accountId: null })),
  hostStep('team.disconnect', () => ({})),
];
