import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { InputOf } from '../../../../shared/api/contract';
import type { CommitmentState } from '../../../../shared/domain/enums';
import { restorePatch, type Commitment, type Interaction } from '../../../../shared/api/methods/interactions';
import { api } from '../../api/client';
import { notifyWithUndo } from '../../app/notify';
import { storeCommand } from '../../undo/storeCommand';
import { useUndo } from '../../undo/UndoContext';
import type { RESOURCES } from '../../../../shared/i18n';

/** The undoable edits of the interaction log. Each resolves to whether it was done. */
export function useInteractionCommands() {
  const undo = useUndo();
  const { t } = useTranslation();
  return useMemo(() => {
    const perform = (
      label: keyof (typeof RESOURCES)['en']['interactions']['undo'],
      redo: () => Promise<unknown>,
      back: () => Promise<unknown>,
    ) => undo.perform(storeCommand(`interactions.${label}`, redo, back));
    return {
      /** Creates with a fixed id, so redo after undo brings back the same contact. */
      create(input: InputOf<'interactions.create'>) {
        const id = input.id ?? crypto.randomUUID();
        const withIds = {
          ...input,
          id,
          commitments: (input.commitments ?? []).map((c) => ({ ...c, id: c.id ?? crypto.randomUUID() })),
        };
        return perform(
          'addInteraction',
          () => api.call('interactions.create', withIds),
          () => api.call('interactions.delete', { id }),
        );
      },
      update(before: Interaction, patch: InputOf<'interactions.update'>['patch']) {
        return perform(
          'editInteraction',
          () => api.call('interactions.update', { id: before.id, patch }),
          () => api.call('interactions.update', { id: before.id, patch: restorePatch(before) }),
        );
      },
      async remove(interaction: Interaction) {
        let removed: Interaction = interaction;
        const done = await perform(
          'deleteInteraction',
          async () => (removed = await api.call('interactions.delete', { id: interaction.id })),
          () => api.call('interactions.restore', { interaction: removed }),
        );
        if (done) notifyWithUndo(t('interactions.deleted'), () => void undo.undo());
        return done;
      },
      setState(commitment: Commitment, state: CommitmentState) {
        return perform(
          'commitmentState',
          () => api.call('commitments.setState', { id: commitment.id, state }),
          () =>
            api.call('commitments.setState', {
              id: commitment.id,
              state: commitment.state,
              closedAt: commitment.closedAt,
            }),
        );
      },
      setCadence(personId: string, cadenceDays: number | null, previous: number | null) {
        return perform(
          'setCadence',
          () => api.call('interactions.setCadence', { personId, cadenceDays }),
          () => api.call('interactions.setCadence', { personId, cadenceDays: previous }),
        );
      },
    };
  }, [undo, t]);
}
