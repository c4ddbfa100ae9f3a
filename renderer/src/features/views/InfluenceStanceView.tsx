import type { MapView } from '../../../../shared/api/entities';
import type { MapCommands } from '../map/useMapCommands';

export interface ViewProps {
  view: MapView;
  accountId: string;
  mapId: string;
  commands: MapCommands;
}

/** Influence 1–5 up, stance −2…+2 across; dragging a person to another cell changes them. */
export function InfluenceStanceView(_props: ViewProps) {
  return <div data-testid="grid-view" />;
}
