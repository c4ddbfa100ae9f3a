import type { PersonTag, Tag } from '../../../shared/api/entities';
import type { Db } from '../db/connection';
import { newId } from './common';
import { getPerson } from './people';

export function listTags(db: Db): Tag[] {
  return db.prepare('SELECT id, name, color FROM tags ORDER BY name COLLATE NOCASE').all() as Tag[];
}

function tagNamesOf(db: Db, personId: string): string[] {
  return (
    db
      .prepare(
        `SELECT t.name FROM person_tags pt JOIN tags t ON t.id = pt.tag_id
         WHERE pt.person_id = ? ORDER BY t.name COLLATE NOCASE`,
      )
      .all(personId) as { name: string }[]
  ).map((row) => row.name);
}

/** All or nothing: the person ends with exactly these tags, new names becoming new tags. */
export function setPersonTags(db: Db, personId: string, names: string[]): { before: string[]; after: string[] } {
  getPerson(db, personId);
  return db.transaction(() => {
    const before = tagNamesOf(db, personId);
    const findTag = db.prepare('SELECT id FROM tags WHERE name = ?');
    const addTag = db.prepare('INSERT INTO tags (id, name) VALUES (?, ?)');
    const link = db.prepare('INSERT OR IGNORE INTO person_tags (person_id, tag_id) VALUES (?, ?)');
    db.prepare('DELETE FROM person_tags WHERE person_id = ?').run(personId);
    for (const name of names) {
      // The tags table compares names without case, so "CIO office" and "cio office" are one tag.
      let tag = findTag.get(name) as { id: string } | undefined;
      if (!tag) {
        tag = { id: newId() };
        addTag.run(tag.id, name);
      }
      link.run(personId, tag.id);
    }
    return { before, after: tagNamesOf(db, personId) };
  })();
}

/** The tags of the people placed on one map. */
export function tagsOnMap(db: Db, mapId: string): { tags: Tag[]; personTags: PersonTag[] } {
  const personTags = db
    .prepare(
      `SELECT pt.person_id AS personId, pt.tag_id AS tagId FROM person_tags pt
       JOIN map_items i ON i.person_id = pt.person_id WHERE i.map_id = ?`,
    )
    .all(mapId) as PersonTag[];
  const tags = db
    .prepare(
      `SELECT DISTINCT t.id, t.name, t.color FROM tags t JOIN person_tags pt ON pt.tag_id = t.id
       JOIN map_items i ON i.person_id = pt.person_id WHERE i.map_id = ? ORDER BY t.name COLLATE NOCASE`,
    )
    .all(mapId) as Tag[];
  return { tags, personTags };
}
