/**
 * The room's viewer page is the app's own page served by the room server under /room: the same
 * bundle, started as a read-only viewer of one shared map instead of the owner's app.
 */
export const ROOM_PATH = '/room';

export const isRoomPage = (): boolean => window.location.pathname.replace(/\/+$/, '') === ROOM_PATH;
