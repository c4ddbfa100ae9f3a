import { createContext, useContext, type ReactNode } from 'react';
import type { MapNote } from '../../../../shared/api/entities';
import { ZoomLevelProvider } from './zoomContext';

/** What the cards ask the map to do; given by a context so node data stays plain, comparable data. */
export interface NodeActions {
  onToggleUnit(itemId: string, collapsed: boolean): void;
  onEditNote(note: MapNote, text: string): void;
}

const nothing: NodeActions = { onToggleUnit: () => undefined, onEditNote: () => undefined };

const NodeActionsContext = createContext<NodeActions>(nothing);

export const useNodeActions = (): NodeActions => useContext(NodeActionsContext);

/** What every card reads besides its data: the zoom level and the map's actions. */
export function CardContexts({ actions, children }: { actions: NodeActions; children: ReactNode }) {
  return (
    <ZoomLevelProvider>
      <NodeActionsContext.Provider value={actions}>{children}</NodeActionsContext.Provider>
    </ZoomLevelProvider>
  );
}
