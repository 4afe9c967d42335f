import { describe, expect, it } from 'vitest';
import { publisherFromUrl } from './publisher';
import { isWebUrl } from './web-url';

describe('the publisher of a source', () => {
  it.each([
    ['https://www.reuters.com/world/europe/x', 'reuters.com'],
    ['https://m.bbc.co.uk/news/123', 'bbc.co.uk'],
    ['https://amp.theguardian.com/a', 'theguardian.com'],
    ['https://edition.cnn.com/2025/01/01/x', 'cnn.com'],
    ['https://www.abc.net.au/news', 'abc.net.au'],
    ['https://www.gov.uk/government/news', 'gov.uk'],
    ['https://www3.nhk.or.jp/news', 'nhk.or.jp'],
    ['https://g1.globo.com.br/x', 'globo.com.br'],
    ['http://kyivindependent.com', 'kyivindependent.com'],
    ['http://192.0.2.10/report.pdf', '192.0.2.10'],
    ['not a url', ''],
  ])('%s → %s', (url, publisher) => {
    expect(publisherFromUrl(url)).toBe(publisher);
  });

  it('accepts only http and https links', () => {
    expect(isWebUrl('https://example.org/a')).toBe(true);
    for (const bad of ['javascript:alert(1)', 'data:text/html,<b>x</b>', 'file:///etc/passwd', 'ftp://example.org', '//example.org']) {
      expect(isWebUrl(bad)).toBe(false);
    }
  });
});
