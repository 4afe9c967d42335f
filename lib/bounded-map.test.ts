import { describe, expect, it } from 'vitest';
import { BoundedMap } from './bounded-map';

describe('a bounded map', () => {
  it('drops the entry set longest ago once full', () => {
    const map = new BoundedMap<string, number>(2);
    map.set('a', 1).set('b', 2).set('c', 3);
    expect([...map.keys()]).toEqual(['b', 'c']);
  });

  it('counts a key set again as the newest, so what is used stays', () => {
    const map = new BoundedMap<string, number>(2);
    map.set('a', 1).set('b', 2).set('a', 10).set('c', 3);
    expect([...map.entries()]).toEqual([['a', 10], ['c', 3]]);
    expect(map.size).toBe(2);
  });
});
