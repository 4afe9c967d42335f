import { describe, expect, it } from 'vitest';
import { safeReturnPath } from './return-path';

describe('the path after sign-in', () => {
  it('keeps paths on our own origin, with their query', () => {
    expect(safeReturnPath('/articles/abc?claim=1#c')).toBe('/articles/abc?claim=1#c');
    expect(safeReturnPath('/my-claims')).toBe('/my-claims');
    expect(safeReturnPath('http://claimdesk.test/admin', 'http://claimdesk.test')).toBe('/admin');
  });

  it('never leaves the origin, however the address is written', () => {
    const hostile = [
      '/\t/127.0.0.1:8081/phish', // the tab the browser drops: "//127.0.0.1:8081/phish"
      '/\n/evil.example', '/\r/evil.example', '\t//evil.example', '//evil.example', '/\\evil.example', '\\\\evil.example',
      'https://evil.example/', 'javascript:alert(1)', 'data:text/html,x', '/%09/evil.example'.replace('%09', '\t'),
      ' //evil.example', 'http:evil.example', 'https:/evil.example',
    ];
    for (const value of hostile) {
      const path = safeReturnPath(value, 'http://claimdesk.test');
      const landed = new URL(path, 'http://claimdesk.test');
      expect(landed.origin, JSON.stringify(value)).toBe('http://claimdesk.test');
      expect(path, JSON.stringify(value)).toMatch(/^\/(?![/\\])/);
    }
  });

  it('gives a path that is safe in a Location header (no control characters)', () => {
    for (const value of ['/a\nb', '/a\rb', '/a\u0000b', '/%0A', '/\u2028x']) {
      const path = safeReturnPath(value);
      expect(() => new Headers({ location: path }), JSON.stringify(value)).not.toThrow();
      expect(path).not.toMatch(/[\u0000-\u001f\u007f]/);
    }
  });

  it('falls back to the article list on anything else', () => {
    for (const value of [undefined, null, '', 42, 'x'.repeat(3000)]) expect(safeReturnPath(value)).toBe('/articles');
  });
});
