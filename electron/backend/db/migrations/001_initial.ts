/**
 * The whole domain of the method (docs/method.md), so later capabilities add screens rather than rewrites.
 * Codes are checked here as well as in the contract: the file may be opened by an older or
 * newer app, and the database must never hold a value the domain does not know.
 */
export default /* sql */ `
CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

CREATE TABLE accounts (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL CHECK (length(trim(name)) > 0),
  tier TEXT NOT NULL DEFAULT 'standard' CHECK (tier IN ('strategic','key','growth','standard')),
  stage TEXT NOT NULL DEFAULT 'exploration' CHECK (stage IN ('exploration','formation','stability','decline')),
  relationship_type TEXT NOT NULL DEFAULT 'transactional'
    CHECK (relationship_type IN ('transactional','preferred','partner','alliance')),
  potential INTEGER NOT NULL DEFAULT 3 CHECK (potential BETWEEN 1 AND 5),
  org_step TEXT NOT NULL DEFAULT 'communicate' CHECK (org_step IN ('communicate','align','ally','identify')),
  notes TEXT NOT NULL DEFAULT '',
  is_sample INTEGER NOT NULL DEFAULT 0 CHECK (is_sample IN (0,1)),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE competitors (
  id TEXT PRIMARY KEY,
  account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  name TEXT NOT NULL CHECK (length(trim(name)) > 0),
  notes TEXT NOT NULL DEFAULT '',
  UNIQUE (account_id, name)
) STRICT;

CREATE TABLE opportunities (
  id TEXT PRIMARY KEY,
  account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  name TEXT NOT NULL CHECK (length(trim(name)) > 0),
  status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open','won','lost','dropped')),
  amount REAL CHECK (amount IS NULL OR amount >= 0),
  close_date TEXT,
  notes TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX opportunities_account ON opportunities(account_id);

CREATE TABLE org_units (
  id TEXT PRIMARY KEY,
  account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  parent_id TEXT REFERENCES org_units(id) ON DELETE SET NULL,
  name TEXT NOT NULL CHECK (length(trim(name)) > 0),
  sort_order INTEGER NOT NULL DEFAULT 0,
  CHECK (parent_id IS NULL OR parent_id <> id)
) STRICT;
CREATE INDEX org_units_account ON org_units(account_id);

CREATE TABLE people (
  id TEXT PRIMARY KEY,
  account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  org_unit_id TEXT REFERENCES org_units(id) ON DELETE SET NULL,
  name TEXT NOT NULL DEFAULT '',
  title TEXT NOT NULL DEFAULT '',
  is_placeholder INTEGER NOT NULL DEFAULT 0 CHECK (is_placeholder IN (0,1)),
  role TEXT NOT NULL DEFAULT 'unknown'
    CHECK (role IN ('approver','decision_maker','evaluator','influencer','user','gatekeeper','coach','unknown')),
  influence INTEGER NOT NULL DEFAULT 3 CHECK (influence BETWEEN 1 AND 5),
  stance TEXT NOT NULL DEFAULT 'neutral' CHECK (stance IN ('opposed','skeptical','neutral','supportive','champion')),
  access INTEGER NOT NULL DEFAULT 0 CHECK (access BETWEEN 0 AND 4),
  progress TEXT NOT NULL DEFAULT 'none' CHECK (progress IN ('none','know','connect','trust','leverage')),
  layer TEXT NOT NULL DEFAULT 'key' CHECK (layer IN ('key','broad')),
  role_confidence TEXT NOT NULL DEFAULT 'guess' CHECK (role_confidence IN ('confirmed','believed','guess')),
  influence_confidence TEXT NOT NULL DEFAULT 'guess' CHECK (influence_confidence IN ('confirmed','believed','guess')),
  stance_confidence TEXT NOT NULL DEFAULT 'guess' CHECK (stance_confidence IN ('confirmed','believed','guess')),
  access_confidence TEXT NOT NULL DEFAULT 'guess' CHECK (access_confidence IN ('confirmed','believed','guess')),
  role_assessed_at TEXT,
  influence_assessed_at TEXT,
  stance_assessed_at TEXT,
  access_assessed_at TEXT,
  progress_assessed_at TEXT,
  competitor_id TEXT REFERENCES competitors(id) ON DELETE SET NULL,
  email TEXT NOT NULL DEFAULT '',
  phone TEXT NOT NULL DEFAULT '',
  mobile TEXT NOT NULL DEFAULT '',
  im_handle TEXT NOT NULL DEFAULT '',
  address TEXT NOT NULL DEFAULT '',
  birthday TEXT,
  interests TEXT NOT NULL DEFAULT '',
  family_notes TEXT NOT NULL DEFAULT '',
  private_notes TEXT NOT NULL DEFAULT '',
  cadence_days INTEGER CHECK (cadence_days IS NULL OR cadence_days > 0),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT,
  CHECK (is_placeholder = 1 OR length(trim(name)) > 0)
) STRICT;
CREATE INDEX people_account ON people(account_id) WHERE deleted_at IS NULL;

-- A person's role, influence and stance for one deal; NULL keeps the account-level value.
CREATE TABLE opportunity_assessments (
  opportunity_id TEXT NOT NULL REFERENCES opportunities(id) ON DELETE CASCADE,
  person_id TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
  role TEXT CHECK (role IN ('approver','decision_maker','evaluator','influencer','user','gatekeeper','coach','unknown')),
  influence INTEGER CHECK (influence BETWEEN 1 AND 5),
  stance TEXT CHECK (stance IN ('opposed','skeptical','neutral','supportive','champion')),
  assessed_at TEXT,
  PRIMARY KEY (opportunity_id, person_id)
) STRICT;

CREATE TABLE team_members (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL CHECK (length(trim(name)) > 0),
  title TEXT NOT NULL DEFAULT '',
  email TEXT NOT NULL DEFAULT '',
  is_me INTEGER NOT NULL DEFAULT 0 CHECK (is_me IN (0,1)),
  created_at TEXT NOT NULL
) STRICT;
CREATE UNIQUE INDEX team_members_one_me ON team_members(is_me) WHERE is_me = 1;

-- The virtual account team (002): who of ours works on which account, in which role.
CREATE TABLE account_team (
  account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  member_id TEXT NOT NULL REFERENCES team_members(id) ON DELETE CASCADE,
  role TEXT NOT NULL DEFAULT 'other'
    CHECK (role IN ('account_manager','executive_sponsor','technical_lead','service','other')),
  PRIMARY KEY (account_id, member_id)
) STRICT;

-- A line between two parties; each end is one of their people or one of our team.
CREATE TABLE relations (
  id TEXT PRIMARY KEY,
  account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('reports_to','influences','ally','rival','covers')),
  from_person_id TEXT REFERENCES people(id) ON DELETE CASCADE,
  from_member_id TEXT REFERENCES team_members(id) ON DELETE CASCADE,
  to_person_id TEXT REFERENCES people(id) ON DELETE CASCADE,
  to_member_id TEXT REFERENCES team_members(id) ON DELETE CASCADE,
  strength INTEGER NOT NULL DEFAULT 1 CHECK (strength BETWEEN 0 AND 3),
  label TEXT NOT NULL DEFAULT '',
  note TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK ((from_person_id IS NULL) <> (from_member_id IS NULL)),
  CHECK ((to_person_id IS NULL) <> (to_member_id IS NULL)),
  CHECK (from_person_id IS NULL OR to_person_id IS NULL OR from_person_id <> to_person_id),
  CHECK (kind <> 'covers' OR (from_member_id IS NOT NULL AND to_person_id IS NOT NULL AND strength <= 2)),
  CHECK (kind = 'covers' OR (from_person_id IS NOT NULL AND to_person_id IS NOT NULL))
) STRICT;
CREATE INDEX relations_account ON relations(account_id);
CREATE INDEX relations_from_person ON relations(from_person_id);
CREATE INDEX relations_to_person ON relations(to_person_id);

CREATE TABLE maps (
  id TEXT PRIMARY KEY,
  account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  opportunity_id TEXT REFERENCES opportunities(id) ON DELETE CASCADE,
  name TEXT NOT NULL CHECK (length(trim(name)) > 0),
  sort_order INTEGER NOT NULL DEFAULT 0,
  viewport TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX maps_account ON maps(account_id);

-- Free annotations for workshops; they live here, a map item places them.
CREATE TABLE map_notes (
  id TEXT PRIMARY KEY,
  account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  kind TEXT NOT NULL DEFAULT 'sticky' CHECK (kind IN ('sticky','text')),
  text TEXT NOT NULL DEFAULT '',
  color TEXT NOT NULL DEFAULT 'yellow',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

-- A map stores only layout: which entity appears where, its size and whether it is collapsed.
CREATE TABLE map_items (
  id TEXT PRIMARY KEY,
  map_id TEXT NOT NULL REFERENCES maps(id) ON DELETE CASCADE,
  person_id TEXT REFERENCES people(id) ON DELETE CASCADE,
  member_id TEXT REFERENCES team_members(id) ON DELETE CASCADE,
  org_unit_id TEXT REFERENCES org_units(id) ON DELETE CASCADE,
  note_id TEXT REFERENCES map_notes(id) ON DELETE CASCADE,
  x REAL NOT NULL DEFAULT 0,
  y REAL NOT NULL DEFAULT 0,
  width REAL CHECK (width IS NULL OR width > 0),
  height REAL CHECK (height IS NULL OR height > 0),
  collapsed INTEGER NOT NULL DEFAULT 0 CHECK (collapsed IN (0,1)),
  z INTEGER NOT NULL DEFAULT 0,
  CHECK ((person_id IS NOT NULL) + (member_id IS NOT NULL) + (org_unit_id IS NOT NULL) + (note_id IS NOT NULL) = 1)
) STRICT;
CREATE UNIQUE INDEX map_items_person ON map_items(map_id, person_id) WHERE person_id IS NOT NULL;
CREATE UNIQUE INDEX map_items_member ON map_items(map_id, member_id) WHERE member_id IS NOT NULL;
CREATE UNIQUE INDEX map_items_org_unit ON map_items(map_id, org_unit_id) WHERE org_unit_id IS NOT NULL;
CREATE UNIQUE INDEX map_items_note ON map_items(map_id, note_id) WHERE note_id IS NOT NULL;

CREATE TABLE interactions (
  id TEXT PRIMARY KEY,
  account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  occurred_at TEXT NOT NULL,
  scenario TEXT NOT NULL CHECK (scenario IN ('work_special','work_daily','private_special','private_daily')),
  channel TEXT NOT NULL DEFAULT 'meeting'
    CHECK (channel IN ('meeting','visit','call','email','message','meal','event','other')),
  summary TEXT NOT NULL DEFAULT '',
  notes TEXT NOT NULL DEFAULT '',
  is_private INTEGER NOT NULL DEFAULT 0 CHECK (is_private IN (0,1)),
  bank_effect INTEGER NOT NULL DEFAULT 0 CHECK (bank_effect BETWEEN -2 AND 2),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX interactions_account ON interactions(account_id, occurred_at);

CREATE TABLE interaction_participants (
  interaction_id TEXT NOT NULL REFERENCES interactions(id) ON DELETE CASCADE,
  person_id TEXT REFERENCES people(id) ON DELETE CASCADE,
  member_id TEXT REFERENCES team_members(id) ON DELETE CASCADE,
  CHECK ((person_id IS NULL) <> (member_id IS NULL)),
  UNIQUE (interaction_id, person_id, member_id)
) STRICT;
CREATE INDEX interaction_participants_person ON interaction_participants(person_id);

-- Who promised what to whom (003: 承诺要兑现、问题要闭环).
CREATE TABLE commitments (
  id TEXT PRIMARY KEY,
  account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  interaction_id TEXT REFERENCES interactions(id) ON DELETE SET NULL,
  description TEXT NOT NULL CHECK (length(trim(description)) > 0),
  by_person_id TEXT REFERENCES people(id) ON DELETE CASCADE,
  by_member_id TEXT REFERENCES team_members(id) ON DELETE CASCADE,
  to_person_id TEXT REFERENCES people(id) ON DELETE CASCADE,
  to_member_id TEXT REFERENCES team_members(id) ON DELETE CASCADE,
  due_date TEXT,
  state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open','kept','broken')),
  closed_at TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK ((by_person_id IS NULL) <> (by_member_id IS NULL))
) STRICT;
CREATE INDEX commitments_account ON commitments(account_id, state);

-- Account goals (person_id NULL) and relationship goals for one person.
CREATE TABLE goals (
  id TEXT PRIMARY KEY,
  account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  person_id TEXT REFERENCES people(id) ON DELETE CASCADE,
  title TEXT NOT NULL DEFAULT '',
  horizon TEXT CHECK (horizon IN ('3m','6m','12m')),
  target_stance TEXT CHECK (target_stance IN ('opposed','skeptical','neutral','supportive','champion')),
  target_access INTEGER CHECK (target_access BETWEEN 0 AND 4),
  target_progress TEXT CHECK (target_progress IN ('none','know','connect','trust','leverage')),
  due_date TEXT,
  status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open','achieved','dropped')),
  note TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX goals_account ON goals(account_id);

CREATE TABLE actions (
  id TEXT PRIMARY KEY,
  account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  goal_id TEXT REFERENCES goals(id) ON DELETE SET NULL,
  title TEXT NOT NULL CHECK (length(trim(title)) > 0),
  owner_member_id TEXT REFERENCES team_members(id) ON DELETE SET NULL,
  due_date TEXT,
  horizon TEXT CHECK (horizon IN ('3m','6m','12m')),
  status TEXT NOT NULL DEFAULT 'todo' CHECK (status IN ('todo','doing','done','dropped')),
  outcome TEXT NOT NULL DEFAULT '',
  source_insight TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX actions_account ON actions(account_id, status);

CREATE TABLE action_people (
  action_id TEXT NOT NULL REFERENCES actions(id) ON DELETE CASCADE,
  person_id TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
  PRIMARY KEY (action_id, person_id)
) STRICT;

-- The Evaluate step of APIE: what was reviewed and decided.
CREATE TABLE reviews (
  id TEXT PRIMARY KEY,
  account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  held_on TEXT NOT NULL,
  evaluated TEXT NOT NULL DEFAULT '',
  decided TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL
) STRICT;

CREATE TABLE tags (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL COLLATE NOCASE UNIQUE CHECK (length(trim(name)) > 0),
  color TEXT NOT NULL DEFAULT 'gray'
) STRICT;

CREATE TABLE person_tags (
  person_id TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
  tag_id TEXT NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
  PRIMARY KEY (person_id, tag_id)
) STRICT;

-- Append-only: the past of the fields that change over time, so the map can be shown as it was.
CREATE TABLE person_history (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  person_id TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
  opportunity_id TEXT REFERENCES opportunities(id) ON DELETE CASCADE,
  field TEXT NOT NULL CHECK (field IN ('role','influence','stance','access','progress')),
  old_value TEXT,
  new_value TEXT NOT NULL,
  changed_at TEXT NOT NULL,
  reason TEXT NOT NULL DEFAULT ''
);
CREATE INDEX person_history_person ON person_history(person_id, changed_at);
CREATE TRIGGER person_history_append_only BEFORE UPDATE ON person_history
BEGIN
  SELECT RAISE(ABORT, 'person_history is append-only');
END;

-- Account analysis sheet (001 appendix 1): one cell per party and dimension.
CREATE TABLE analysis_cells (
  id TEXT PRIMARY KEY,
  account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  party TEXT NOT NULL CHECK (party IN ('customer','us','competitor')),
  competitor_id TEXT REFERENCES competitors(id) ON DELETE CASCADE,
  dimension TEXT NOT NULL CHECK (dimension IN ('relationship_activity','capabilities_resources',
    'competitive_strategy','strengths_weaknesses','customer_view','cycle_change')),
  text TEXT NOT NULL DEFAULT '',
  updated_at TEXT NOT NULL,
  CHECK ((party = 'competitor') = (competitor_id IS NOT NULL))
) STRICT;
CREATE UNIQUE INDEX analysis_cells_cell ON analysis_cells(account_id, party, ifnull(competitor_id, ''), dimension);

-- Insights the user dismissed or snoozed, with the reason.
CREATE TABLE insight_states (
  account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  rule TEXT NOT NULL,
  subject TEXT NOT NULL DEFAULT '',
  state TEXT NOT NULL CHECK (state IN ('dismissed','snoozed')),
  until TEXT,
  reason TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  PRIMARY KEY (account_id, rule, subject)
) STRICT;
`;
