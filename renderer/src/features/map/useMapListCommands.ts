import { useMemo } from 'react';
import type { MapInfo, MapItem } from '../../../../shared/api/entities';
import { api } from '../../api/client';
import { storeCommand } from '../../undo/storeCommand';
import { useUndo } from '../../undo/UndoContext';

const command = storeCommand;

/** Creating, renaming and deleting the maps of an account, each undoable. */
export function useMapListCommands(accountId: string) {
  const { perform } = useUndo();
  return useMemo(
    () => ({
      create(name: string): { mapId: string; done: Promise<boolean> } {
        const mapId = crypto.randomUUID();
        const done = perform(
          command(
            'createMap',
            () => api.call('maps.create', { id: mapId, accountId, name }),
            () => api.call('maps.delete', { id: mapId }),
          ),
        );
        return { mapId, done };
      },

      /** An opportunity with its own map, starting with the people, team and units of `fromMapId`. */
      createDeal(name: string, fromMapId: string): { mapId: string; done: Promise<boolean> } {
        const id = crypto.randomUUID();
        const mapId = crypto.randomUUID();
        const done = perform(
          command(
            'createDeal',
            () =>
              api.call('opportunities.create', {
                id,
                accountId,
                name,
                createMap: true,
                mapId,
                copyItemsFromMapId: fromMapId,
              }),
            () => api.call('opportunities.delete', { id }),
          ),
        );
        return { mapId, done };
      },

      rename(map: MapInfo, name: string) {
        return perform(
          command(
            'renameMap',
            () => api.call('maps.rename', { id: map.id, name }),
            () => api.call('maps.rename', { id: map.id, name: map.name }),
          ),
        );
      },

      remove(map: MapInfo) {
        let items: MapItem[] = [];
        return perform(
          command(
            'deleteMap',
            async () => {
              items = (await api.call('maps.delete', { id: map.id })).items;
            },
            async () => {
              await api.call('maps.create', {
                id: map.id,
                accountId,
                name: map.name,
                opportunityId: map.opportunityId,
              });
              if (items.length > 0) await api.call('maps.placeItems', { mapId: map.id, items });
            },
          ),
        );
      },
    }),
    [perform, accountId],
  );
}
