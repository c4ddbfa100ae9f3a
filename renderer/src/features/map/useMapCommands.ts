import { useMemo } from 'react';
import type { PersonPatch } from '../../../../shared/api/contract';
import type { MapItem, MapNote, OrgUnit, Person, Relation } from '../../../../shared/api/entities';
import type { NoteColor } from '../../../../shared/domain/enums';
import type { ItemUpdate } from './orgChartMoves';
import type { PastePlan } from './clipboard';
import { api } from '../../api/client';
import { storeCommand } from '../../undo/storeCommand';
import { useUndo } from '../../undo/UndoContext';
import { trackedFieldsChanged } from '../../../../shared/domain/changeReasons';
import { newChange, useReasonOffer } from '../history/reasons/useReasonOffer';
import { setTagsCommand } from '../people/setTagsCommand';

/** Lines a user draws between two of their people; covers lines start from our team. */
/** What maps.placeItems places: exactly one entity, at a position. */
export type PlaceEntity = { x: number; y: number } & (
  { personId: string } | { memberId: string } | { orgUnitId: string }
);

/** Per-deal assessment fields; null clears the override. */
export type AssessmentPatch = Partial<{
  role: Person['role'] | null;
  influence: number | null;
  stance: Person['stance'] | null;
}>;

export type DrawableKind = Exclude<Relation['kind'], 'covers'>;

/** What an edit on the map can change, so what must reload after it. */
const MAP_READS = [
  'maps.view',
  'tags.list',
  'accounts.list',
  'accounts.get',
  'people.list',
  'team.list',
  'orgUnits.list',
  'relations.list',
] as const;

const command = (label: string, redo: () => Promise<unknown>, undo: () => Promise<unknown>) =>
  storeCommand(label, MAP_READS, redo, undo);

export interface Move {
  itemId: string;
  x: number;
  y: number;
}

/** Every edit the map makes, each one undoable. */
export function useMapCommands(accountId: string, mapId: string) {
  const { perform } = useUndo();
  const offerReason = useReasonOffer();
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

      /** A changed assessment is offered a reason afterwards. */
      async updatePerson(person: Person, patch: PersonPatch) {
        const before = Object.fromEntries(
          Object.keys(patch).map((key) => [key, person[key as keyof PersonPatch]]),
        ) as PersonPatch;
        const change = newChange();
        const done = await perform(
          command(
            'editPerson',
            () => api.call('people.update', { id: person.id, patch, changeId: change.next() }),
            async () => {
              await api.call('people.update', { id: person.id, patch: before });
              change.undone();
            },
          ),
        );
        if (done) offerReason(change, person, trackedFieldsChanged([person], patch));
        return done;
      },

      moveItems(before: Move[], after: Move[]) {
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

      /** Our team member draws a covers line to one of theirs; it starts weak. */
      addCover(memberId: string, personId: string) {
        const id = crypto.randomUUID();
        return perform(
          command(
            'addLine',
            () =>
              api.call('relations.create', {
                id,
                accountId,
                kind: 'covers',
                fromMemberId: memberId,
                toPersonId: personId,
                strength: 1,
              }),
            () => api.call('relations.delete', { id }),
          ),
        );
      },

      /** Takes items off this map only; the people, team members and units themselves stay. */
      removeFromMap(items: MapItem[]) {
        return perform(
          command(
            'removeFromMap',
            () => api.call('maps.removeItems', { mapId, itemIds: items.map((item) => item.id) }),
            () => api.call('maps.placeItems', { mapId, items }),
          ),
        );
      },

      placeOnMap(entities: PlaceEntity[]) {
        const items = entities.map((entity) => ({ id: crypto.randomUUID(), ...entity }));
        return perform(
          command(
            'placeOnMap',
            () => api.call('maps.placeItems', { mapId, items }),
            () => api.call('maps.removeItems', { mapId, itemIds: items.map((item) => item.id) }),
          ),
        );
      },

      setCollapsed(itemId: string, collapsed: boolean) {
        return perform(
          command(
            collapsed ? 'collapseUnit' : 'expandUnit',
            () => api.call('maps.updateItems', { mapId, updates: [{ itemId, collapsed }] }),
            () => api.call('maps.updateItems', { mapId, updates: [{ itemId, collapsed: !collapsed }] }),
          ),
        );
      },

      createNote(kind: MapNote['kind'], position: { x: number; y: number }) {
        const id = crypto.randomUUID();
        const itemId = crypto.randomUUID();
        return perform(
          command(
            'addNote',
            () => api.call('notes.create', { id, itemId, accountId, mapId, kind, text: '', position }),
            () => api.call('notes.delete', { id }),
          ),
        );
      },

      updateNote(note: MapNote, patch: { text?: string; color?: NoteColor }) {
        const before = { text: note.text, color: note.color as NoteColor };
        return perform(
          command(
            'editNote',
            () => api.call('notes.update', { id: note.id, patch }),
            () => api.call('notes.update', { id: note.id, patch: before }),
          ),
        );
      },

      deleteNotes(noteIds: string[]) {
        let removed: { note: MapNote; item: MapItem | null }[] = [];
        return perform(
          command(
            'deleteNote',
            async () => {
              removed = await Promise.all(noteIds.map((id) => api.call('notes.delete', { id })));
            },
            () =>
              Promise.all(
                removed.map(({ note, item }) =>
                  api.call('notes.create', {
                    id: note.id,
                    itemId: item?.id,
                    accountId,
                    mapId,
                    kind: note.kind,
                    text: note.text,
                    color: note.color as NoteColor,
                    position: { x: item?.x ?? 0, y: item?.y ?? 0 },
                    width: item?.width ?? null,
                    height: item?.height ?? null,
                  }),
                ),
              ),
          ),
        );
      },

      createOrgUnit(name: string, position: { x: number; y: number }) {
        const id = crypto.randomUUID();
        const itemId = crypto.randomUUID();
        let removal: Awaited<ReturnType<typeof api.call<'orgUnits.delete'>>> | null = null;
        return perform(
          command(
            'addOrgUnit',
            async () => {
              if (removal) {
                await api.call('orgUnits.restore', removal);
                return;
              }
              await api.call('orgUnits.create', { id, accountId, name });
              await api.call('maps.placeItems', { mapId, items: [{ id: itemId, orgUnitId: id, ...position }] });
            },
            async () => {
              removal = await api.call('orgUnits.delete', { id });
            },
          ),
        );
      },

      /** A card that holds a role until someone is named: "the approver — not yet identified". */
      addPlaceholder(role: Person['role'], position: { x: number; y: number }) {
        const id = crypto.randomUUID();
        let created = false;
        return perform(
          command(
            'addPerson',
            async () => {
              if (created) await api.call('people.restore', { ids: [id] });
              else
                await api.call('people.create', {
                  id,
                  accountId,
                  isPlaceholder: true,
                  role,
                  placeOn: { mapId, position },
                });
              created = true;
            },
            () => api.call('people.delete', { ids: [id] }),
          ),
        );
      },

      /** Moves and resizes many items as one step (the org-chart layout); undo puts each back. */
      updateItems(updates: ItemUpdate[]) {
        let before: MapItem[] = [];
        return perform(
          command(
            'applyLayout',
            async () => {
              before = (await api.call('maps.updateItems', { mapId, updates })).before;
            },
            () =>
              api.call('maps.updateItems', {
                mapId,
                updates: before.map((item) => ({
                  itemId: item.id,
                  x: item.x,
                  y: item.y,
                  width: item.width,
                  height: item.height,
                })),
              }),
          ),
        );
      },

      /**
       * A person's role, influence or stance for one deal; null hands the field back to the
       * account. The deal's changes are history too (tagged with the deal), so they can have a reason.
       */
      async assess(opportunityId: string, person: Person, patch: AssessmentPatch) {
        const personId = person.id;
        let before: AssessmentPatch = {};
        const change = newChange();
        const done = await perform(
          command(
            'editPerson',
            async () => {
              const result = await api.call('opportunities.assess', {
                opportunityId,
                personId,
                patch,
                changeId: change.next(),
              });
              before = Object.fromEntries(
                Object.keys(patch).map((key) => [key, result.before[key as keyof AssessmentPatch]]),
              ) as AssessmentPatch;
            },
            async () => {
              await api.call('opportunities.assess', { opportunityId, personId, patch: before });
              change.undone();
            },
          ),
        );
        if (done) offerReason(change, person, trackedFieldsChanged([before], patch));
        return done;
      },

      renameOrgUnit(unit: OrgUnit, name: string) {
        return perform(
          command(
            'renameUnit',
            () => api.call('orgUnits.update', { id: unit.id, patch: { name } }),
            () => api.call('orgUnits.update', { id: unit.id, patch: { name: unit.name } }),
          ),
        );
      },

      /** The department goes; its people stay, in no department; undo puts everything back. */
      deleteOrgUnit(unitId: string) {
        let removal: Awaited<ReturnType<typeof api.call<'orgUnits.delete'>>> | null = null;
        return perform(
          command(
            'deleteUnit',
            async () => {
              removal = await api.call('orgUnits.delete', { id: unitId });
            },
            async () => {
              if (removal) await api.call('orgUnits.restore', removal);
            },
          ),
        );
      },

      /** One step for a paste: absent people and members are placed, present people copied. */
      paste(plan: PastePlan, copyName: (name: string) => string) {
        const placed = plan.place.map((entity) => ({ id: crypto.randomUUID(), ...entity }));
        const copies = plan.copy.map(({ person, x, y }) => ({ id: crypto.randomUUID(), person, x, y }));
        let created = false;
        return perform(
          command(
            plan.copy.length > 0 ? 'duplicate' : 'paste',
            async () => {
              if (placed.length > 0) await api.call('maps.placeItems', { mapId, items: placed });
              if (created) {
                if (copies.length > 0) await api.call('people.restore', { ids: copies.map((copy) => copy.id) });
                return;
              }
              const made: string[] = [];
              try {
                for (const { id, person, x, y } of copies) {
                  made.push(id);
                  await api.call('people.create', {
                    id,
                    accountId,
                    name: person.isPlaceholder ? undefined : copyName(person.name),
                    isPlaceholder: person.isPlaceholder,
                    title: person.title,
                    role: person.role,
                    influence: person.influence,
                    stance: person.stance,
                    access: person.access,
                    progress: person.progress,
                    layer: person.layer,
                    orgUnitId: person.orgUnitId,
                    placeOn: { mapId, position: { x, y } },
                  });
                }
              } catch (error) {
                // A paste is all or nothing: copies made before the failure go again.
                await api.call('people.delete', { ids: made.slice(0, -1) }).catch(() => undefined);
                if (placed.length > 0)
                  await api.call('maps.removeItems', { mapId, itemIds: placed.map((item) => item.id) });
                throw error;
              }
              created = true;
            },
            async () => {
              if (copies.length > 0) await api.call('people.delete', { ids: copies.map((copy) => copy.id) });
              if (placed.length > 0)
                await api.call('maps.removeItems', { mapId, itemIds: placed.map((item) => item.id) });
            },
          ),
        );
      },

      setTags(personId: string, names: string[]) {
        return perform(setTagsCommand(MAP_READS, personId, names));
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
    [perform, accountId, mapId, offerReason],
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
