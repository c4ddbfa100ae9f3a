import { describe, expect, it } from 'vitest';
import { toEdges, toNodes } from '../../renderer/src/features/map/flowTypes';
import { reuseUnchanged, samePlain } from '../../renderer/src/features/map/stableElements';
import type { Translate } from '../../renderer/src/features/map/canvasNames';
import { callOk, startTempBackend } from '../helpers/tempDb';

const now = new Date('2026-06-01T09:00:00Z');
const noneSelected = new Set<string>();
/** Says the key and what fills it in, so a card's and a line's names carry the people's names. */
const t: Translate = (key, options) => `${key} ${JSON.stringify(options ?? {})}`;

describe('the canvas keeps the elements a reload left unchanged', () => {
  it('reuses every unchanged card and line as the same object, and makes new ones for what changed', () => {
    const temp = startTempBackend();
    const d = temp.backend.dispatch;
    const account = callOk(d, 'accounts.createSample', { language: 'en' });
    const [map] = callOk(d, 'maps.list', { accountId: account.id });
    const mapId = map?.id ?? '';
    // What the renderer gets: a copy through the transport (in process the backend may hand out
    // the records it keeps between reads).
    const viewOf = (id: string) => structuredClone(callOk(d, 'maps.view', { mapId: id }));
    const first = viewOf(mapId);
    const shownNodes = toNodes(first, { selectedIds: noneSelected, now, t });
    const shownEdges = toEdges(first, noneSelected, undefined, t);
    expect(shownNodes.length).toBeGreaterThan(3);
    expect(shownEdges.length).toBeGreaterThan(1);
    // Node data is plain data: nothing in it is compared by identity.
    for (const node of shownNodes) expect(Object.values(node.data).some((v) => typeof v === 'function')).toBe(false);

    // A reload with nothing changed: the store answers with new objects, the canvas keeps its own.
    const same = viewOf(mapId);
    expect(same.people[0]).not.toBe(first.people[0]);
    expect(reuseUnchanged(shownNodes, toNodes(same, { selectedIds: noneSelected, now, t }))).toBe(shownNodes);
    expect(reuseUnchanged(shownEdges, toEdges(same, noneSelected, undefined, t))).toBe(shownEdges);

    // One person renamed: only that card is new, and it shows the new name.
    const renamed = first.people[0];
    if (!renamed) throw new Error('the sample has people');
    callOk(d, 'people.update', { id: renamed.id, patch: { name: `${renamed.name} Jr.` } });
    const after = viewOf(mapId);
    const nextNodes = reuseUnchanged(shownNodes, toNodes(after, { selectedIds: noneSelected, now, t }));
    expect(nextNodes).not.toBe(shownNodes);
    const before = new Map(shownNodes.map((node) => [node.id, node]));
    const changed = nextNodes.filter((node) => node !== before.get(node.id)).map((node) => node.id);
    expect(changed).toEqual([renamed.id]);
    const card = nextNodes.find((node) => node.id === renamed.id);
    expect(card?.type === 'person' && card.data.person.name).toBe(`${renamed.name} Jr.`);
    // The lines name their ends, so the renamed person's lines are new and the others are kept.
    const nextEdges = reuseUnchanged(shownEdges, toEdges(after, noneSelected, undefined, t));
    const edgesBefore = new Map(shownEdges.map((edge) => [edge.id, edge]));
    for (const edge of nextEdges) {
      const touches = edge.source === renamed.id || edge.target === renamed.id;
      expect(edge === edgesBefore.get(edge.id), edge.id).toBe(!touches);
    }
  });

  it('compares plain data by value, arrays by order', () => {
    expect(samePlain({ a: [1, { b: 'x' }] }, { a: [1, { b: 'x' }] })).toBe(true);
    expect(samePlain({ a: [1, 2] }, { a: [2, 1] })).toBe(false);
    expect(samePlain({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(samePlain([], {})).toBe(false);
    expect(samePlain(null, {})).toBe(false);
  });
});
