import iconv from 'iconv-lite';
import { VCARD_COLUMNS } from './presets';
import type { Table } from './table';

interface Property {
  name: string;
  params: Map<string, string[]>;
  value: string;
}

/** Whether the text is a vCard file (one or more BEGIN:VCARD … END:VCARD). */
export function isVCard(text: string): boolean {
  return /^\s*BEGIN:VCARD\s*$/im.test(text.slice(0, 2000));
}

/**
 * Logical lines of a vCard file: folded lines (a continuation starts with a space or tab, all
 * versions) are joined, and so are QUOTED-PRINTABLE soft line breaks (a line ending in "=", 2.1).
 */
function logicalLines(text: string): string[] {
  const physical = text.split(/\r\n|\n|\r/);
  const lines: string[] = [];
  for (const line of physical) {
    const previous = lines.length - 1;
    if (previous >= 0 && /^[ \t]/.test(line)) {
      lines[previous] += line.slice(1);
    } else if (previous >= 0 && isSoftBroken(lines[previous]!)) {
      lines[previous] = lines[previous]!.slice(0, -1) + line;
    } else {
      lines.push(line);
    }
  }
  return lines.filter((line) => line.trim());
}

function isSoftBroken(line: string): boolean {
  const colon = line.indexOf(':');
  return colon > 0 && /QUOTED-PRINTABLE/i.test(line.slice(0, colon)) && line.endsWith('=');
}

function parseProperty(line: string): Property | null {
  const colon = line.indexOf(':');
  if (colon <= 0) return null;
  const [rawName, ...rawParams] = line.slice(0, colon).split(';');
  // "item1.EMAIL" (Apple's and Google's groups): the group only ties properties together.
  const name = rawName!.replace(/^[^.]*\./, '').toUpperCase();
  const params = new Map<string, string[]>();
  for (const param of rawParams) {
    const equals = param.indexOf('=');
    // vCard 2.1 writes bare types: "TEL;WORK;VOICE".
    const key = equals < 0 ? 'TYPE' : param.slice(0, equals).toUpperCase();
    const values = (equals < 0 ? param : param.slice(equals + 1)).replace(/^"|"$/g, '').split(',');
    params.set(key, [...(params.get(key) ?? []), ...values.map((value) => value.toUpperCase())]);
  }
  return { name, params, value: line.slice(colon + 1) };
}

function decodeQuotedPrintable(value: string, charset: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < value.length; i++) {
    const char = value[i]!;
    if (char === '=' && /^[0-9A-F]{2}$/i.test(value.slice(i + 1, i + 3))) {
      bytes.push(parseInt(value.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      for (const byte of Buffer.from(char, 'utf8')) bytes.push(byte);
    }
  }
  const encoding = iconv.encodingExists(charset) ? charset : 'utf-8';
  return iconv.decode(Buffer.from(bytes), encoding);
}

/** The property's text: QUOTED-PRINTABLE decoded in its CHARSET, 3.0/4.0 escapes undone. */
function textOf(property: Property): string {
  const encoding =
    property.params.get('ENCODING')?.[0] ??
    (property.params.get('TYPE')?.includes('QUOTED-PRINTABLE') ? 'QUOTED-PRINTABLE' : '');
  const charset = property.params.get('CHARSET')?.[0] ?? 'UTF-8';
  return encoding === 'QUOTED-PRINTABLE' ? decodeQuotedPrintable(property.value, charset) : property.value;
}

/** Splits a structured value (N, ORG) on unescaped semicolons and undoes the escapes. */
function components(value: string): string[] {
  const parts: string[] = [''];
  for (let i = 0; i < value.length; i++) {
    const char = value[i]!;
    if (char === '\\' && i + 1 < value.length) {
      const next = value[++i]!;
      parts[parts.length - 1] += next === 'n' || next === 'N' ? '\n' : next;
    } else if (char === ';') parts.push('');
    else parts[parts.length - 1] += char;
  }
  return parts.map((part) => part.trim());
}

const unescape = (value: string): string => components(value.replace(/;/g, '\\;')).join('');

/** Each card of the file as a row under VCARD_COLUMNS; photos, logos and sounds are left out. */
export function parseVCards(text: string): Table {
  const columns = Object.values(VCARD_COLUMNS);
  const rows: string[][] = [];
  let card: Property[] | null = null;
  for (const line of logicalLines(text)) {
    const property = parseProperty(line);
    if (!property) continue;
    if (property.name === 'BEGIN' && property.value.trim().toUpperCase() === 'VCARD') card = [];
    else if (property.name === 'END' && card) {
      rows.push(rowOf(card));
      card = null;
    } else if (card && !['PHOTO', 'LOGO', 'SOUND', 'KEY'].includes(property.name)) card.push(property);
  }
  return { columns, rows: rows.filter((row) => row.some((cell) => cell)) };

  function rowOf(properties: Property[]): string[] {
    const first = (name: string) => properties.find((p) => p.name === name);
    const all = (name: string) => properties.filter((p) => p.name === name);
    const n = first('N') ? components(textOf(first('N')!)) : [];
    const org = first('ORG') ? components(textOf(first('ORG')!)) : [];
    const phones = all('TEL');
    const isMobile = (p: Property) =>
      p.params.get('TYPE')?.some((type) => type === 'CELL' || type === 'MOBILE') ?? false;
    const mobile = phones.find(isMobile);
    const phone = phones.find((p) => !isMobile(p) && !p.params.get('TYPE')?.includes('FAX')) ?? null;
    const value = (p: Property | null | undefined) => (p ? unescape(textOf(p)).replace(/^tel:/i, '').trim() : '');
    const email = all('EMAIL');
    const preferred = email.find((p) => p.params.get('TYPE')?.includes('PREF') || p.params.get('PREF')) ?? email[0];
    const cells: Record<keyof typeof VCARD_COLUMNS, string> = {
      name: value(first('FN')),
      givenName: n[1] ?? '',
      familyName: n[0] ?? '',
      title: value(first('TITLE')) || value(first('ROLE')),
      department: org.slice(1).filter(Boolean).join(' / '),
      email: value(preferred),
      phone: value(phone),
      mobile: value(mobile),
      tags: first('CATEGORIES') ? components(textOf(first('CATEGORIES')!)).join(',') : '',
      notes: value(first('NOTE')),
    };
    return (Object.keys(VCARD_COLUMNS) as (keyof typeof VCARD_COLUMNS)[]).map((key) => cells[key]);
  }
}
