// Every exported annotation must pass the W3C Web Annotation "MUST" assertions
// (w3c/web-annotation-tests, draft-04 JSON Schemas), and its selectors must point at the body.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv-draft-04';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderExport } from './index';
import { buildFixtureArticle, buildRevisedFixtureArticle, FIXTURE_NOW } from './test-fixture';

const W3C = path.resolve(process.cwd(), '../shared/data/web-annotation/web-annotation-tests');

interface Assertion { id: string; expectedResult: 'valid' | 'invalid'; errorMessage: string; validate: (data: unknown) => boolean }

function loadAssertions(listFile: string, ajv: Ajv): Assertion[] {
  // A .test file is JSON: { name, assertions: [paths relative to the tests root] }.
  const list = JSON.parse(readFileSync(path.join(W3C, listFile), 'utf8')) as { assertions: string[] };
  return list.assertions.map((rel) => {
    const schema = JSON.parse(readFileSync(path.join(W3C, rel), 'utf8'));
    return { id: rel, expectedResult: schema.expectedResult ?? 'valid', errorMessage: schema.errorMessage, validate: ajv.compile(schema) };
  });
}

function failures(assertions: Assertion[], data: unknown): string[] {
  return assertions
    .filter((a) => a.validate(data) !== (a.expectedResult === 'valid'))
    .map((a) => `${a.id}: ${a.errorMessage}`);
}

let annotationMusts: Assertion[];
let collectionMusts: Assertion[];

beforeAll(() => {
  const ajv = new Ajv({ strict: false, allErrors: true });
  // ajv-formats is not installed; these are the only two formats the W3C schemas use.
  ajv.addFormat('uri', /^[a-z][a-z0-9+.-]*:[^\s]*$/i);
  ajv.addFormat('date-time', (s: string) =>
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i.test(s) && !Number.isNaN(Date.parse(s)));
  const defs = path.join(W3C, 'definitions');
  for (const file of readdirSync(defs).filter((f) => f.endsWith('.json'))) {
    ajv.addSchema(JSON.parse(readFileSync(path.join(defs, file), 'utf8')));
  }
  annotationMusts = loadAssertions('annotations/annotationMusts.test', ajv);
  collectionMusts = loadAssertions('collections/collectionMusts.test', ajv);
});

const article = buildFixtureArticle();

function collection(baseUrl?: string) {
  const file = renderExport(article, 'annotations', { now: FIXTURE_NOW, baseUrl });
  return JSON.parse(file.body);
}

/** An annotation as it would be served alone: the collection's @context applies to its items. */
function standalone(coll: { '@context': unknown }, item: object) {
  return { '@context': coll['@context'], ...item };
}

describe('annotations export (W3C Web Annotation)', () => {
  it('loads every assertion the MUST lists name', () => {
    expect(annotationMusts.length).toBe(54);
    expect(collectionMusts.length).toBe(10);
  });

  for (const baseUrl of [undefined, 'https://desk.example.org']) {
    it(`passes every MUST assertion for each annotation and the collection (baseUrl ${baseUrl ?? 'unset'})`, () => {
      const coll = collection(baseUrl);
      expect(coll.type).toBe('AnnotationCollection');
      expect(coll.total).toBe(article.claims.length);
      expect(coll.first.items).toHaveLength(article.claims.length);
      expect(failures(collectionMusts, coll)).toEqual([]);
      for (const item of coll.first.items) expect(failures(annotationMusts, standalone(coll, item))).toEqual([]);
    });
  }

  it('agrees with the W3C samples: correct ones pass (bar the known anno11–13 gap), incorrect ones fail', () => {
    const samples = path.join(W3C, 'tools/samples');
    const read = (dir: string) => readdirSync(path.join(samples, dir)).filter((f) => f.endsWith('.json'))
      .flatMap((f): [string, { type?: unknown }][] => {
        try {
          return [[f, JSON.parse(readFileSync(path.join(samples, dir, f), 'utf8'))]];
        } catch {
          return []; // one incorrect sample is deliberately not JSON at all
        }
      });
    // Samples are annotations, collections or pages; each kind has its own MUST list (pages have none).
    const failing = (dir: string) => read(dir).flatMap(([f, doc]) => {
      const musts = doc.type === 'AnnotationCollection' ? collectionMusts : doc.type === 'AnnotationPage' ? null : annotationMusts;
      return musts && failures(musts, doc).length > 0 ? [f] : [];
    });
    expect(failing('correct').sort()).toEqual(['anno11.json', 'anno12.json', 'anno13.json']);
    const incorrect = read('incorrect').filter(([, doc]) => doc.type !== 'AnnotationPage').map(([f]) => f);
    expect(incorrect.length).toBeGreaterThan(10);
    expect(failing('incorrect').sort()).toEqual(incorrect.sort());
  });

  it('fails the assertions for a broken annotation, so the check can fail', () => {
    const coll = collection();
    const broken = { ...standalone(coll, coll.first.items[0]), bodyValue: 'both body and bodyValue', created: 'yesterday' };
    const failed = failures(annotationMusts, broken);
    expect(failed.some((f) => f.startsWith('annotations/3.2.5-notBodyBodyValue.json'))).toBe(true);
    expect(failed.some((f) => f.startsWith('annotations/3.3.1-annotationCreatedValidated.json'))).toBe(true);
    expect(failures(annotationMusts, { ...standalone(coll, coll.first.items[0]), type: 'Note' }).length).toBeGreaterThan(0);
  });

  it('anchors every target: TextQuoteSelector.exact is body.slice(start, end) of its TextPositionSelector', () => {
    const coll = collection();
    let targets = 0;
    for (const [i, item] of coll.first.items.entries()) {
      const claim = article.claims[i];
      expect(item.target).toHaveLength(1 + claim.otherSpans.length);
      for (const target of item.target) {
        const quote = target.selector.find((s: { type: string }) => s.type === 'TextQuoteSelector');
        const position = target.selector.find((s: { type: string }) => s.type === 'TextPositionSelector');
        expect(quote.exact).toBe(article.body.slice(position.start, position.end));
        expect(article.body.slice(0, position.start).endsWith(quote.prefix)).toBe(true);
        expect(article.body.slice(position.end).startsWith(quote.suffix)).toBe(true);
        // The selectors count into the version's text; the published page is the scope.
        expect(target.source).toBe('urn:claimdesk:article:a-belarus:version:1');
        expect(target.scope).toBe(article.sourceUrl);
        targets++;
      }
      expect(item.target[0].selector[0].exact).toBe(claim.span.quote);
    }
    expect(targets).toBe(article.claims.length + 2); // claim 1 is also in the headline and dek
  });

  it('describes each claim with its statement, status and evidence links', () => {
    const coll = collection();
    const first = coll.first.items[0];
    expect(first.motivation).toBe('assessing');
    expect(first.id).toBe('urn:claimdesk:claim:c1');
    expect(first.body.find((b: { purpose: string }) => b.purpose === 'describing').value).toBe(article.claims[0].statement);
    expect(first.body.find((b: { purpose: string }) => b.purpose === 'tagging').value).toBe('disputed');
    expect(first.body.find((b: { purpose: string }) => b.purpose === 'assessing').value).toMatch(/^Disputed\. .*Contradicts: BelTA report/);
    const links = first.body.filter((b: { type: string }) => b.type === 'SpecificResource').map((b: { source: string }) => b.source);
    expect(links).toEqual(article.claims[0].evidence.map((e) => e.url));
    expect(collection('https://desk.example.org/').first.items[0].id).toBe('https://desk.example.org/articles/a-belarus#claim-1');
  });
});

describe('annotations of a revised article', () => {
  const revised = buildRevisedFixtureArticle();
  const coll = () => JSON.parse(renderExport(revised, 'annotations', { now: FIXTURE_NOW, baseUrl: 'https://desk.example.org' }).body);

  it('targets the text of the version each claim stands in, so the selectors are exact there', () => {
    const items = coll().first.items;
    expect(items).toHaveLength(revised.claims.length + 1);
    for (const [i, claim] of revised.claims.entries()) {
      for (const target of items[i].target) {
        expect(target.source).toBe('https://desk.example.org/api/v1/articles/a-belarus/versions/3');
        const [quote, position] = target.selector;
        expect(quote.exact).toBe(revised.body.slice(position.start, position.end));
      }
      expect(items[i].target[0].selector[0].exact).toBe(claim.span.quote);
    }
    // The removed claim points into version 2, where it was last seen, with its stored quote.
    const removed = items.at(-1);
    expect(removed.target[0].source).toBe('https://desk.example.org/api/v1/articles/a-belarus/versions/2');
    expect(removed.target[0].selector[0]).toMatchObject({ exact: 'The strike killed 14 people, officials said' });
    expect(removed.body.find((b: { purpose: string }) => b.purpose === 'assessing').value).toMatch(/removed in version 3/);
  });

  it('says in the assessment when a verdict was given on earlier words, and still passes every MUST assertion', () => {
    const c = coll();
    const mayor = c.first.items[revised.claims.findIndex((x) => x.needsRecheck)];
    expect(mayor.body.find((b: { purpose: string }) => b.purpose === 'assessing').value).toMatch(/'1,582' → '1,600'\. Needs a re-check/);
    expect(c.label).toMatch(/Checked against version 3 of 14 March 2026, 14:05 UTC/);
    expect(failures(collectionMusts, c)).toEqual([]);
    for (const item of c.first.items) expect(failures(annotationMusts, standalone(c, item))).toEqual([]);
  });
});
