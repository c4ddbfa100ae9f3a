import { z } from 'zod';
import { Id, line, Tag } from '../entities';
import { TEXT_LIMITS } from '../text';
import { Empty, read, write } from './common';

export const TagName = line(TEXT_LIMITS.tag).min(1);

export const tagMethods = {
  'tags.list': read(Empty, z.array(Tag), ['tags']),
  /**
   * Gives a person exactly these tags (by name, case-insensitive; new names become new tags).
   * Returns the names before and after, so undo sets `before` again.
   */
  'people.setTags': write(
    z.object({ personId: Id, names: z.array(TagName).max(50) }).strict(),
    z.object({ before: z.array(z.string()), after: z.array(z.string()) }),
    ['person_tags', 'tags'],
  ),
} as const;
