/**
 * What each write touched, for the insights kept in memory (services/insightsCache.ts): triggers
 * note the account and person of every row written to a table the insights read, so every
 * connection on the file (the reader threads too) re-judges only what changed, whichever
 * connection wrote it. `what`: `person` (their row, contacts or changes), `lines` (relations or
 * the account's team), `promises` (commitments), `account` (anything else of the account), `all`
 * (no account known). Only the newest notes are kept: a connection further behind starts over.
 */
export default /* sql */ `
CREATE TABLE insights_touched (
  seq INTEGER PRIMARY KEY,
  account_id TEXT,
  person_id TEXT,
  what TEXT NOT NULL CHECK (what IN ('person', 'lines', 'promises', 'account', 'all'))
) STRICT;
CREATE TRIGGER insights_touched_keep_newest AFTER INSERT ON insights_touched BEGIN
  DELETE FROM insights_touched WHERE seq <= NEW.seq - 5000;
END;
CREATE TRIGGER insights_people_insert AFTER INSERT ON people BEGIN
  INSERT INTO insights_touched (account_id, person_id, what) VALUES (NEW.account_id, NEW.id, 'person');
END;
CREATE TRIGGER insights_people_update AFTER UPDATE ON people BEGIN
  INSERT INTO insights_touched (account_id, person_id, what) VALUES (OLD.account_id, OLD.id, 'person');
  INSERT INTO insights_touched (account_id, person_id, what) VALUES (NEW.account_id, NEW.id, 'person');
END;
CREATE TRIGGER insights_people_delete AFTER DELETE ON people BEGIN
  INSERT INTO insights_touched (account_id, person_id, what) VALUES (OLD.account_id, OLD.id, 'person');
END;
CREATE TRIGGER insights_person_history_insert AFTER INSERT ON person_history BEGIN
  INSERT INTO insights_touched (account_id, person_id, what) VALUES ((SELECT account_id FROM people WHERE id = NEW.person_id), NEW.person_id, 'person');
END;
CREATE TRIGGER insights_person_history_update AFTER UPDATE ON person_history BEGIN
  INSERT INTO insights_touched (account_id, person_id, what) VALUES ((SELECT account_id FROM people WHERE id = OLD.person_id), OLD.person_id, 'person');
  INSERT INTO insights_touched (account_id, person_id, what) VALUES ((SELECT account_id FROM people WHERE id = NEW.person_id), NEW.person_id, 'person');
END;
CREATE TRIGGER insights_person_history_delete AFTER DELETE ON person_history BEGIN
  INSERT INTO insights_touched (account_id, person_id, what) VALUES ((SELECT account_id FROM people WHERE id = OLD.person_id), OLD.person_id, 'person');
END;
CREATE TRIGGER insights_interaction_participants_insert AFTER INSERT ON interaction_participants BEGIN
  INSERT INTO insights_touched (account_id, person_id, what)
    SELECT (SELECT account_id FROM interactions WHERE id = NEW.interaction_id), NEW.person_id, 'person'
    WHERE NEW.person_id IS NOT NULL;
END;
CREATE TRIGGER insights_interaction_participants_update AFTER UPDATE ON interaction_participants BEGIN
  INSERT INTO insights_touched (account_id, person_id, what)
    SELECT (SELECT account_id FROM interactions WHERE id = OLD.interaction_id), OLD.person_id, 'person'
    WHERE OLD.person_id IS NOT NULL;
  INSERT INTO insights_touched (account_id, person_id, what)
    SELECT (SELECT account_id FROM interactions WHERE id = NEW.interaction_id), NEW.person_id, 'person'
    WHERE NEW.person_id IS NOT NULL;
END;
CREATE TRIGGER insights_interaction_participants_delete AFTER DELETE ON interaction_participants BEGIN
  INSERT INTO insights_touched (account_id, person_id, what)
    SELECT (SELECT account_id FROM interactions WHERE id = OLD.interaction_id), OLD.person_id, 'person'
    WHERE OLD.person_id IS NOT NULL;
END;
CREATE TRIGGER insights_interactions_update AFTER UPDATE OF occurred_at, account_id, is_private ON interactions BEGIN
  INSERT INTO insights_touched (account_id, person_id, what)
    SELECT OLD.account_id, person_id, 'person' FROM interaction_participants WHERE interaction_id = NEW.id AND person_id IS NOT NULL;
  INSERT INTO insights_touched (account_id, person_id, what)
    SELECT NEW.account_id, person_id, 'person' FROM interaction_participants WHERE interaction_id = NEW.id AND person_id IS NOT NULL;
END;
-- Before the cascade takes the participants, while the contact still names its account.
CREATE TRIGGER insights_interactions_delete BEFORE DELETE ON interactions BEGIN
  INSERT INTO insights_touched (account_id, person_id, what)
    SELECT OLD.account_id, person_id, 'person' FROM interaction_participants WHERE interaction_id = OLD.id AND person_id IS NOT NULL;
END;
CREATE TRIGGER insights_commitments_insert AFTER INSERT ON commitments BEGIN
  INSERT INTO insights_touched (account_id, person_id, what) VALUES (NEW.account_id, NULL, 'promises');
END;
CREATE TRIGGER insights_commitments_update AFTER UPDATE ON commitments BEGIN
  INSERT INTO insights_touched (account_id, person_id, what) VALUES (OLD.account_id, NULL, 'promises');
  INSERT INTO insights_touched (account_id, person_id, what) VALUES (NEW.account_id, NULL, 'promises');
END;
CREATE TRIGGER insights_commitments_delete AFTER DELETE ON commitments BEGIN
  INSERT INTO insights_touched (account_id, person_id, what) VALUES (OLD.account_id, NULL, 'promises');
END;
CREATE TRIGGER insights_relations_insert AFTER INSERT ON relations BEGIN
  INSERT INTO insights_touched (account_id, person_id, what) VALUES (NEW.account_id, NULL, 'lines');
END;
CREATE TRIGGER insights_relations_update AFTER UPDATE ON relations BEGIN
  INSERT INTO insights_touched (account_id, person_id, what) VALUES (OLD.account_id, NULL, 'lines');
  INSERT INTO insights_touched (account_id, person_id, what) VALUES (NEW.account_id, NULL, 'lines');
END;
CREATE TRIGGER insights_relations_delete AFTER DELETE ON relations BEGIN
  INSERT INTO insights_touched (account_id, person_id, what) VALUES (OLD.account_id, NULL, 'lines');
END;
CREATE TRIGGER insights_account_team_insert AFTER INSERT ON account_team BEGIN
  INSERT INTO insights_touched (account_id, person_id, what) VALUES (NEW.account_id, NULL, 'lines');
END;
CREATE TRIGGER insights_account_team_update AFTER UPDATE ON account_team BEGIN
  INSERT INTO insights_touched (account_id, person_id, what) VALUES (OLD.account_id, NULL, 'lines');
  INSERT INTO insights_touched (account_id, person_id, what) VALUES (NEW.account_id, NULL, 'lines');
END;
CREATE TRIGGER insights_account_team_delete AFTER DELETE ON account_team BEGIN
  INSERT INTO insights_touched (account_id, person_id, what) VALUES (OLD.account_id, NULL, 'lines');
END;
CREATE TRIGGER insights_team_members_insert AFTER INSERT ON team_members BEGIN
  INSERT INTO insights_touched (account_id, person_id, what) VALUES (NULL, NULL, 'all');
END;
CREATE TRIGGER insights_team_members_update AFTER UPDATE ON team_members BEGIN
  INSERT INTO insights_touched (account_id, person_id, what) VALUES (NULL, NULL, 'all');
  INSERT INTO insights_touched (account_id, person_id, what) VALUES (NULL, NULL, 'all');
END;
CREATE TRIGGER insights_team_members_delete AFTER DELETE ON team_members BEGIN
  INSERT INTO insights_touched (account_id, person_id, what) VALUES (NULL, NULL, 'all');
END;
CREATE TRIGGER insights_accounts_insert AFTER INSERT ON accounts BEGIN
  INSERT INTO insights_touched (account_id, person_id, what) VALUES (NEW.id, NULL, 'account');
END;
CREATE TRIGGER insights_accounts_update AFTER UPDATE ON accounts BEGIN
  INSERT INTO insights_touched (account_id, person_id, what) VALUES (OLD.id, NULL, 'account');
  INSERT INTO insights_touched (account_id, person_id, what) VALUES (NEW.id, NULL, 'account');
END;
CREATE TRIGGER insights_accounts_delete AFTER DELETE ON accounts BEGIN
  INSERT INTO insights_touched (account_id, person_id, what) VALUES (OLD.id, NULL, 'account');
END;
CREATE TRIGGER insights_maps_insert AFTER INSERT ON maps BEGIN
  INSERT INTO insights_touched (account_id, person_id, what) VALUES (NEW.account_id, NULL, 'account');
END;
CREATE TRIGGER insights_maps_update AFTER UPDATE ON maps BEGIN
  INSERT INTO insights_touched (account_id, person_id, what) VALUES (OLD.account_id, NULL, 'account');
  INSERT INTO insights_touched (account_id, person_id, what) VALUES (NEW.account_id, NULL, 'account');
END;
CREATE TRIGGER insights_maps_delete AFTER DELETE ON maps BEGIN
  INSERT INTO insights_touched (account_id, person_id, what) VALUES (OLD.account_id, NULL, 'account');
END;
CREATE TRIGGER insights_map_items_insert AFTER INSERT ON map_items BEGIN
  INSERT INTO insights_touched (account_id, person_id, what) VALUES ((SELECT account_id FROM maps WHERE id = NEW.map_id), NULL, 'account');
END;
CREATE TRIGGER insights_map_items_update AFTER UPDATE OF map_id, person_id, z ON map_items BEGIN
  INSERT INTO insights_touched (account_id, person_id, what) VALUES ((SELECT account_id FROM maps WHERE id = OLD.map_id), NULL, 'account');
  INSERT INTO insights_touched (account_id, person_id, what) VALUES ((SELECT account_id FROM maps WHERE id = NEW.map_id), NULL, 'account');
END;
CREATE TRIGGER insights_map_items_delete AFTER DELETE ON map_items BEGIN
  INSERT INTO insights_touched (account_id, person_id, what) VALUES ((SELECT account_id FROM maps WHERE id = OLD.map_id), NULL, 'account');
END;
CREATE TRIGGER insights_opportunity_assessments_insert AFTER INSERT ON opportunity_assessments BEGIN
  INSERT INTO insights_touched (account_id, person_id, what) VALUES ((SELECT account_id FROM people WHERE id = NEW.person_id), NULL, 'account');
END;
CREATE TRIGGER insights_opportunity_assessments_update AFTER UPDATE ON opportunity_assessments BEGIN
  INSERT INTO insights_touched (account_id, person_id, what) VALUES ((SELECT account_id FROM people WHERE id = OLD.person_id), NULL, 'account');
  INSERT INTO insights_touched (account_id, person_id, what) VALUES ((SELECT account_id FROM people WHERE id = NEW.person_id), NULL, 'account');
END;
CREATE TRIGGER insights_opportunity_assessments_delete AFTER DELETE ON opportunity_assessments BEGIN
  INSERT INTO insights_touched (account_id, person_id, what) VALUES ((SELECT account_id FROM people WHERE id = OLD.person_id), NULL, 'account');
END;
`;
