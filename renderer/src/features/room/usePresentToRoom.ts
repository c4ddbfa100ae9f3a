import { useEffect, type RefObject } from 'react';
import { useOnViewportChange, useReactFlow } from '@xyflow/react';
import { api } from '../../api/client';
import { useStableCallback } from '../../app/useStableCallback';

/**
 * While this map is shared, the viewers who follow the presenter see what the host sees: after
 * each pan or zoom ends (and once when sharing starts), the point at the centre of the host's
 * canvas and the zoom go to the room. The viewer centres on that point on a screen of its own size.
 */
export function usePresentToRoom(canvas: RefObject<HTMLElement | null>, sharingThisMap: boolean): void {
  const flow = useReactFlow();
  const present = useStableCallback(() => {
    const box = canvas.current?.getBoundingClientRect();
    if (!box || box.width === 0) return;
    const centre = flow.screenToFlowPosition({ x: box.x + box.width / 2, y: box.y + box.height / 2 });
    // Losing one position is harmless: the next move sends the next one.
    api.call('shares.present', { x: centre.x, y: centre.y, zoom: flow.getZoom() }).catch(() => undefined);
  });
  useEffect(() => {
    if (sharingThisMap) present();
  }, [sharingThisMap, present]);
  useOnViewportChange({ onEnd: sharingThisMap ? present : undefined });
}
