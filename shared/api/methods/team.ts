import { z } from 'zod';
import { AccountTeamEntry, Email, Id, JobTitle, MapItem, Name, Relation, TeamMember, TeamRole } from '../entities';
import { Empty, MAX_BATCH, Position, read, write } from './common';

/** Everything deleting a member took away; team.restore puts it all back. */
export const TeamMemberRemoval = z
  .object({
    member: TeamMember.strict(),
    accountTeam: z.array(AccountTeamEntry.strict()).max(MAX_BATCH),
    relations: z.array(Relation.strict()).max(MAX_BATCH),
    items: z.array(MapItem.strict()).max(MAX_BATCH),
  })
  .strict();
export type TeamMemberRemoval = z.infer<typeof TeamMemberRemoval>;

const MemberPatch = z.object({ name: Name, title: JobTitle, email: Email, isMe: z.boolean() }).partial().strict();
const AccountMember = z.object({ accountId: Id, memberId: Id }).strict();

export const teamMethods = {
  'team.list': read(Empty, z.array(TeamMember), ['team_members']),
  'team.create': write(
    z
      .object({
        id: Id.optional(),
        name: Name,
        title: JobTitle.optional(),
        email: Email.optional(),
        /** At most one member is "me"; setting it moves the mark from whoever had it. */
        isMe: z.boolean().optional(),
        /** Also places the new member on a map, in the same transaction (team.delete undoes both). */
        placeOn: z.object({ mapId: Id, itemId: Id.optional(), position: Position }).strict().optional(),
      })
      .strict(),
    TeamMember,
    ['team_members'],
  ),
  'team.update': write(z.object({ id: Id, patch: MemberPatch }).strict(), TeamMember, ['team_members']),
  /** Deletes the member with their account-team places, covers lines and map places; returns them all. */
  'team.delete': write(z.object({ id: Id }).strict(), TeamMemberRemoval, ['account_team', 'relations', 'team_members']),
  'team.restore': write(TeamMemberRemoval, TeamMember, ['account_team', 'relations', 'team_members']),

  'accountTeam.list': read(z.object({ accountId: Id }).strict(), z.array(AccountTeamEntry), [
    'account_team',
    'accounts',
    'team_members',
  ]),
  /** Adds the member to the account's team or changes their role; returns the entry before (null if new). */
  'accountTeam.set': write(
    AccountMember.extend({ role: TeamRole }).strict(),
    z.object({ entry: AccountTeamEntry, previous: AccountTeamEntry.nullable() }),
    ['account_team'],
  ),
  /** Takes the member off the account's team (their covers lines stay); returns the entry removed. */
  'accountTeam.remove': write(AccountMember, AccountTeamEntry, ['account_team']),
} as const;
