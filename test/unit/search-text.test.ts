import { describe, expect, it } from 'vitest';
import { relevance } from '../../shared/domain/searchRank';
import { ftsString, prefixUpperBound, searchTerms, snippetOf } from '../../shared/domain/searchText';

describe('search text', () => {
  it('splits a query into lower-case terms without repeats', () => {
    expect(searchTerms('  Budget  王总 budget ')).toEqual(['budget', '王总']);
    expect(searchTerms('   ')).toEqual([]);
  });

  it('quotes a term so FTS5 syntax in it is plain text', () => {
    expect(ftsString('say "hi" OR')).toBe('"say ""hi"" OR"');
  });

  it('bounds a prefix range just above every string that starts with it', () => {
    expect(prefixUpperBound('王总')).toBe('王怼');
    expect('王总讨' < prefixUpperBound('王总')).toBe(true);
    expect('王怼' < prefixUpperBound('王总')).toBe(false);
  });

  it('shows the text around the first match, with every match in view marked', () => {
    const text = `${'前言'.repeat(40)}今天和王总讨论了采购流程，王总同意${'后记'.repeat(40)}`;
    const snippet = snippetOf(text, ['王总']);
    expect(snippet.text.startsWith('…')).toBe(true);
    expect(snippet.text.endsWith('…')).toBe(true);
    expect(snippet.highlights.map(([start, end]) => snippet.text.slice(start, end))).toEqual(['王总', '王总']);
  });
});

describe('search ranking', () => {
  const person = (title: string, body = '') => ({ kind: 'person' as const, title, body });
  const note = (body: string) => ({ kind: 'interaction' as const, title: '', body });

  it('puts a name typed in full before a name starting with it, before a note mentioning it', () => {
    const terms = ['王伟'];
    const exact = relevance(person('王伟'), terms);
    const prefix = relevance(person('王伟明'), terms);
    const mention = relevance(note('王伟说王伟的团队王伟很忙'), terms);
    expect(exact).toBeGreaterThan(prefix);
    expect(prefix).toBeGreaterThan(mention);
  });

  it('prefers the note where the term weighs more: more often, in less text', () => {
    const terms = ['采购'];
    expect(relevance(note('采购 采购 采购'), terms)).toBeGreaterThan(relevance(note('采购'), terms));
    expect(relevance(note('采购'), terms)).toBeGreaterThan(relevance(note(`采购${'其他内容'.repeat(100)}`), terms));
  });

  it('weighs a person above a note with the same text', () => {
    expect(relevance(person('', 'budget owner'), ['budget'])).toBeGreaterThan(
      relevance(note('budget owner'), ['budget']),
    );
  });
});
