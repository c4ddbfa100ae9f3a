import { describe, expect, it } from 'vitest';
import { ChangeHandle, trackedFieldsChanged } from '../../shared/domain/changeReasons';

const ann = { role: 'user', influence: 3, stance: 'neutral', access: 1, progress: 'know', name: 'Ann' };
const bob = { ...ann, stance: 'supportive', name: 'Bob' };

describe('trackedFieldsChanged: which changes the history will keep', () => {
  it('names the tracked fields given a new value, in the history’s order', () => {
    expect(trackedFieldsChanged([ann], { stance: 'supportive', influence: 4, name: 'Annie' })).toEqual([
      'influence',
      'stance',
    ]);
  });

  it('is empty when nothing tracked changes: same value, or only untracked fields', () => {
    expect(trackedFieldsChanged([ann], { stance: 'neutral', access: 1 })).toEqual([]);
    expect(trackedFieldsChanged([ann], { title: 'CFO', layer: 'broad' })).toEqual([]);
  });

  it('for a bulk edit, counts a field when it changes anyone', () => {
    expect(trackedFieldsChanged([ann, bob], { stance: 'supportive' })).toEqual(['stance']);
    expect(trackedFieldsChanged([bob, bob], { stance: 'supportive' })).toEqual([]);
  });

  it('for a deal, compares with its override: setting one, and clearing one that was set', () => {
    const none = { role: null, influence: null, stance: null };
    expect(trackedFieldsChanged([none], { stance: 'champion' })).toEqual(['stance']);
    expect(trackedFieldsChanged([{ ...none, stance: 'champion' }], { stance: null })).toEqual(['stance']);
    expect(trackedFieldsChanged([{}], { stance: null })).toEqual([]);
  });
});

describe('ChangeHandle: an edit as undo and redo replay it', () => {
  it('is a new change each time it is done, and says when it was undone', () => {
    let n = 0;
    const change = new ChangeHandle(() => `id-${++n}`);
    expect([change.id, change.live]).toEqual([null, false]);
    let heard = 0;
    const stop = change.onUndone(() => heard++);
    expect(change.next()).toBe('id-1');
    expect(change.live).toBe(true);
    change.undone();
    expect([change.id, change.live, heard]).toEqual(['id-1', false, 1]);
    expect(change.next()).toBe('id-2');
    stop();
    change.undone();
    expect(heard).toBe(1);
  });
});
