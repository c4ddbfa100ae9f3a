import { createContext, useContext } from 'react';

/** Opens the full page of a person from anywhere inside an account (map, table, timeline, plan). */
export const PersonPageContext = createContext<(personId: string) => void>(() => {});
export const useOpenPerson = () => useContext(PersonPageContext);
