import { memo, useCallback, useEffect, useRef } from 'react';
import { useStoreApi, type Edge, type InternalNode } from '@xyflow/react';
import { useComputedColorScheme } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MapView } from '../../../../../shared/api/entities';
import type { MapFlowNode } from '../flowTypes';
import type { MapCommands } from '../useMapCommands';
import { DARK, drawFarZoom, LIGHT } from './drawFarZoom';
import { isOnMap } from './farZoomNodes';
import type { Point } from './hitTest';
import { useFarZoomPointer } from './useFarZoomPointer';

type SetNodes = (update: (current: MapFlowNode[]) => MapFlowNode[]) => void;

interface Props {
  /** The map is seen from afar (useFarZoomElements): React Flow draws no node, this layer all. */
  active: boolean;
  view: MapView;
  commands: MapCommands;
  itemIdOf: ReadonlyMap<string, string>;
  setNodes: SetNodes;
  readOnly: boolean;
}

const painted = (node: InternalNode): boolean => isOnMap(node.internals.userNode);

/**
 * The map seen from afar, painted on one canvas under React Flow's (empty) node layer: React Flow
 * keeps the viewport, the minimap and the store, and this layer redraws from that store at most
 * once a frame. Presses on it are hit-tested here (useFarZoomPointer).
 */
function FarZoomLayerView({ active: far, view, commands, itemIdOf, setNodes, readOnly }: Props) {
  const { t } = useTranslation();
  const store = useStoreApi<MapFlowNode, Edge>();
  const dark = useComputedColorScheme('light') === 'dark';
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const moved = useRef(new Map<string, Point>());
  const frame = useRef(0);
  const still = useRef<{ key: string; image: HTMLCanvasElement } | null>(null);

  const draw = useCallback(() => {
    frame.current = 0;
    const canvas = canvasRef.current;
    const context = canvas?.getContext('2d');
    if (!canvas || !context) return;
    const state = store.getState();
    const ratio = window.devicePixelRatio || 1;
    const width = Math.round(state.width * ratio);
    const height = Math.round(state.height * ratio);
    if (canvas.width !== width || canvas.height !== height) {
      canvas.width = width;
      canvas.height = height;
    }
    const scene = {
      nodes: state.nodeLookup.values(),
      edges: state.edges,
      transform: state.transform,
      width: state.width,
      height: state.height,
      moved: moved.current,
      painted,
      palette: dark ? DARK : LIGHT,
    };
    if (moved.current.size === 0) {
      still.current = null;
      drawFarZoom(context, ratio, scene);
      return;
    }
    // During a drag the still part is drawn once, for this view of the map, and kept as an image.
    const key = `${state.transform.join()} ${width} ${height} ${dark}`;
    if (still.current?.key !== key) {
      const image = document.createElement('canvas');
      image.width = width;
      image.height = height;
      const imageContext = image.getContext('2d');
      if (imageContext) drawFarZoom(imageContext, ratio, { ...scene, nodes: state.nodeLookup.values(), part: 'still' });
      still.current = { key, image };
    }
    context.setTransform(1, 0, 0, 1, 0, 0);
    context.clearRect(0, 0, width, height);
    context.drawImage(still.current.image, 0, 0);
    drawFarZoom(context, ratio, { ...scene, nodes: state.nodeLookup.values(), part: 'moving' });
  }, [store, dark]);
  const redraw = useCallback(() => {
    if (!frame.current) frame.current = requestAnimationFrame(draw);
  }, [draw]);

  useEffect(() => {
    if (!far) return;
    redraw();
    const unsubscribe = store.subscribe(redraw);
    return () => {
      unsubscribe();
      cancelAnimationFrame(frame.current);
      frame.current = 0;
    };
  }, [far, store, redraw]);

  useFarZoomPointer({ active: far, view, commands, itemIdOf, setNodes, readOnly, painted, moved, redraw });

  if (!far) return null;
  return (
    <canvas
      ref={canvasRef}
      data-testid="far-zoom-layer"
      role="img"
      aria-label={t('map.farView', { count: view.people.length })}
      style={{ position: 'absolute', inset: 0, width: '100%', height: '100%', zIndex: 0, pointerEvents: 'none' }}
    />
  );
}

export const FarZoomLayer = memo(FarZoomLayerView);
