import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { Table } from '../../../../shared/api/tables';
import { ROOM_PATH } from '../../api/roomPage';

/** The host's view: the point of the map at the centre of their canvas, and their zoom. */
export interface PresenterView {
  x: number;
  y: number;
  zoom: number;
}

export type RoomLink = 'live' | 'reconnecting';

interface Handlers {
  onChanged(tables: Table[]): void;
  onViewport(view: PresenterView): void;
  onEnded(): void;
}

/**
 * The room's event stream: the host's writes (so the views that read those tables reload), the
 * presenter's view, and the end of the share. The browser reconnects by itself after a network
 * hiccup; a stream the room refuses (the session ended) stays closed, and that is the end.
 */
export function useRoomEvents(handlers: Handlers): RoomLink {
  const latest = useRef(handlers);
  useLayoutEffect(() => {
    latest.current = handlers;
  });
  const [link, setLink] = useState<RoomLink>('live');
  useEffect(() => {
    const source = new EventSource(`${ROOM_PATH}/events`);
    const parse = <T>(event: MessageEvent<string>): T | null => {
      try {
        return JSON.parse(event.data) as T;
      } catch {
        return null;
      }
    };
    source.addEventListener('open', () => setLink('live'));
    source.addEventListener('changed', (event) => {
      const data = parse<{ tables: Table[] }>(event);
      if (data) latest.current.onChanged(data.tables);
    });
    source.addEventListener('viewport', (event) => {
      const data = parse<PresenterView>(event);
      if (data) latest.current.onViewport(data);
    });
    source.addEventListener('stopped', () => {
      source.close();
      latest.current.onEnded();
    });
    source.addEventListener('error', () => {
      if (source.readyState === EventSource.CLOSED) latest.current.onEnded();
      else setLink('reconnecting');
    });
    return () => source.close();
  }, []);
  return link;
}
