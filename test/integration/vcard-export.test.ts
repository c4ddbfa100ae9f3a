/**
 * vCards as an address book reads them: 4.0, one card per person, Chinese names split into
 * family and given name, folded lines that never cut a character, and personal details only
 * when the user ticked them (and never from a shared screen).
 */
import { describe, expect, it } from 'vitest';
import { splitName, foldLine } from '../../electron/backend/services/vcardExport';
import { callOk, startTempBackend } from '../helpers/tempDb';

/** Unfolds lines as a reader does (RFC 6350 §3.2) and splits the cards. */
function cards(text: string): string[][] {
  const lines = text
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter(Boolean);
  const out: string[][] = [];
  for (const line of lines) {
    if (line === 'BEGIN:VCARD') out.push([]);
    out.at(-1)?.push(line);
  }
  return out;
}

function seeded() {
  const { backend } = startTempBackend();
  const call = <M extends Parameters<typeof callOk>[1]>(method: M, input: Parameters<typeof callOk<M>>[2]) =>
    callOk(backend.dispatch, method, input);
  const account = call('accounts.create', { name: '恒达汽车零部件' });
  const unit = call('orgUnits.create', { accountId: account.id, name: '采购部' });
  const wang = call('people.create', { accountId: account.id, name: '王建国', title: '采购总监, 华东区' });
  call('people.update', {
    id: wang.id,
    patch: {
      orgUnitId: unit.id,
      email: 'wang.jianguo@hengda.example',
      phone: '+86 21 5555 0100',
      mobile: '+86 139 0000 0000',
      privateNotes: '喜欢打羽毛球；女儿在读高三 PRIVATE',
      birthday: '1975-08-09',
    },
  });
  call('people.setTags', { personId: wang.id, names: ['决策链', 'Steering; board'] });
  const anna = call('people.create', { accountId: account.id, name: 'Anna Maria Schmidt', title: 'CFO' });
  return { backend, call, accountId: account.id, wang: wang.id, anna: anna.id };
}

describe('vCard export', () => {
  it('writes one vCard 4.0 per chosen person with name, organisation, title, email, phones and tags', () => {
    const { call, accountId, wang, anna } = seeded();
    const result = call('exports.vcard', { accountId, personIds: [wang, anna], includePrivate: false });
    expect(result.count).toBe(2);
    expect(result.text.endsWith('\r\n')).toBe(true);
    const [first, second] = cards(result.text);
    expect(first).toEqual(
      expect.arrayContaining([
        'VERSION:4.0',
        'FN:Anna Maria Schmidt',
        'N:Schmidt;Anna Maria;;;',
        'ORG:恒达汽车零部件',
        'TITLE:CFO',
      ]),
    );
    expect(second).toEqual(
      expect.arrayContaining([
        'FN:王建国',
        'N:王;建国;;;',
        'ORG:恒达汽车零部件;采购部',
        'TITLE:采购总监\\, 华东区',
        'EMAIL;TYPE=work:wang.jianguo@hengda.example',
        'TEL;VALUE=text;TYPE=work,voice:+86 21 5555 0100',
        'TEL;VALUE=text;TYPE=cell:+86 139 0000 0000',
        'CATEGORIES:Steering\\; board,决策链',
      ]),
    );
    expect(result.text).not.toContain('PRIVATE');
    expect(result.text).not.toContain('BDAY');
  });

  it('adds personal details only when asked, and never in the public scope', () => {
    const { backend, call, accountId, wang } = seeded();
    const owner = call('exports.vcard', { accountId, personIds: [wang], includePrivate: true, language: 'zh-CN' });
    const [card] = cards(owner.text);
    expect(card).toContain('BDAY;VALUE=date:19750809');
    expect(card).toContain('NOTE:喜欢打羽毛球；女儿在读高三 PRIVATE');
    const shared = backend.dispatch('exports.vcard', { accountId, includePrivate: true }, 'public');
    expect(shared.ok && !JSON.stringify(shared.result).includes('PRIVATE')).toBe(true);
    expect(shared.ok && !JSON.stringify(shared.result).includes('BDAY')).toBe(true);
  });

  it('folds long lines at 75 octets without cutting a character', () => {
    const line = `NOTE:${'采购流程很长'.repeat(20)}`;
    const folded = foldLine(line).split('\r\n');
    expect(folded.length).toBeGreaterThan(1);
    for (const part of folded) expect(Buffer.byteLength(part, 'utf8')).toBeLessThanOrEqual(75);
    expect(folded.map((part, i) => (i === 0 ? part : part.slice(1))).join('')).toBe(line);
  });

  it('splits names as an address book expects', () => {
    expect(splitName('欧阳娜娜')).toEqual({ family: '欧阳', given: '娜娜' });
    expect(splitName('李娜')).toEqual({ family: '李', given: '娜' });
    expect(splitName('Wang Jianguo')).toEqual({ family: 'Jianguo', given: 'Wang' });
    expect(splitName('Cher')).toEqual({ family: '', given: 'Cher' });
  });
});
