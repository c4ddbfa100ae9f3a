import { describe, expect, it } from 'vitest';
import { isExternalLink } from '../../shared/domain/externalLinks';

describe('isExternalLink', () => {
  it('lets web pages and e-mail addresses out', () => {
    expect(isExternalLink('https://example.com/annual-report')).toBe(true);
    expect(isExternalLink('http://intranet.example.cn')).toBe(true);
    expect(isExternalLink('mailto:wang.jianguo@example.com')).toBe(true);
    expect(isExternalLink('HTTPS://EXAMPLE.COM')).toBe(true);
  });

  it('keeps everything else in', () => {
    for (const href of [
      'javascript:alert(1)',
      'file:///etc/passwd',
      'data:text/html,<b>x</b>',
      'ftp://example.com',
      'relative/path',
      '#anchor',
      'https://',
      'mailto:',
      '',
      undefined,
    ]) {
      expect(isExternalLink(href)).toBe(false);
    }
  });
});
