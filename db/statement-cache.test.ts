import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countQueries } from '@/lib/articles/test-desk';
import { getDb } from './index';
import { useTestDatabase } from './test-database';

describe('statements kept for reuse', () => {
  let db: ReturnType<typeof useTestDatabase>;
  beforeAll(() => { db = useTestDatabase(); });
  afterAll(() => db.cleanup());

  it('answers in the shape each call asks for, whatever the same SQL was last used for', () => {
    const query = sql`select 1 as one, 'two' as two`;
    expect(getDb().get(query)).toEqual({ one: 1, two: 'two' });
    // drizzle switches the statement to rows-as-arrays for this one...
    expect(getDb().values(query)).toEqual([[1, 'two']]);
    // ...and the next plain read of the same text must get objects again.
    expect(getDb().get(query)).toEqual({ one: 1, two: 'two' });
    expect(getDb().all(query)).toEqual([{ one: 1, two: 'two' }]);
  });

  it('still counts every query run, so a query per row shows in the count', () => {
    const { queries } = countQueries(() => {
      for (let i = 0; i < 5; i++) getDb().get(sql`select ${i} as n`);
    });
    expect(queries).toBe(5);
  });

  it('sees writes made between two runs of the same statement', () => {
    getDb().run(sql`create table kept_test (n integer)`);
    const count = () => getDb().get<{ n: number }>(sql`select count(*) as n from kept_test`)!.n;
    expect(count()).toBe(0);
    getDb().run(sql`insert into kept_test values (1), (2)`);
    expect(count()).toBe(2);
  });
});
