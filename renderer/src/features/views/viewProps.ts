import type { MapView } from '../../../../shared/api/entities';
import type { MapCommands } from '../map/useMapCommands';

/** What the account screen hands every view of one map. */
export interface ViewProps {
  view: MapView;
  accountId: string;
  mapId: string;
  commands: MapCommands;
  /** Optional: a person chosen in the view (null: none), so the screen's inspector can show them. */
  onSelectPerson?(personId: string | null): void;
}

/**
 * The canvas stays mounted under a view and deletes its selection on Delete / Backspace pressed
 * anywhere on the page; inside a view those keys must not reach it.
 */
export function keepDeleteKeysInView(event: { key: string; stopPropagation(): void }): void {
  if (event.key === 'Delete' || event.key === 'Backspace') event.stopPropagation();
}
