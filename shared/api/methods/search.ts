import { z } from 'zod';
import { Id } from '../entities';
import { searchableText } from '../text';
import { read } from './common';

export const SEARCH_KINDS = ['person', 'account', 'interaction', 'commitment', 'action', 'note'] as const;
export const SearchKind = z.enum(SEARCH_KINDS);
export type SearchKind = z.infer<typeof SearchKind>;

export const SearchHit = z.object({
  kind: SearchKind,
  /** The id of the person, account, interaction, commitment, action or map note found. */
  id: Id,
  accountId: Id,
  accountName: z.string(),
  /** The person it is about, where there is one (a person, a commitment by or to them). */
  personId: Id.nullable(),
  title: z.string(),
  /** [start, end) of the matches in the title. */
  titleHighlights: z.array(z.tuple([z.int(), z.int()])),
  /** A short piece of the text around the first match; `highlights` are [start, end) in it. */
  snippet: z.string(),
  highlights: z.array(z.tuple([z.int(), z.int()])),
});
export type SearchHit = z.infer<typeof SearchHit>;

export const searchMethods = {
  'search.query': read(
    // Whatever a person types or pastes is a query: it is cleaned and cut, never refused.
    z.object({ text: z.string().transform(searchableText), limit: z.int().min(1).max(100).optional() }).strict(),
    z.array(SearchHit),
    ['accounts', 'search_docs'],
  ),
} as const;
