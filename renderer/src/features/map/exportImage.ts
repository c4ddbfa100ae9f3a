import { getNodesBounds, getViewportForBounds, type Node } from '@xyflow/react';
// Pinned to 1.11.11: 1.11.12 and 1.11.13 drop every edge from the picture.
import { toPng, toSvg } from 'html-to-image';

export type ImageFormat = 'png' | 'svg';

const PADDING = 40;
const MAX_SIDE = 8000;

/**
 * Draws every card and line of the map, framed to their bounds, into an image the size of the
 * content rather than of the window. The UI chrome (panels, minimap, handles) is left out.
 */
export async function renderMapImage(nodes: Node[], format: ImageFormat): Promise<string> {
  const viewport = document.querySelector<HTMLElement>('.react-flow__viewport');
  if (!viewport || nodes.length === 0) throw new Error('Nothing to export');
  const bounds = getNodesBounds(nodes);
  const scale = Math.min(1, MAX_SIDE / Math.max(bounds.width + 2 * PADDING, bounds.height + 2 * PADDING));
  const width = Math.ceil((bounds.width + 2 * PADDING) * scale);
  const height = Math.ceil((bounds.height + 2 * PADDING) * scale);
  const frame = getViewportForBounds(bounds, width, height, scale, scale, PADDING * scale);
  const options = {
    backgroundColor: '#ffffff',
    width,
    height,
    style: {
      width: `${width}px`,
      height: `${height}px`,
      transform: `translate(${frame.x}px, ${frame.y}px) scale(${frame.zoom})`,
    },
    filter: (element: HTMLElement) => !element.classList?.contains('react-flow__handle'),
  };
  return format === 'png' ? toPng(viewport, { ...options, pixelRatio: 2 }) : toSvg(viewport, options);
}

export function download(dataUrl: string, fileName: string): void {
  const link = document.createElement('a');
  link.href = dataUrl;
  link.download = fileName;
  link.click();
}

/** A file name that is safe on every platform and says what and when. */
export function exportFileName(mapName: string, format: ImageFormat | 'json', now = new Date()): string {
  const safe =
    mapName
      // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
      .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim() || 'map';
  return `${safe} ${now.toISOString().slice(0, 10)}.${format}`;
}
