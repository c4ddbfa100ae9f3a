import { createContext, useContext } from 'react';

/**
 * True while the map and its views only show (a past day, a presentation): gestures that would
 * edit do nothing there, so a click on a wall screen cannot start an edit the store refuses.
 */
export const ReadOnlyContext = createContext(false);

export const useReadOnly = (): boolean => useContext(ReadOnlyContext);
