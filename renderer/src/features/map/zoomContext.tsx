import { createContext, useContext, type ReactNode } from 'react';
import { useStore, type ReactFlowState } from '@xyflow/react';

/** Below this zoom the cards switch to a drawing that stays legible and is cheap to paint. */
export const SIMPLE_DRAWING_BELOW_ZOOM = 0.35;
const zoomedFarOut = (state: ReactFlowState) => state.transform[2] < SIMPLE_DRAWING_BELOW_ZOOM;

const FarOut = createContext(false);

/**
 * One subscription to the zoom for the whole canvas. A subscription per card would be checked on
 * every store update (each drag step) a thousand times over; a context changes only when the
 * zoom crosses the threshold.
 */
export function ZoomLevelProvider({ children }: { children: ReactNode }) {
  return <FarOut.Provider value={useStore(zoomedFarOut)}>{children}</FarOut.Provider>;
}

export const useFarOut = (): boolean => useContext(FarOut);
