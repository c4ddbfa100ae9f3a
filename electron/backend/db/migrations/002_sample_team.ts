/**
 * Team members are global (our own people, across accounts), so the made-up team of a sample
 * account could not be told from the real one: deleting the sample left strangers in the user's
 * team. A member created for a sample now names its account and goes when that account goes
 * (their account-team places, covers lines and map places cascade from the member).
 */
export default /* sql */ `
ALTER TABLE team_members ADD COLUMN sample_account_id TEXT REFERENCES accounts(id) ON DELETE CASCADE;
CREATE INDEX team_members_sample_account ON team_members(sample_account_id) WHERE sample_account_id IS NOT NULL;
`;
