/**
 * The baseline of `npm run bench`: a plain React Flow with the same nodes and edges as a generated
 * Powermap map, nothing of ours. The page loads with an Open button, as our home screen does; a
 * click fetches the graph (`/graph/N.json` from the bench's server) and mounts the flow, so both
 * sides are timed from a click through one data request to the drawn map.
 * Query: ?n=1000&w=1060&h=794 (w×h: the size of our map's pane, so fitView picks the same zoom).
 */
import '@xyflow/react/dist/style.css';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { ReactFlow, useEdgesState, useNodesState, type Edge, type Node } from '@xyflow/react';

export interface BareGraph {
  nodes: { id: string; x: number; y: number; label: string }[];
  edges: { id: string; source: string; target: string }[];
}

const params = new URLSearchParams(window.location.search);
const size = Number(params.get('n') ?? 100);
const width = Number(params.get('w') ?? 0) || undefined;
const height = Number(params.get('h') ?? 0) || undefined;

// Props that do not change are defined once: React Flow copies every changed prop into its store.
const FIT_VIEW_OPTIONS = { maxZoom: 1.2, padding: 0.2 };

function toNodes(graph: BareGraph): Node[] {
  return graph.nodes.map((n) => ({
    id: n.id,
    position: { x: n.x, y: n.y },
    data: { label: n.label },
    // The size of our cards, set by style as our cards' CSS does (React Flow measures both).
    style: { width: 200, height: 120 },
  }));
}

function Flow({ graph }: { graph: BareGraph }) {
  // Controlled, as our map is.
  const [nodes, , onNodesChange] = useNodesState(toNodes(graph));
  const [edges, , onEdgesChange] = useEdgesState<Edge>(graph.edges);
  return (
    <ReactFlow
      nodes={nodes}
      edges={edges}
      onNodesChange={onNodesChange}
      onEdgesChange={onEdgesChange}
      // The same viewport rules as our map, so the same cards are in view.
      fitView
      fitViewOptions={FIT_VIEW_OPTIONS}
      minZoom={0.05}
      onlyRenderVisibleElements
    />
  );
}

function Page() {
  const [graph, setGraph] = useState<BareGraph | null>(null);
  if (!graph) {
    return (
      <button
        type="button"
        data-testid="bare-open"
        onClick={() =>
          void fetch(`./graph/${size}.json`)
            .then((response) => response.json() as Promise<BareGraph>)
            .then(setGraph)
        }
      >
        Open bare map N={size}
      </button>
    );
  }
  return (
    <div style={{ width: width ?? '100vw', height: height ?? '100vh' }}>
      <Flow graph={graph} />
    </div>
  );
}

createRoot(document.getElementById('root') as HTMLElement).render(<Page />);
