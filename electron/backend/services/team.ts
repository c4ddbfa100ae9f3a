import type { TeamMember } from '../../../shared/api/entities';
import type { ParsedInputOf } from '../../../shared/api/contract';
import type { TeamMemberRemoval } from '../../../shared/api/methods/team';
import type { Db } from '../db/connection';
import { bool, invalid, mustExist, newId, nowIso } from './common';
import { getAccount } from './accounts';
import { insertItem, itemsWhere, placeItems } from './mapItems';
import { insertRelationRow, RELATION_COLUMNS } from './relations';
import type { Relation } from '../../../shared/api/entities';

const MEMBER_COLUMNS = `m.id, m.name, m.title, m.email, m.is_me AS isMe, m.sample_account_id AS sampleAccountId,
  m.created_at AS createdAt`;

type MemberRow = Omit<TeamMember, 'isMe'> & { isMe: number };
const toMember = (row: MemberRow): TeamMember => ({ ...row, isMe: bool(row.isMe) });

export function membersWhere(db: Db, from: string, ...params: unknown[]): TeamMember[] {
  return (db.prepare(`SELECT ${MEMBER_COLUMNS} FROM ${from}`).all(...params) as MemberRow[]).map(toMember);
}

export function getMember(db: Db, id: string): TeamMember {
  return mustExist(membersWhere(db, 'team_members m WHERE m.id = ?', id)[0], 'Team member', id);
}

/** A member who may work on the account: any real member, or a sample member of that very account. */
export function memberForAccount(db: Db, id: string, accountId: string, path: string): TeamMember {
  const member = getMember(db, id);
  if (member.sampleAccountId && member.sampleAccountId !== accountId) {
    invalid(path, 'sample_member', 'That team member belongs to a sample account');
  }
  return member;
}

/** Our whole team: me first, then by name. */
export function listTeam(db: Db): TeamMember[] {
  return membersWhere(db, 'team_members m ORDER BY m.is_me DESC, m.name COLLATE NOCASE, m.created_at');
}

/** At most one member is "me": marking one takes the mark from whoever had it. */
function takeMeMark(db: Db): void {
  db.prepare('UPDATE team_members SET is_me = 0 WHERE is_me = 1').run();
}

export function createMember(db: Db, input: ParsedInputOf<'team.create'>): TeamMember {
  const id = input.id ?? newId();
  db.transaction(() => {
    if (input.isMe) takeMeMark(db);
    db.prepare(`INSERT INTO team_members (id, name, title, email, is_me, created_at) VALUES (?, ?, ?, ?, ?, ?)`).run(
      id,
      input.name,
      input.title ?? '',
      input.email ?? '',
      Number(input.isMe ?? false),
      nowIso(),
    );
    if (input.placeOn) {
      const { mapId, itemId, position } = input.placeOn;
      placeItems(db, { mapId, items: [{ id: itemId, memberId: id, ...position }] });
    }
  })();
  return getMember(db, id);
}

export function updateMember(db: Db, { id, patch }: ParsedInputOf<'team.update'>): TeamMember {
  return db.transaction(() => {
    const next = { ...getMember(db, id), ...patch };
    if (patch.isMe) takeMeMark(db);
    db.prepare('UPDATE team_members SET name = ?, title = ?, email = ?, is_me = ? WHERE id = ?').run(
      next.name,
      next.title,
      next.email,
      Number(next.isMe),
      id,
    );
    return getMember(db, id);
  })();
}

/** Deletes the member with their account-team places, covers lines and map places, and returns them all. */
export function deleteMember(db: Db, id: string): TeamMemberRemoval {
  return db.transaction(() => {
    const removal: TeamMemberRemoval = {
      member: getMember(db, id),
      accountTeam: db
        .prepare(
          `SELECT account_id AS accountId, member_id AS memberId, role FROM account_team WHERE member_id = ? ORDER BY rowid`,
        )
        .all(id) as TeamMemberRemoval['accountTeam'],
      relations: db
        .prepare(
          `SELECT ${RELATION_COLUMNS} FROM relations r WHERE r.from_member_id = @id OR r.to_member_id = @id ORDER BY r.rowid`,
        )
        .all({ id }) as Relation[],
      items: itemsWhere(db, 'i.member_id = ?', id),
    };
    db.prepare('DELETE FROM team_members WHERE id = ?').run(id);
    return removal;
  })();
}

/** Undoes team.delete from what it returned, in one transaction. */
export function restoreMember(db: Db, removal: TeamMemberRemoval): TeamMember {
  const { member } = removal;
  return db.transaction(() => {
    if (member.sampleAccountId) getAccount(db, member.sampleAccountId);
    if (member.isMe) takeMeMark(db);
    db.prepare(
      `INSERT INTO team_members (id, name, title, email, is_me, sample_account_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      member.id,
      member.name,
      member.title,
      member.email,
      Number(member.isMe),
      member.sampleAccountId,
      member.createdAt,
    );
    const join = db.prepare('INSERT INTO account_team (account_id, member_id, role) VALUES (?, ?, ?)');
    removal.accountTeam.forEach((entry, index) => {
      if (entry.memberId !== member.id)
        invalid(`accountTeam.${index}.memberId`, 'does_not_belong', 'Not this member’s entry');
      join.run(entry.accountId, member.id, entry.role);
    });
    const now = nowIso();
    removal.relations.forEach((relation, index) => {
      if (relation.fromMemberId !== member.id && relation.toMemberId !== member.id) {
        invalid(`relations.${index}`, 'does_not_belong', 'Not a line of this member');
      }
      insertRelationRow(db, relation, now);
    });
    removal.items.forEach((item, index) => {
      if (item.memberId !== member.id || item.personId || item.orgUnitId || item.noteId) {
        invalid(`items.${index}`, 'does_not_belong', 'Not a map place of this member');
      }
      insertItem(db, item);
    });
    return getMember(db, member.id);
  })();
}
