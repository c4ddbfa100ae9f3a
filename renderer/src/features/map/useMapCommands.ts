import { useMemo } from 'react';
import type { PersonPatch } from '../../../../shared/api/contract';
import type { Person, Relation } from '../../../../shared/api/entities';
import { api, invalidate } from '../../api/client';
import { useUndo } from '../../undo/UndoContext';
import type { Command } from '../../undo/undoStack';

/** Lines a user draws between two of their people; covers lines start from our team. */
export type DrawableKind = Exclude<Relation['kind'], 'covers'>;

const refresh = () => invalidate('maps.view', 'accounts.list', 'accounts.get');

/** Wraps a pair of store calls as an undoable command that refreshes every view after each step. */
function command(label: string, redo: () => Promise<unknown>, undo: () => Promise<unknown>): Command {
  return {
    label,
    redo: async () => {
      try {
        await redo();
      } finally {
        await refresh();
      }
    },
    undo: async () => {
      try {
        await undo();
      } finally {
        await refresh();
      }
    },
  };
}

export interface Move {
  itemId: string;
  x: number;
  y: number;
}

/** Every edit the map makes, each one undoable. */
export function useMapCommands(accountId: string, mapId: string) {
  const { perform } = useUndo();
  return useMemo(
    () => ({
      addPerson(name: string, position: { x: number; y: number }): { personId: string; done: Promise<boolean> } {
        const personId = crypto.randomUUID();
        const itemId = crypto.randomUUID();
        let created = false;
        const done = perform(
          command(
            'addPerson',
            async () => {
              // Redo after undo brings back the same person, so later history still refers to them.
              if (created) await api.call('people.restore', { ids: [personId] });
              else
                await api.call('people.create', {
                  id: personId,
                  accountId,
                  name,
                  placeOn: { mapId, itemId, position },
                });
              created = true;
            },
            () => api.call('people.delete', { ids: [personId] }),
          ),
        );
        return { personId, done };
      },

      updatePerson(person: Person, patch: PersonPatch) {
        const before = Object.fromEntries(
          Object.keys(patch).map((key) => [key, person[key as keyof PersonPatch]]),
        ) as PersonPatch;
        return perform(
          command(
            'editPerson',
            () => api.call('people.update', { id: person.id, patch }),
            () => api.call('people.update', { id: person.id, patch: before }),
          ),
        );
      },

      movePeople(before: Move[], after: Move[]) {
        return perform(
          command(
            'movePeople',
            () => api.call('maps.moveItems', { mapId, moves: after }),
            () => api.call('maps.moveItems', { mapId, moves: before }),
          ),
        );
      },

      deletePeople(personIds: string[]) {
        return perform(
          command(
            'deletePerson',
            () => api.call('people.delete', { ids: personIds }),
            () => api.call('people.restore', { ids: personIds }),
          ),
        );
      },

      /** A line of `kind` from one person to another; for reports-to, `from` reports to `to`. */
      addLine(kind: DrawableKind, fromPersonId: string, toPersonId: string) {
        const id = crypto.randomUUID();
        const strength = kind === 'influences' ? 2 : 1;
        return perform(
          command(
            'addLine',
            () => api.call('relations.create', { id, accountId, kind, fromPersonId, toPersonId, strength }),
            () => api.call('relations.delete', { id }),
          ),
        );
      },

      updateRelation(relation: Relation, patch: Partial<Pick<Relation, 'kind' | 'strength' | 'label'>>) {
        const before = Object.fromEntries(Object.keys(patch).map((key) => [key, relation[key as keyof typeof patch]]));
        return perform(
          command(
            'editLine',
            () => api.call('relations.update', { id: relation.id, patch }),
            () => api.call('relations.update', { id: relation.id, patch: before }),
          ),
        );
      },

      deleteRelations(relations: Relation[]) {
        return perform(
          command(
            'deleteLine',
            () => Promise.all(relations.map((relation) => api.call('relations.delete', { id: relation.id }))),
            () => Promise.all(relations.map((relation) => api.call('relations.create', recreate(relation)))),
          ),
        );
      },
    }),
    [perform, accountId, mapId],
  );
}

function recreate(relation: Relation) {
  if (!relation.fromPersonId || !relation.toPersonId)
    throw new Error('Only lines between people are drawn on this map');
  return {
    id: relation.id,
    accountId: relation.accountId,
    kind: relation.kind,
    fromPersonId: relation.fromPersonId,
    toPersonId: relation.toPersonId,
    strength: relation.strength,
    label: relation.label,
  };
}

export type MapCommands = ReturnType<typeof useMapCommands>;
