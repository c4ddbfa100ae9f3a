import { describe, expect, it } from 'vitest';
import type { Db } from '../../electron/backend/db/connection';
import { createAccount } from '../../electron/backend/services/accounts';
import { listMaps } from '../../electron/backend/services/maps';
import { viewMap } from '../../electron/backend/services/mapView';
import { createPerson } from '../../electron/backend/services/people';
import { listTags, setPersonTags } from '../../electron/backend/services/tags';
import { openTempDatabase } from '../helpers/tempDb';

describe('tags on people', () => {
  let db: Db;

  function setup() {
    db = openTempDatabase().db;
    const account = createAccount(db, { name: 'Northwind' });
    const mapId = listMaps(db, account.id)[0]!.id;
    const wang = createPerson(db, {
      accountId: account.id,
      name: 'Wang',
      placeOn: { mapId, position: { x: 0, y: 0 } },
    });
    const li = createPerson(db, { accountId: account.id, name: 'Li' });
    return { mapId, wang, li };
  }

  it('sets exactly the given tags, treating names without case, and shares tags between people', () => {
    const { wang, li } = setup();
    expect(setPersonTags(db, wang.id, ['Steering committee', 'golf'])).toEqual({
      before: [],
      after: ['golf', 'Steering committee'],
    });
    setPersonTags(db, li.id, ['STEERING COMMITTEE']);
    expect(listTags(db).map((tag) => tag.name)).toEqual(['golf', 'Steering committee']);
    expect(setPersonTags(db, wang.id, ['golf'])).toEqual({ before: ['golf', 'Steering committee'], after: ['golf'] });
  });

  it('shows the tags of the people on a map, and only theirs', () => {
    const { mapId, wang, li } = setup();
    setPersonTags(db, wang.id, ['golf']);
    setPersonTags(db, li.id, ['off the map']);
    const view = viewMap(db, mapId);
    expect(view.tags.map((tag) => tag.name)).toEqual(['golf']);
    expect(view.personTags).toEqual([{ personId: wang.id, tagId: view.tags[0]!.id }]);
  });

  it('changes nothing when the person does not exist', () => {
    setup();
    expect(() => setPersonTags(db, '00000000-0000-4000-8000-000000000000', ['x'])).toThrow();
    expect(listTags(db)).toEqual([]);
  });
});
