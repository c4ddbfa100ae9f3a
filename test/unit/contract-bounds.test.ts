import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contract } from '../../shared/api/contract';
import { Instant, IsoDate, LongText, Name } from '../../shared/api/entities';
import { ApiError } from '../../shared/api/errors';
import type { InputIssue } from '../../shared/api/issues';
import { TEXT_LIMITS } from '../../shared/api/text';
import { issuesOf, parseCall } from '../../shared/api/validate';
import { bagOf, children, defOf, INPUTS, leavesOf, unwrap } from '../helpers/contractSchemas';

const id = (): string => randomUUID();

function issuesFor(method: string, input: unknown): InputIssue[] {
  try {
    parseCall(method, input);
  } catch (error) {
    expect(error).toBeInstanceOf(ApiError);
    return (error as ApiError).issues;
  }
  return [];
}

/** The problems found at one path, in order. */
const problemsAt = (method: string, input: unknown, path: string): string[] =>
  issuesFor(method, input)
    .filter((issue) => issue.path === path)
    .map((issue) => issue.problem);

describe('dates lie in 1900-01-01 … 2200-12-31 and are days the calendar has', () => {
  it.each([['1900-01-01'], ['2200-12-31'], ['2024-02-29'], ['2000-02-29']])('accepts %s', (date) => {
    expect(issuesOf(IsoDate, date)).toEqual([]);
  });

  it.each([
    ['9999-12-31', 'date_out_of_range'],
    ['0000-01-01', 'date_out_of_range'],
    ['1899-12-31', 'date_out_of_range'],
    ['2201-01-01', 'date_out_of_range'],
    ['2099-13-45', 'not_a_date'],
    ['2023-02-29', 'not_a_date'],
    ['1900-02-29', 'not_a_date'],
    ['2024-1-5', 'not_a_date'],
    ['', 'not_a_date'],
    ['2024-05-01T00:00:00Z', 'not_a_date'],
  ])('refuses %s as %s, with one issue', (date, problem) => {
    expect(issuesOf(IsoDate, date).map((issue) => issue.problem)).toEqual([problem]);
  });

  it('says the span in the issue, for a message that names it', () => {
    expect(issuesOf(IsoDate, '1899-01-01')[0]).toMatchObject({
      problem: 'date_out_of_range',
      params: { min: '1900-01-01', max: '2200-12-31' },
      message: 'Dates lie between 1900-01-01 and 2200-12-31.',
    });
  });

  it.each([
    ['9999-12-31T23:59:59Z', 'date_out_of_range'],
    ['0000-01-01T00:00:00Z', 'date_out_of_range'],
    ['1899-12-31T00:00:00Z', 'date_out_of_range'],
    ['2201-01-01T12:00:00Z', 'date_out_of_range'],
    ['2099-13-45T00:00:00Z', 'not_an_instant'],
    ['2024-05-01T09:00:00', 'not_an_instant'],
    ['2024-05-01', 'not_an_instant'],
  ])('refuses the instant %s as %s', (instant, problem) => {
    expect(issuesOf(Instant, instant).map((issue) => issue.problem)).toEqual([problem]);
  });

  it.each([
    ['1900-01-01T00:00:00Z'],
    // Midnight at the start of the span in Beijing is still 1899 in UTC: the day the user lived counts.
    ['1900-01-01T00:00:00+08:00'],
    ['2200-12-31T23:59:59.999Z'],
    ['2200-12-31T23:00:00-05:00'],
    ['2027-02-23T09:30:00+08:00'],
  ])('accepts the instant %s', (instant) => {
    expect(issuesOf(Instant, instant)).toEqual([]);
  });

  it('every date and instant field of every method refuses 9999-12-31 and 2099-13-45', () => {
    const checked: string[] = [];
    for (const { method, schema } of INPUTS) {
      for (const leaf of leavesOf(schema)) {
        const format = bagOf(leaf.schema).format;
        if (format !== 'date' && format !== 'datetime') continue;
        const [far, impossible] =
          format === 'date' ? ['9999-12-31', '2099-13-45'] : ['9999-12-31T23:59:59Z', '2099-13-45T00:00:00Z'];
        expect(
          issuesOf(leaf.schema, far).map((issue) => issue.problem),
          `${method} ${leaf.path}`,
        ).toEqual(['date_out_of_range']);
        expect(issuesOf(leaf.schema, impossible).length, `${method} ${leaf.path}`).toBe(1);
        checked.push(`${method} ${leaf.path}`);
      }
    }
    expect(checked).toContain('interactions.create occurredAt');
    expect(checked).toContain('people.update patch.birthday');
    expect(checked).toContain('actions.create dueDate');
    expect(checked.length).toBeGreaterThan(30);
  });

  it('refuses the reported inputs through the real methods', () => {
    const accountId = id();
    expect(
      problemsAt(
        'interactions.create',
        { accountId, occurredAt: '9999-12-31T23:59:59Z', personIds: [id()] },
        'occurredAt',
      ),
    ).toEqual(['date_out_of_range']);
    expect(problemsAt('reviews.create', { accountId, heldOn: '0000-01-01' }, 'heldOn')).toEqual(['date_out_of_range']);
    expect(problemsAt('actions.create', { accountId, title: 'Call', dueDate: '1899-01-01' }, 'dueDate')).toEqual([
      'date_out_of_range',
    ]);
    expect(problemsAt('people.update', { id: id(), patch: { birthday: '2099-13-45' } }, 'patch.birthday')).toEqual([
      'not_a_date',
    ]);
  });
});

describe('every text has a length limit and refuses control characters', () => {
  it('every string of every input but the search text has a maximum length', () => {
    const unbounded = INPUTS.flatMap(({ method, schema }) =>
      leavesOf(schema)
        .filter((leaf) => leaf.def.type === 'string' && !leaf.transformed)
        .filter((leaf) => bagOf(leaf.schema).maximum === undefined && bagOf(leaf.schema).format === undefined)
        .map((leaf) => `${method} ${leaf.path}`),
    );
    expect(unbounded).toEqual([]);
  });

  it('every list of every input has a maximum length', () => {
    const unbounded: string[] = [];
    const visit = (method: string, schema: Parameters<typeof unwrap>[0], path: string) => {
      const { inner } = unwrap(schema);
      if (defOf(inner).type === 'array' && bagOf(inner).maximum === undefined) unbounded.push(`${method} ${path}`);
      for (const part of children(inner)) visit(method, part.schema, `${path}.${part.key}`);
    };
    for (const { method, schema } of INPUTS) visit(method, schema, '');
    expect(unbounded).toEqual([]);
  });

  it('every string of every input but the search text refuses NUL', () => {
    const accepting = INPUTS.flatMap(({ method, schema }) =>
      leavesOf(schema)
        .filter((leaf) => leaf.def.type === 'string' && !leaf.transformed)
        .filter((leaf) => issuesOf(leaf.schema, 'a\u0000b').length === 0)
        .map((leaf) => `${method} ${leaf.path}`),
    );
    expect(accepting).toEqual([]);
  });

  it('a name is at most 200 characters and not blank', () => {
    expect(issuesOf(Name, 'x'.repeat(TEXT_LIMITS.name))).toEqual([]);
    expect(issuesOf(Name, 'x'.repeat(10_000))).toEqual([
      { path: '', problem: 'too_long', params: { max: 200 }, message: 'At most 200 characters are allowed.' },
    ]);
    expect(issuesOf(Name, ' \t ').map((issue) => issue.problem)).toEqual(['required']);
    expect(problemsAt('accounts.create', { name: '' }, 'name')).toEqual(['required']);
    expect(problemsAt('people.create', { accountId: id(), name: 'x'.repeat(10_000) }, 'name')).toEqual(['too_long']);
  });

  it('a one-line field refuses tabs, line breaks and other control characters inside it', () => {
    for (const text of ['Acme\nCorp', 'Acme\tCorp', 'Acme\u0007', 'Ac\u0000me', 'Acme\u0085Corp']) {
      expect(
        issuesOf(Name, text).map((issue) => issue.problem),
        JSON.stringify(text),
      ).toEqual(['control_characters']);
    }
    // Leading and trailing white space is trimmed away first.
    expect(issuesOf(Name, '\t Acme \n')).toEqual([]);
  });

  it('text over lines keeps tabs and line breaks, and refuses NUL and other control characters', () => {
    expect(issuesOf(LongText, 'Line one\r\n\tLine two\n')).toEqual([]);
    for (const text of ['a\u0000b', 'bell\u0007', 'escape\u001b[0m']) {
      expect(
        issuesOf(LongText, text).map((issue) => issue.problem),
        JSON.stringify(text),
      ).toEqual(['control_characters']);
    }
    expect(issuesOf(LongText, 'x'.repeat(TEXT_LIMITS.longText + 1)).map((issue) => issue.problem)).toEqual([
      'too_long',
    ]);
  });
});

describe('search takes any text', () => {
  it.each([['a\u0000b'], ['x'.repeat(100_000)], ['\u{10FFFF}'], ['\uD800'], ['王总\u0007'], ['']])(
    'accepts %j, cleaned and cut',
    (text) => {
      const { input } = parseCall('search.query', { text });
      expect([...input.text].length).toBeLessThanOrEqual(TEXT_LIMITS.searchQuery);
      expect(input.text).not.toMatch(/[\p{Cc}\p{Cs}\p{Noncharacter_Code_Point}]/u);
    },
  );

  it('keeps what a person types', () => {
    expect(parseCall('search.query', { text: '王总 budget' }).input.text).toBe('王总 budget');
    expect(parseCall('search.query', { text: 'a\u0000b' }).input.text).toBe('a b');
  });

  it('is the only input that cleans rather than refuses', () => {
    const cleaned = INPUTS.filter(({ schema }) => leavesOf(schema).some((leaf) => leaf.transformed));
    expect(cleaned.map(({ method }) => method)).toEqual(['search.query']);
    expect(contract['search.query'].kind).toBe('read');
  });
});

describe('issues carry a problem code, never zod’s wording', () => {
  it('names the problem and its parameters', () => {
    const issues = issuesFor('accounts.create', { name: 5, tier: 'gold', colour: 'red' });
    expect(issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'name', problem: 'wrong_type' }),
        expect.objectContaining({ path: 'tier', problem: 'unknown_choice' }),
        expect.objectContaining({ path: '', problem: 'unknown_field', params: { keys: 'colour' } }),
      ]),
    );
    expect(issuesFor('people.update', { id: id(), patch: { influence: 2.5 } })[0]?.problem).toBe('not_whole_number');
    expect(issuesFor('people.update', { id: id(), patch: { influence: 9 } })[0]).toMatchObject({
      problem: 'too_large',
      params: { max: 5 },
    });
    expect(issuesFor('accounts.get', { id: 'abc' })[0]?.problem).toBe('invalid_id');
    expect(issuesFor('accounts.get', {})[0]?.problem).toBe('required');
    expect(issuesFor('people.delete', { ids: [] })[0]).toMatchObject({ problem: 'too_few', params: { min: 1 } });
    expect(issuesFor('interactions.contactStatus', { accountId: id(), timeZone: 'Mars/Olympus' })[0]?.problem).toBe(
      'invalid_time_zone',
    );
  });

  it('no message reads like zod', () => {
    const inputs: [string, unknown][] = [
      ['accounts.create', { name: '' }],
      ['accounts.create', { name: 'x'.repeat(300), tier: 3, extra: 1 }],
      ['people.update', { id: 'x', patch: { influence: 0.5, birthday: '0000-01-01' } }],
      ['people.delete', { ids: [] }],
      ['interactions.create', { accountId: id(), occurredAt: 'yesterday', personIds: [] }],
    ];
    for (const [method, input] of inputs) {
      for (const issue of issuesFor(method, input)) {
        expect(issue.message).not.toMatch(/Too small|Too big|expected string|Invalid input|Invalid option|>=|<=/);
        expect(issue.message).toMatch(/^[A-Z].*\.$/);
      }
    }
  });
});
