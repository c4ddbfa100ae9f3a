import { useEffect, useMemo } from 'react';
import { useEdgesState, useNodesState, useReactFlow, type Edge } from '@xyflow/react';
import type { MapView } from '../../../../shared/api/entities';
import { i18next } from '../../i18n';
import { toEdges, toNodes, type MapFlowNode } from './flowTypes';
import { reuseUnchanged } from './stableElements';
import type { MapFilter } from './mapFilter';
import type { Selection } from './selection';
import { rememberingTranslate, type Translate } from './canvasNames';

interface Options {
  view: MapView;
  filter: MapFilter;
  language: string;
  selection: Selection;
}

/**
 * The canvas's nodes and edges, a view of the store: whenever the store answers, the canvas shows
 * exactly what it holds. In between, React Flow's changes (drags, selection) apply to them.
 */
export function useCanvasElements({ view, filter, language, selection }: Options) {
  const [nodes, setNodes, onNodesChange] = useNodesState<MapFlowNode>([]);
  const [edges, setEdges, onEdgesChange] = useEdgesState<Edge>([]);
  const flow = useReactFlow<MapFlowNode, Edge>();
  // One per language: it remembers the words of the language it first answered in.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- a new language is why there is a new one
  const t = useMemo(() => rememberingTranslate(i18next.t.bind(i18next) as Translate), [language]);

  // The selection is kept, unless the app chose a card that is not among it: then that card alone.
  useEffect(() => {
    let selectedIds = new Set(
      flow
        .getNodes()
        .filter((node) => node.selected)
        .map((node) => node.id),
    );
    if (selection && selection.kind !== 'relation' && !selectedIds.has(selection.id))
      selectedIds = new Set([selection.id]);
    const selectedEdgeIds = new Set(
      flow
        .getEdges()
        .filter((edge) => edge.selected)
        .map((edge) => edge.id),
    );
    if (selection?.kind === 'relation') selectedEdgeIds.add(selection.id);
    // What the reload left as it was stays the same object, so its memoised card does not redraw.
    const nextNodes = toNodes(view, { selectedIds, filter, language, t });
    const nextEdges = toEdges(view, selectedEdgeIds, filter, t);
    setNodes((shown) => reuseUnchanged(shown, nextNodes));
    setEdges((shown) => reuseUnchanged(shown, nextEdges));
    // Selection is read at the moment the data changes; the effect below follows it in between.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [view, filter, language, t, setNodes, setEdges]);

  // When the app picks the selection (a new card, a found person), React Flow's follows it exactly.
  useEffect(() => {
    if (!selection || selection.kind === 'relation') return;
    setNodes((current) => {
      const target = current.find((node) => node.id === selection.id);
      if (!target || target.selected) return current;
      return current.map((node) =>
        node.selected === (node.id === selection.id) ? node : { ...node, selected: node.id === selection.id },
      );
    });
  }, [selection, setNodes]);

  return { nodes, edges, setNodes, onNodesChange, onEdgesChange };
}
