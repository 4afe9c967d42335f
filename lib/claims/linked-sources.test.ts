import { describe, expect, it } from 'vitest';
import { hostOf, linkedSources } from './linked-sources';

const body = 'Prices rose 4% in May, the statistics office said. Rents fell, according to a survey by the council.';
const at = (words: string, url: string) => ({ start: body.indexOf(words), end: body.indexOf(words) + words.length, url });

describe('linkedSources', () => {
  it('offers the links inside the claim, in reading order, with the linked words and the site', () => {
    const links = [at('a survey', 'https://www.council.example/survey.pdf'), at('the statistics office', 'https://stats.example/may')];
    const first: [number, number] = [0, body.indexOf('Rents')];
    expect(linkedSources(body, links, [first])).toEqual([{ url: 'https://stats.example/may', text: 'the statistics office', host: 'stats.example' }]);
    expect(linkedSources(body, links, [[0, body.length]]).map((l) => l.text)).toEqual(['the statistics office', 'a survey']);
  });

  it('counts a link that only partly overlaps, ignores one that merely touches, and names an address once', () => {
    const words = at('the statistics office', 'https://stats.example/may');
    const again = at('council', 'https://stats.example/may');
    expect(linkedSources(body, [words, again], [[0, words.start + 3]])).toHaveLength(1);
    expect(linkedSources(body, [words], [[0, words.start]])).toEqual([]);
    expect(linkedSources(body, [words, again], [[0, body.length]])).toHaveLength(1);
  });

  it('looks at every span of a merged claim', () => {
    const survey = at('a survey', 'https://council.example/s');
    expect(linkedSources(body, [survey], [[0, 10], [survey.start - 2, survey.end + 2]])).toHaveLength(1);
  });

  it('names the site without www., and nothing for what is not a URL', () => {
    expect(hostOf('https://www.bbc.co.uk/news/1')).toBe('bbc.co.uk');
    expect(hostOf('not a url')).toBe('');
  });
});
