import type { ParsedInputOf } from '../../../shared/api/contract';
import type { Competitor, PersonTag, Tag } from '../../../shared/api/entities';
import type { Db } from '../db/connection';
import { getAccount } from './accounts';
import { setPersonTags } from './tags';

/** Tag names of each person, as setPersonTags reports them. */
type PersonTagNames = { personId: string; names: string[] };

/**
 * Adds and removes tags on many people in one transaction. A name both added and removed is
 * removed. Returns each person's names before, for undo.
 */
export function changeTags(
  db: Db,
  { ids, add, remove }: ParsedInputOf<'people.changeTags'>,
): { before: PersonTagNames[] } {
  const removing = new Set(remove.map((name) => name.toLocaleLowerCase()));
  return db.transaction(() => {
    const before: PersonTagNames[] = [];
    for (const personId of new Set(ids)) {
      const current = setPersonTags(db, personId, []).before;
      const kept = current.filter((name) => !removing.has(name.toLocaleLowerCase()));
      const added = add.filter(
        (name) =>
          !removing.has(name.toLocaleLowerCase()) &&
          !kept.some((have) => have.toLocaleLowerCase() === name.toLocaleLowerCase()),
      );
      setPersonTags(db, personId, [...kept, ...added]);
      before.push({ personId, names: current });
    }
    return { before };
  })();
}

/** Every person of `items` ends with exactly their names; one unknown person changes nothing. */
export function setTagsEach(db: Db, { items }: ParsedInputOf<'people.setTagsEach'>): void {
  db.transaction(() => {
    for (const { personId, names } of items) setPersonTags(db, personId, names);
  })();
}

/** The tags on the account's living people, which person has which, and the account's competitors. */
export function tableContext(
  db: Db,
  accountId: string,
): { tags: Tag[]; personTags: PersonTag[]; competitors: Competitor[] } {
  getAccount(db, accountId);
  const personTags = db
    .prepare(
      `SELECT pt.person_id AS personId, pt.tag_id AS tagId FROM person_tags pt
       JOIN people p ON p.id = pt.person_id WHERE p.account_id = ? AND p.deleted_at IS NULL`,
    )
    .all(accountId) as PersonTag[];
  const tags = db
    .prepare(
      `SELECT DISTINCT t.id, t.name, t.color FROM tags t JOIN person_tags pt ON pt.tag_id = t.id
       JOIN people p ON p.id = pt.person_id WHERE p.account_id = ? AND p.deleted_at IS NULL
       ORDER BY t.name COLLATE NOCASE`,
    )
    .all(accountId) as Tag[];
  const competitors = db
    .prepare(
      'SELECT id, account_id AS accountId, name FROM competitors WHERE account_id = ? ORDER BY name COLLATE NOCASE',
    )
    .all(accountId) as Competitor[];
  return { tags, personTags, competitors };
}
