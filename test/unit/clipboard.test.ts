import { describe, expect, it } from 'vitest';
import type { MapView } from '../../shared/api/entities';
import { clip, planPaste } from '../../renderer/src/features/map/clipboard';

const map = (mapId: string, items: { personId?: string; memberId?: string; x: number; y: number }[]) =>
  ({
    map: { id: mapId },
    items: items.map((item, i) => ({
      id: `${mapId}-${i}`,
      personId: null,
      memberId: null,
      orgUnitId: null,
      noteId: null,
      ...item,
    })),
  }) as unknown as MapView;

describe('copy and paste on maps', () => {
  const source = map('org', [
    { personId: 'wang', x: 0, y: 0 },
    { personId: 'li', x: 300, y: 0 },
    { memberId: 'me', x: 0, y: 300 },
  ]);

  it('copies only what was selected, with its positions', () => {
    expect(clip(source, ['wang', 'me']).entries).toEqual([
      { personId: 'wang', x: 0, y: 0 },
      { memberId: 'me', x: 0, y: 300 },
    ]);
  });

  it('places the same people on another map, where they stood', () => {
    const deal = map('deal', [{ personId: 'li', x: 10, y: 10 }]);
    const plan = planPaste(clip(source, ['wang', 'me']), deal);
    expect(plan.place).toEqual([
      { personId: 'wang', x: 0, y: 0 },
      { memberId: 'me', x: 0, y: 300 },
    ]);
    expect(plan.copy).toEqual([]);
  });

  it('copies people already on the map, shifted off their originals, but never copies our team', () => {
    const plan = planPaste(clip(source, ['wang', 'me']), source);
    expect(plan.place).toEqual([]);
    expect(plan.copy).toEqual([{ personId: 'wang', x: 40, y: 40 }]);
  });
});
