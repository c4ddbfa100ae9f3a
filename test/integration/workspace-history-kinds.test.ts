import { describe, expect, it } from 'vitest';
import { dayAt } from '../../shared/domain/learnedOn';
import { callOk, seedAccount, startTempBackend } from '../helpers/tempDb';

const weekAgo = () => dayAt(new Date(Date.now() - 7 * 86_400_000));

/** Ann's history after a change learned a week ago and a review: what a file must carry. */
function annWithPast() {
  const { backend } = startTempBackend();
  const seeded = seedAccount(backend.dispatch);
  const { ann } = seeded.people;
  callOk(backend.dispatch, 'people.update', { id: ann, patch: { stance: 'supportive' }, learnedOn: weekAgo() });
  callOk(backend.dispatch, 'people.confirmAssessment', { personId: ann });
  const file = callOk(backend.dispatch, 'workspace.export', { accountId: seeded.accountId, includePrivate: true });
  return { file };
}

const historyOf = (dispatch: ReturnType<typeof startTempBackend>['backend']['dispatch'], accountId: string) => {
  const ann = callOk(dispatch, 'people.list', { accountId }).find((p) => p.name === 'Ann');
  return callOk(dispatch, 'history.person', { personId: ann?.id ?? '' }).entries.map((e) => ({
    kind: e.kind,
    field: e.field,
    learned: e.learnedAt !== null,
  }));
};

describe('a workspace file carries reviews and learned dates', () => {
  it('brings them back as they were', () => {
    const { file } = annWithPast();
    const { backend } = startTempBackend();
    const { accountIds } = callOk(backend.dispatch, 'workspace.import', {
      fileName: 'acme.json',
      json: JSON.stringify(file),
      mode: 'new',
    });
    expect(historyOf(backend.dispatch, accountIds[0] ?? '')).toEqual([
      { kind: 'change', field: 'stance', learned: true },
      ...['role', 'influence', 'stance', 'access'].map((field) => ({ kind: 'review', field, learned: false })),
    ]);
  });

  it('reads a file written before they existed as changes learned when written', () => {
    const { file } = annWithPast();
    const older = structuredClone(file);
    older.tables.personHistory = older.tables.personHistory
      .filter((row) => row.kind === 'change')
      .map(({ kind: _kind, learnedAt: _learnedAt, ...row }) => row);
    const { backend } = startTempBackend();
    const { accountIds } = callOk(backend.dispatch, 'workspace.import', {
      fileName: 'older.json',
      json: JSON.stringify(older),
      mode: 'new',
    });
    expect(historyOf(backend.dispatch, accountIds[0] ?? '')).toEqual([
      { kind: 'change', field: 'stance', learned: false },
    ]);
  });
});
