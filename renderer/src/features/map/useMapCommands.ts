import { useMemo } from 'react';
import type { PersonPatch } from '../../../../shared/api/contract';
import type { MapItem, MapNote, OrgUnit, Person, Relation } from '../../../../shared/api/entities';
import type { SelectionRemoval } from '../../../../shared/api/methods/mapEdits';
import type { OrgUnitRemoval } from '../../../../shared/api/methods/orgUnits';
import type { TeamMemberRemoval } from '../../../../shared/api/methods/team';
import type { NoteColor } from '../../../../shared/domain/enums';
import type { ItemUpdate } from './orgChartMoves';
import type { PastePlan } from './clipboard';
import { api } from '../../api/client';
import { storeCommand } from '../../undo/storeCommand';
import { fieldsBefore } from '../../undo/fieldsBefore';
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

const command = storeCommand;

export interface Move {
  itemId: string;
  x: number;
  y: number;
}

/** Every edit the map makes, each one undoable. */
export function useMapCommands(accountId: string, mapId: string) {
  const { perform } = useUndo();
  const offerReason = useReasonOffer();
  return useMemo(() => {
    /**
     * One Delete of any mix of people, lines, notes and items taken off this map, as one call and
     * one undo step; resolves to what went (null if it failed), undone from what the store returned.
     */
    const deleteSelection = async (selection: MapSelection): Promise<SelectionRemoval | null> => {
      let removal: SelectionRemoval | null = null;
      const done = await perform(
        command(
          labelOf(selection),
          async () => {
            removal = await api.call('maps.deleteSelection', { mapId, ...selection });
          },
          async () => {
            if (removal) await api.call('maps.restoreSelection', removal);
          },
        ),
      );
      return done ? removal : null;
    };
    return {
      deleteSelection,

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

      /** A changed assessment is offered a reason afterwards; undo gives back what the store had. */
      async updatePerson(person: Person, patch: PersonPatch) {
        let before: PersonPatch | null = null;
        const change = newChange();
        const done = await perform(
          command(
            'editPerson',
            async () => {
              const result = await api.call('people.update', { id: person.id, patch, changeId: change.next() });
              before = fieldsBefore(result.before, patch);
            },
            async () => {
              if (before) await api.call('people.update', { id: person.id, patch: before });
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
        return deleteSelection({ itemIds: items.map((item) => item.id) });
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
        let before: typeof patch | null = null;
        return perform(
          command(
            'editNote',
            async () => {
              const result = await api.call('notes.update', { id: note.id, patch });
              before = fieldsBefore({ ...result.before, color: result.before.color as NoteColor }, patch);
            },
            async () => {
              if (before) await api.call('notes.update', { id: note.id, patch: before });
            },
          ),
        );
      },

      deleteNotes(noteIds: string[]) {
        return deleteSelection({ noteIds });
      },

      /** A new department placed on this map, in one call; undo deletes it (its place with it). */
      createOrgUnit(name: string, position: { x: number; y: number }) {
        const id = crypto.randomUUID();
        const itemId = crypto.randomUUID();
        let removal: OrgUnitRemoval | null = null;
        return perform(
          command(
            'addOrgUnit',
            async () => {
              if (removal) await api.call('orgUnits.restore', removal);
              else await api.call('orgUnits.create', { id, accountId, name, placeOn: { mapId, itemId, position } });
            },
            async () => {
              removal = await api.call('orgUnits.delete', { id });
            },
          ),
        );
      },

      /** A new member of our team placed on this map, in one call; undo deletes them with their place. */
      addTeamMember(name: string, position: { x: number; y: number }) {
        const id = crypto.randomUUID();
        const itemId = crypto.randomUUID();
        let removal: TeamMemberRemoval | null = null;
        return perform(
          command(
            'addTeamMember',
            async () => {
              if (removal) await api.call('team.restore', removal);
              else await api.call('team.create', { id, name, placeOn: { mapId, itemId, position } });
            },
            async () => {
              removal = await api.call('team.delete', { id });
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
                  collapsed: item.collapsed,
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
        let before: string | null = null;
        return perform(
          command(
            'renameUnit',
            async () => {
              before = (await api.call('orgUnits.update', { id: unit.id, patch: { name } })).before.name;
            },
            async () => {
              if (before !== null) await api.call('orgUnits.update', { id: unit.id, patch: { name: before } });
            },
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

      /**
       * One call for a paste: absent people and members are placed, present people copied from the
       * store. Undo deletes what it made; redo brings the same back.
       */
      paste(plan: PastePlan, copySuffix: string) {
        const place = plan.place.map((entity) => ({ id: crypto.randomUUID(), ...entity }));
        const copies = plan.copy.map(({ personId, x, y }) => ({
          id: crypto.randomUUID(),
          itemId: crypto.randomUUID(),
          personId,
          x,
          y,
        }));
        let removal: SelectionRemoval | null = null;
        return perform(
          command(
            plan.copy.length > 0 ? 'duplicate' : 'paste',
            async () => {
              if (removal) await api.call('maps.restoreSelection', removal);
              else await api.call('maps.paste', { mapId, place, copies, copySuffix });
            },
            async () => {
              removal = await api.call('maps.deleteSelection', {
                mapId,
                personIds: copies.map((copy) => copy.id),
                itemIds: place.map((item) => item.id),
              });
            },
          ),
        );
      },

      setTags(personId: string, names: string[]) {
        return perform(setTagsCommand(personId, names));
      },

      updateRelation(relation: Relation, patch: Partial<Pick<Relation, 'kind' | 'strength' | 'label'>>) {
        let before: typeof patch | null = null;
        return perform(
          command(
            'editLine',
            async () => {
              before = fieldsBefore((await api.call('relations.update', { id: relation.id, patch })).before, patch);
            },
            async () => {
              if (before) await api.call('relations.update', { id: relation.id, patch: before });
            },
          ),
        );
      },

      deleteRelations(relations: Relation[]) {
        return deleteSelection({ relationIds: relations.map((relation) => relation.id) });
      },
    };
  }, [perform, accountId, mapId, offerReason]);
}

/** What one Delete takes: ids of people, lines and notes, and items to take off this map only. */
export interface MapSelection {
  personIds?: string[];
  relationIds?: string[];
  noteIds?: string[];
  itemIds?: string[];
}

/** The undo label: the kind of thing deleted, or plain "delete" for a mix. */
function labelOf(selection: MapSelection): string {
  const kinds = (
    [
      ['personIds', 'deletePerson'],
      ['relationIds', 'deleteLine'],
      ['noteIds', 'deleteNote'],
      ['itemIds', 'removeFromMap'],
    ] as const
  ).filter(([key]) => (selection[key]?.length ?? 0) > 0);
  return kinds.length === 1 && kinds[0] ? kinds[0][1] : 'deleteSelection';
}

export type MapCommands = ReturnType<typeof useMapCommands>;
