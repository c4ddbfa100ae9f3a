import { createContext, useContext } from 'react';
import type { InsightView } from '../../../../shared/api/methods/insights';

const NONE: InsightView[] = [];

/**
 * The open insights of the map by person, given once by the canvas: a card reads its own list
 * from context instead of every card querying, and changes only when the insights do.
 */
export const PersonInsightsContext = createContext<ReadonlyMap<string, InsightView[]>>(new Map());
export const usePersonInsights = (personId: string): InsightView[] =>
  useContext(PersonInsightsContext).get(personId) ?? NONE;
