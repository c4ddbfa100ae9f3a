import type { MapItem, Person } from '../../../shared/api/entities';
import type { ParsedInputOf } from '../../../shared/api/contract';
import { TEXT_LIMITS } from '../../../shared/api/text';
import type { Db } from '../db/connection';
import { getMap } from './maps';
import { itemsWhere, placeItems } from './mapItems';
import { createPerson, personOfAccount } from './people';

/**
 * One paste, all or nothing: what is missing from the map is placed, and each person already on
 * it is copied from the store as it is now (assessments, department), beside the original.
 */
export function paste(db: Db, input: ParsedInputOf<'maps.paste'>): { items: MapItem[]; people: Person[] } {
  return db.transaction(() => {
    const map = getMap(db, input.mapId);
    const items = input.place.length > 0 ? placeItems(db, { mapId: map.id, items: input.place }) : [];
    const people = input.copies.map(({ id, itemId, personId, x, y }, index) => {
      const source = personOfAccount(db, personId, map.accountId, `copies.${index}.personId`);
      const name = source.isPlaceholder ? '' : `${source.name} ${input.copySuffix}`.trim();
      const person = createPerson(db, {
        id,
        accountId: map.accountId,
        name: [...name].slice(0, TEXT_LIMITS.name).join(''),
        isPlaceholder: source.isPlaceholder,
        title: source.title,
        role: source.role,
        influence: source.influence,
        stance: source.stance,
        access: source.access,
        progress: source.progress,
        layer: source.layer,
        orgUnitId: source.orgUnitId,
        placeOn: { mapId: map.id, itemId, position: { x, y } },
      });
      items.push(...itemsWhere(db, 'i.id = ?', itemId));
      return person;
    });
    return { items, people };
  })();
}
