import type { Db } from '../db/connection';
import { getAccount } from './accounts';

/**
 * People as vCard 4.0 (RFC 6350), the format Outlook, Apple Contacts and Google Contacts all
 * read: name, organisation and department, title, email, phones, address and tags. Personal
 * details (birthday, interests, family, private notes) go in only when `includePrivate` is set,
 * and are read from whatever connection the caller passes: the public one has none of them.
 */
export interface VcardInput {
  accountId: string;
  /** The people to write; every person of the account when left out. */
  personIds?: readonly string[];
  includePrivate: boolean;
  language?: 'en' | 'zh-CN';
}

interface PersonRow {
  id: string;
  name: string;
  title: string;
  unit: string | null;
  email: string;
  phone: string;
  mobile: string;
  im_handle: string;
  address: string;
  birthday: string | null;
  interests: string;
  family_notes: string;
  private_notes: string;
  updated_at: string;
  tags: string;
}

const NOTE_LABELS = {
  en: { interests: 'Interests', family: 'Family' },
  'zh-CN': { interests: '兴趣爱好', family: '家庭' },
} as const;

/** Two-character surnames, so 欧阳娜娜 is 欧阳 + 娜娜 rather than 欧 + 阳娜娜. */
const COMPOUND_SURNAMES = [
  '欧阳',
  '司马',
  '上官',
  '诸葛',
  '东方',
  '皇甫',
  '尉迟',
  '公孙',
  '慕容',
  '长孙',
  '宇文',
  '司徒',
  '夏侯',
  '令狐',
  '独孤',
  '南宫',
  '西门',
  '端木',
  '轩辕',
  '呼延',
];
const CJK = /^[\u3400-\u9fff\uf900-\ufaff]+$/u;

/** Family and given name: a Chinese name without a space is split after its surname; others at the last space. */
export function splitName(name: string): { family: string; given: string } {
  const trimmed = name.trim();
  if (CJK.test(trimmed)) {
    const surname =
      COMPOUND_SURNAMES.find((s) => trimmed.startsWith(s) && trimmed.length > s.length) ?? trimmed.slice(0, 1);
    return trimmed.length > 1
      ? { family: surname, given: trimmed.slice(surname.length) }
      : { family: trimmed, given: '' };
  }
  const at = trimmed.lastIndexOf(' ');
  return at < 0
    ? { family: '', given: trimmed }
    : { family: trimmed.slice(at + 1), given: trimmed.slice(0, at).trim() };
}

/** A text value: backslash, comma, semicolon and line breaks escaped (RFC 6350 §3.4). */
export const escapeText = (value: string): string =>
  value
    .replace(/\\/g, '\\\\')
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(/,/g, '\\,')
    .replace(/;/g, '\\;');

/** Folds a content line at 75 octets without cutting a UTF-8 character (RFC 6350 §3.2). */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    // The first line has 75 octets; each continuation loses one to its leading space.
    if (octets + size > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** `2027-02-23T09:30:00.000Z` → `20270223T093000Z`. */
const timestamp = (iso: string): string => iso.replace(/\.\d+/, '').replace(/[-:]/g, '');

function card(person: PersonRow, organisation: string, input: VcardInput): string {
  const { family, given } = splitName(person.name);
  const lines: string[] = [
    'BEGIN:VCARD',
    'VERSION:4.0',
    'PRODID:-//Powermap//Powermap//EN',
    `UID:urn:uuid:${person.id}`,
    `FN:${escapeText(person.name.trim() || person.title.trim() || '?')}`,
    `N:${escapeText(family)};${escapeText(given)};;;`,
    `ORG:${escapeText(organisation)}${person.unit ? `;${escapeText(person.unit)}` : ''}`,
  ];
  if (person.title) lines.push(`TITLE:${escapeText(person.title)}`);
  if (person.email) lines.push(`EMAIL;TYPE=work:${escapeText(person.email)}`);
  if (person.phone) lines.push(`TEL;VALUE=text;TYPE=work,voice:${escapeText(person.phone)}`);
  if (person.mobile) lines.push(`TEL;VALUE=text;TYPE=cell:${escapeText(person.mobile)}`);
  if (person.im_handle && /^[a-z][a-z0-9+.-]*:/i.test(person.im_handle)) lines.push(`IMPP:${person.im_handle}`);
  if (person.address) lines.push(`ADR;TYPE=work:;;${escapeText(person.address)};;;;`);
  const tags = (JSON.parse(person.tags) as (string | null)[])
    .filter((tag): tag is string => !!tag)
    .sort((a, b) => a.localeCompare(b));
  if (tags.length > 0) lines.push(`CATEGORIES:${tags.map(escapeText).join(',')}`);
  if (input.includePrivate) {
    if (person.birthday) lines.push(`BDAY;VALUE=date:${person.birthday.replace(/-/g, '')}`);
    const labels = NOTE_LABELS[input.language ?? 'en'];
    const note = [
      person.private_notes.trim(),
      person.interests.trim() && `${labels.interests}: ${person.interests.trim()}`,
      person.family_notes.trim() && `${labels.family}: ${person.family_notes.trim()}`,
    ].filter(Boolean);
    if (note.length > 0) lines.push(`NOTE:${escapeText(note.join('\n\n'))}`);
  }
  lines.push(`REV:${timestamp(person.updated_at)}`, 'END:VCARD');
  return lines.map(foldLine).join('\r\n');
}

/** The chosen people of one account (people in the bin aside) as one .vcf text, in name order. */
export function exportVcards(db: Db, input: VcardInput): { text: string; count: number } {
  const account = getAccount(db, input.accountId);
  const rows = db
    .prepare(
      `SELECT p.id, p.name, p.title, u.name AS unit, p.email, p.phone, p.mobile, p.im_handle, p.address,
         p.birthday, p.interests, p.family_notes, p.private_notes, p.updated_at,
         (SELECT json_group_array(t.name) FROM person_tags pt JOIN tags t ON t.id = pt.tag_id WHERE pt.person_id = p.id) AS tags
       FROM people p LEFT JOIN org_units u ON u.id = p.org_unit_id
       WHERE p.account_id = ? AND p.deleted_at IS NULL
         AND (? IS NULL OR p.id IN (SELECT value FROM json_each(?)))
       ORDER BY p.name COLLATE NOCASE, p.id`,
    )
    .all(input.accountId, input.personIds ? 1 : null, JSON.stringify(input.personIds ?? [])) as PersonRow[];
  const text = rows.map((person) => card(person, account.name, input)).join('\r\n');
  return { text: text ? `${text}\r\n` : '', count: rows.length };
}
