import { describe, expect, it } from 'vitest';
import { parseReviewRoute, reviewHash } from '../../shared/domain/reviewRoute';

const ID = '0b7c9a52-3f1e-4d7a-9c55-6a2f1b8e4d10';

describe('the address of an account review', () => {
  it('round-trips the account, the paper and the private choice', () => {
    for (const paper of ['a4', 'letter'] as const)
      for (const includePrivate of [false, true]) {
        const request = { accountId: ID, paper, includePrivate, print: false };
        expect(parseReviewRoute(reviewHash(request))).toEqual(request);
      }
    expect(
      parseReviewRoute(reviewHash({ accountId: ID, paper: 'a4', includePrivate: false, print: true }))?.print,
    ).toBe(true);
  });

  it('leaves private notes out and prints on A4 unless the address says otherwise', () => {
    expect(parseReviewRoute(`#/print/account/${ID}`)).toEqual({
      accountId: ID,
      paper: 'a4',
      includePrivate: false,
      print: false,
    });
    expect(parseReviewRoute(`#/print/account/${ID}?paper=tabloid&private=yes`)).toMatchObject({
      paper: 'a4',
      includePrivate: false,
    });
  });

  it('is not any other address of the app', () => {
    for (const hash of [
      '',
      '#token=abc',
      '#/print/account/not-an-id',
      `#/print/person/${ID}`,
      `#/print/account/${ID}/x`,
    ])
      expect(parseReviewRoute(hash), hash).toBeNull();
  });
});
