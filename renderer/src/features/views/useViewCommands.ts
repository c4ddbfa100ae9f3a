import { useMemo } from 'react';
import type { MapView, Person, Relation, TeamMember } from '../../../../shared/api/entities';
import type { TeamMemberRemoval } from '../../../../shared/api/methods/team';
import type { TeamRole } from '../../../../shared/domain/enums';
import type { GridValues } from '../../../../shared/domain/influenceStanceGrid';
import { api } from '../../api/client';
import { storeCommand } from '../../undo/storeCommand';
import { useUndo } from '../../undo/UndoContext';
import { trackedFieldsChanged } from '../../../../shared/domain/changeReasons';
import { newChange, useReasonOffer } from '../history/reasons/useReasonOffer';
import type { MapCommands } from '../map/useMapCommands';

/** Keys under `undo.` that name these edits in the undo notice. */
const LABEL = { grid: 'editPerson', coverage: 'setCoverage', addMember: 'addTeamMember' } as const;

const command = storeCommand;

export type NewTeamMember = { memberId: string; role: TeamRole } | { name: string; title: string; role: TeamRole };

/** The edits of the influence × stance grid and the coverage matrix, each one undoable. */
export function useViewCommands(accountId: string, view: MapView, commands: MapCommands) {
  const { perform } = useUndo();
  const offerReason = useReasonOffer();
  const opportunityId = view.opportunity?.id ?? null;
  return useMemo(
    () => ({
      /**
       * Moves a person to another cell of the grid: their influence and/or stance change. On an
       * opportunity's map the values are that opportunity's assessment, not the account-level ones.
       */
      async placeInGrid(person: Person, to: GridValues): Promise<boolean> {
        const patch: Partial<GridValues> = {};
        if (to.influence !== person.influence) patch.influence = to.influence;
        if (to.stance !== person.stance) patch.stance = to.stance;
        if (Object.keys(patch).length === 0) return true;
        // Off a deal's map this is the map's own edit, which offers a reason itself.
        if (!opportunityId) return commands.updatePerson(person, patch);
        let before: Partial<{ influence: number | null; stance: Person['stance'] | null }> = {};
        const change = newChange();
        const done = await perform(
          command(
            LABEL.grid,
            async () => {
              const result = await api.call('opportunities.assess', {
                opportunityId,
                personId: person.id,
                patch,
                changeId: change.next(),
              });
              before = Object.fromEntries(
                Object.keys(patch).map((key) => [key, result.before[key as keyof GridValues]]),
              );
            },
            async () => {
              await api.call('opportunities.assess', { opportunityId, personId: person.id, patch: before });
              change.undone();
            },
          ),
        );
        if (done) offerReason(change, person, trackedFieldsChanged([before], patch));
        return done;
      },

      /** Sets how strongly one of our team covers one of their people (0 none, 1 weak, 2 strong). */
      setCoverage(memberId: string, personId: string, strength: number): Promise<boolean> {
        const id = crypto.randomUUID();
        let previous: Relation | null | undefined;
        let created: Relation | null = null;
        return perform(
          command(
            LABEL.coverage,
            async () => {
              const result = await api.call('relations.setCoverage', {
                id: created?.id ?? id,
                accountId,
                memberId,
                personId,
                strength,
              });
              if (previous === undefined) previous = result.previous;
              created = result.relation;
            },
            async () => {
              if (previous) {
                await api.call('relations.setCoverage', { accountId, memberId, personId, strength: previous.strength });
              } else if (created) {
                await api.call('relations.delete', { id: created.id });
              }
            },
          ),
        );
      },

      /** Puts an existing member, or a new one, on this account's team in a role. */
      addTeamMember(input: NewTeamMember): Promise<boolean> {
        if ('memberId' in input) {
          const { memberId, role } = input;
          let previous: { role: TeamRole } | null | undefined;
          return perform(
            command(
              LABEL.addMember,
              async () => {
                const result = await api.call('accountTeam.set', { accountId, memberId, role });
                if (previous === undefined) previous = result.previous;
              },
              () =>
                previous
                  ? api.call('accountTeam.set', { accountId, memberId, role: previous.role })
                  : api.call('accountTeam.remove', { accountId, memberId }),
            ),
          );
        }
        const id = crypto.randomUUID();
        let removal: TeamMemberRemoval | null = null;
        return perform(
          command(
            LABEL.addMember,
            async () => {
              // Redo after undo brings back the same member, so later history still refers to them.
              if (removal) {
                await api.call('team.restore', removal);
                return;
              }
              const member: TeamMember = await api.call('team.create', {
                id,
                name: input.name,
                ...(input.title ? { title: input.title } : {}),
              });
              await api.call('accountTeam.set', { accountId, memberId: member.id, role: input.role });
            },
            async () => {
              removal = await api.call('team.delete', { id });
            },
          ),
        );
      },
    }),
    [perform, accountId, opportunityId, commands, offerReason],
  );
}

export type ViewCommands = ReturnType<typeof useViewCommands>;
