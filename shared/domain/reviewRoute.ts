/**
 * The address of an account's printable review: `#/print/account/ID?paper=a4&private=0`. The
 * desktop shell loads it in a hidden window and prints it to PDF; in web mode it opens in a new
 * tab (`&print=1` asks that tab to open the browser's print dialog once it is drawn).
 */
export const PAPERS = ['a4', 'letter'] as const;
export type Paper = (typeof PAPERS)[number];

export interface ReviewRequest {
  accountId: string;
  paper: Paper;
  includePrivate: boolean;
  /** Open the browser's print dialog once the review is drawn. */
  print?: boolean;
}

const ROUTE = /^#\/print\/account\/([0-9a-fA-F-]{36})(?:\?(.*))?$/;

export function parseReviewRoute(hash: string): ReviewRequest | null {
  const match = ROUTE.exec(hash);
  if (!match?.[1]) return null;
  const query = new URLSearchParams(match[2] ?? '');
  const paper = query.get('paper');
  return {
    accountId: match[1].toLowerCase(),
    paper: paper === 'letter' ? 'letter' : 'a4',
    includePrivate: query.get('private') === '1',
    print: query.get('print') === '1',
  };
}

export function reviewHash({ accountId, paper, includePrivate, print }: ReviewRequest): string {
  return `#/print/account/${accountId}?paper=${paper}&private=${includePrivate ? 1 : 0}${print ? '&print=1' : ''}`;
}
