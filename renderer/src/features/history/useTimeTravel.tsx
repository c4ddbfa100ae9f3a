import type { ReactNode } from 'react';
import type { MapView } from '../../../../shared/api/entities';

export interface TimeTravel {
  /** The view to draw: today's, or the map as it stood on a past date. */
  view: MapView;
  /** True while a past date is shown: the canvas does not edit. */
  readOnly: boolean;
  /** Shown above the canvas while travelling (date, way back to today). */
  banner: ReactNode;
  /** The header control that picks a date or two to compare. */
  control: ReactNode;
  /** Replaces the inspector while travelling (e.g. who moved, which way). */
  aside: ReactNode;
}

/** Placeholder until this part is built: today's map, no controls. */
export function useTimeTravel(mapId: string, today: MapView): TimeTravel {
  void mapId;
  return { view: today, readOnly: false, banner: null, control: null, aside: null };
}
