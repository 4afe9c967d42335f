// renderExport across formats: names and types, the annotated article's structure, the same
// facts in every format, and the 1,000-claim time budget.
import { describe, expect, it } from 'vitest';
import { claimProgress } from '@/lib/claims/progress';
import { isVerdict, STATUS_LABELS } from '@/lib/claims/status';
import { BASE_CSS, STATUS_COLOURS } from './styles';
import { renderExport } from './index';
import { mdText } from './report-markdown';
import { summarize, summarySentence } from './summary';
import { parseCsv } from './test-csv';
import { buildFixtureArticle, buildSyntheticArticle, FIXTURE_NOW } from './test-fixture';
import { EXPORT_FORMATS, type ExportFormat } from './types';

const article = buildFixtureArticle();

/** WCAG 2 contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}
const render = (format: ExportFormat, a = article) => renderExport(a, format, { now: FIXTURE_NOW, baseUrl: 'https://desk.example.org' });

describe('renderExport', () => {
  it('names each file after the article and the day, with the right content type', () => {
    const stem = 'claimdesk-belarus-moves-troops-to-border-ukraine-says-2026-03-14';
    const expected: Record<ExportFormat, [string, string]> = {
      html: [`${stem}-annotated.html`, 'text/html; charset=utf-8'],
      report: [`${stem}-report.html`, 'text/html; charset=utf-8'],
      md: [`${stem}-report.md`, 'text/markdown; charset=utf-8'],
      csv: [`${stem}-report.csv`, 'text/csv; charset=utf-8'],
      json: [`${stem}-report.json`, 'application/json'],
      claimreview: [`${stem}-claimreview.jsonld`, 'application/ld+json'],
      annotations: [`${stem}-annotations.jsonld`, 'application/ld+json'],
    };
    for (const format of EXPORT_FORMATS) expect([render(format).fileName, render(format).contentType]).toEqual(expected[format]);
    const odd = renderExport({ ...article, title: 'Ćwierć <script> & “Łódź”!' }, 'md', { now: FIXTURE_NOW });
    expect(odd.fileName).toBe('claimdesk-cwierc-script-odz-2026-03-14-report.md');
  });

  it('summarises counts, open and overdue claims relative to now', () => {
    const s = summarize(article, FIXTURE_NOW);
    expect(s.counts).toEqual({ unchecked: 2, in_progress: 1, confirmed: 2, disputed: 1, single_source: 1, dismissed: 1 });
    expect(s.overdue).toBe(2); // claim 2 (due 13 March) and claim 8 (due 09:00 on the 14th); claim 6 is due on the 16th
    // The board's count: the dismissed span is in neither number.
    expect(claimProgress(article.claims.map((c) => c.status))).toMatchObject(s.progress);
    expect(s.progress).toEqual({ checked: 4, of: 7 });
    expect(summarySentence(s)).toBe('4 of 7 claims checked; 3 still open (2 overdue). 1 marked passage was set aside as not a claim.');
  });
});

describe('annotated article (html)', () => {
  const html = render('html').body;

  it('is self-contained: a CSP, inline CSS, no scripts and no external URLs', () => {
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`);
    expect(html).not.toMatch(/<script|<link|@import|url\(|<img|<iframe/i);
    expect(html).toMatch(/@media print\{[^]*\.endnotes\{break-before:page\}/);
    expect(html).toContain('a[href^="http"]::after{content:" (" attr(href) ")"');
  });

  it('marks every claim with its number, and its verdict when it has one, linked both ways', () => {
    for (const claim of article.claims.filter((c) => c.status !== 'dismissed')) {
      const verdict = isVerdict(claim.status);
      const label = verdict ? `[${claim.number} · ${STATUS_LABELS[claim.status]}]` : `[${claim.number}]`;
      const spoken = `Claim ${claim.number}, ${verdict ? STATUS_LABELS[claim.status] : `no verdict yet (${STATUS_LABELS[claim.status].toLowerCase()})`}`;
      expect(html).toContain(`<a href="#claim-${claim.number}" id="claim-${claim.number}-ref" aria-label="${spoken}">${label}</a>`);
      expect(html).toContain(`<li id="claim-${claim.number}" value="${claim.number}" class="endnote">`);
      expect(html).toContain(`<a href="#claim-${claim.number}-ref">Back to the text</a>`);
    }
    // No "[n · Unchecked]" noise, and a span set aside as not a claim is neither marked nor noted.
    expect(html).not.toMatch(/· (Unchecked|In progress|Not a claim)\]/);
    expect(html).not.toContain('id="claim-4"');
    // Claim 1 is repeated in the headline and the dek: two more markers, linked from its note.
    expect(html).toContain('<mark class="claim status-disputed" data-claims="1">Belarus moves troops to border</mark><sup class="marker status-disputed"><a href="#claim-1" id="claim-1-ref-2"');
    expect(html).toContain('id="claim-1-ref-3"');
    expect(html).toContain('<a href="#claim-1-ref-3">also here (3)</a>');
  });

  it('splits overlapping and nested spans into segments that name every claim', () => {
    expect(html).toContain('TASS reported, citing the ministry, that <mark class="claim status-single_source" data-claims="5">the troops were taking part in scheduled exercises that would end on 20 March</mark><sup class="marker status-single_source"><a href="#claim-5"');
    expect(html).toContain('<mark class="claim status-unchecked overlap" data-claims="7 8">2.5 million</mark><sup class="marker status-unchecked"><a href="#claim-8"');
    // Paragraphs survive: six blank-line separated paragraphs in the body.
    const body = html.slice(html.indexOf('<article'), html.indexOf('</article>'));
    expect(body.match(/<p>/g)).toHaveLength(6);
  });

  it('opens with a one-page summary: disputed, single source, verdicts against the evidence, overdue', () => {
    const summary = html.slice(html.indexOf('<section class="summary'), html.indexOf('</section>', html.indexOf('<section class="summary')));
    expect(html.indexOf('<section class="summary')).toBeLessThan(html.indexOf('<article'));
    expect(summary).toContain('<strong>4 of 7 claims checked; 3 still open (2 overdue). 1 marked passage was set aside as not a claim.</strong>');
    const headings = [...summary.matchAll(/<h3>([^<]+)<\/h3>/g)].map((m) => m[1]);
    expect(headings).toEqual(['Disputed (1)', 'Single source (1)', 'Verdict against the evidence (0)', 'Overdue (2)', 'Claims by status']);
    expect(summary).toContain('<li><a href="#claim-1">Claim 1</a>: About 1,000 Belarusian soldiers moved to within 20 km of the border near Brest. <span class="small">(contradicted by BelTA · Tom Reid)</span></li>');
    expect(summary).toContain('<li><a href="#claim-5">Claim 5</a>: The troops are on scheduled exercises ending on 20 March. <span class="small">(only TASS · Tom Reid)</span></li>');
    expect(summary).toMatch(/<a href="#claim-2">Claim 2<\/a>: [^<]+<span class="small">\(In progress, was due 2026-03-13 18:00 UTC · Tom Reid\)/);
    expect(summary).toContain('Every verdict is backed by the evidence attached.');
  });

  it('warns on a verdict the evidence does not back, in the summary and the note', () => {
    const weak = structuredClone(article);
    weak.claims[6]!.evidence = []; // claim 7: confirmed, now with no source at all
    const out = render('html', weak).body;
    expect(out).toContain('<h3>Verdict against the evidence (1)</h3>');
    expect(out).toContain('(Confirmed, but no source is attached. · Maria Kovalenko)');
    expect(out).toContain('<p class="warning"><strong>Warning:</strong> Confirmed, but no source is attached.</p>');
  });

  it('gives every marker at least 4.5:1 contrast on white and on its highlight', () => {
    for (const [status, c] of Object.entries(STATUS_COLOURS)) {
      expect(contrast(c.text, '#ffffff'), status).toBeGreaterThanOrEqual(4.5);
      expect(contrast(c.text, c.background), status).toBeGreaterThanOrEqual(4.5);
    }
    expect(BASE_CSS).toMatch(/\.marker\{font:bold 12px/);
  });

  it('puts evidence with stance, archive links and reviewer in the notes', () => {
    expect(html).toContain('<span class="stance">Contradicts</span>: <a href="https://www.belta.by/society/view/exercises-2026" rel="noopener noreferrer">BelTA report</a> — BelTA');
    expect(html).toContain('archived copy: <a href="https://web.archive.org/web/2026/https://www.reuters.com/x"');
    expect(html).toContain('<dt>Reviewer</dt><dd>Tom Reid</dd>');
    expect(html).toContain('<dt>Attribution</dt><dd>Andriy Demchenko</dd>');
  });

  it('never links anything but http and https', () => {
    const hostile = structuredClone(article);
    hostile.claims[0].evidence[0].url = 'javascript:alert(1)';
    hostile.claims[0].evidence[1].url = 'data:text/html,<script>alert(1)</script>';
    hostile.sourceUrl = ' JavaScript:alert(2)';
    const out = render('html', hostile).body + render('report', hostile).body;
    expect(out).not.toMatch(/href="\s*(javascript|data):/i);
    expect(out).toContain('<span class="unsafe-url" title="Not linked: only http and https links are kept">javascript:alert(1)</span>');
    expect(out).toContain('data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('copes with spans outside the body and an empty article', () => {
    const broken = structuredClone(article);
    broken.claims[0].span = { ...broken.claims[0].span, start: 5000, end: 5010 };
    expect(render('html', broken).body).toContain('id="claim-1" value="1"');
    const empty = render('html', { ...article, body: '', claims: [] }).body;
    expect(empty).toContain('No claims were marked in this article.');
  });
});

describe('the same facts in every format', () => {
  it('every claim appears with the same status and evidence count', () => {
    const json = JSON.parse(render('json').body);
    const [header, ...csvRows] = parseCsv(render('csv').body);
    const md = render('md').body;
    const report = render('report').body;
    const html = render('html').body;
    const annotations = JSON.parse(render('annotations').body).first.items;
    expect(json.summary.counts).toEqual(summarize(article, FIXTURE_NOW).counts);
    for (const [i, c] of article.claims.entries()) {
      const label = STATUS_LABELS[c.status];
      expect(json.claims[i]).toMatchObject({ number: c.number, status: c.status, evidenceCount: c.evidence.length, statement: c.statement });
      expect(csvRows[i][header.indexOf('status')]).toBe(c.status);
      expect(csvRows[i][header.indexOf('evidence_count')]).toBe(String(c.evidence.length));
      expect(md).toMatch(new RegExp(`\\| \\[${c.number}\\]\\(#claim-${c.number}\\) \\| paragraph \\d \\| ${mdText(c.statement).replace(/[\\^$.*+?()[\]{}|]/g, '\\$&')} \\| ${label} \\|`));
      expect(md).toContain(`### Claim ${c.number} · ${label}\n`);
      expect(md).toContain(`#### Evidence (${c.evidence.length})`);
      expect(report).toMatch(new RegExp(`<tr><td><a href="#claim-${c.number}">${c.number}</a></td>.*<span class="badge status-${c.status}">${label}</span>.*<td>${c.evidence.length}</td>`));
      expect(report).toContain(`<h3 id="claim-${c.number}-title">Claim ${c.number} · <span class="badge status-${c.status}">${label}</span></h3>`);
      if (c.status !== 'dismissed') expect(html).toContain(isVerdict(c.status) ? `[${c.number} · ${label}]` : `[${c.number}]`);
      expect(annotations[i].body.find((b: { purpose: string }) => b.purpose === 'tagging').value).toBe(c.status);
      expect(annotations[i].body.filter((b: { type: string }) => b.type === 'SpecificResource')).toHaveLength(c.evidence.length);
    }
  });

  it('the JSON has the documented shape with ISO dates', () => {
    const json = JSON.parse(render('json').body);
    expect(Object.keys(json)).toEqual(['format', 'version', 'exportedAt', 'article', 'articleVersion', 'summary', 'claims', 'removedClaims']);
    expect(json.articleVersion).toEqual({ number: 1, createdAt: '2026-03-12T09:30:00.000Z', importedBy: { id: 'u-editor', name: 'Maria Kovalenko' }, statement: 'Checked against version 1 of 12 March 2026, 09:30 UTC (imported by Maria Kovalenko).' });
    expect(json.article).toMatchObject({ id: 'a-belarus', importedBy: { id: 'u-editor', name: 'Maria Kovalenko' }, createdAt: '2026-03-12T09:30:00.000Z' });
    expect(json.claims[1]).toMatchObject({ dueAt: '2026-03-13T18:00:00.000Z', reviewer: { id: 'u-reviewer', name: 'Tom Reid' } });
    expect(json.claims[0].history[1]).toEqual({
      at: '2026-03-13T10:15:00.000Z', actor: { id: 'u-reviewer', name: 'Tom Reid' }, action: 'claim.status_changed',
      text: 'Tom Reid set the status to Disputed (was Unchecked), 13 Mar 2026, 10:15 UTC',
      before: { status: 'unchecked' }, after: { status: 'disputed' },
    });
    expect(json.summary.progress).toEqual({ checked: 4, of: 7 });
    expect(json.claims[0]).toMatchObject({ paragraph: 3, warning: null });
    expect(JSON.stringify(json)).not.toContain('@example.org'); // e-mail addresses stay in Claimdesk
  });

  it('writes history as sentences in every format, never codes or JSON', () => {
    const sentence = 'Tom Reid set the status to Disputed (was Unchecked), 13 Mar 2026, 10:15 UTC';
    expect(render('report').body).toContain(`<li>${sentence}</li>`);
    expect(render('md').body).toContain(`- ${mdText(sentence)}`);
    const [header, ...rows] = parseCsv(render('csv').body);
    expect(rows[0]![header!.indexOf('last_change')]).toBe(sentence);
    // (The CSV keeps the code in its last_change_action column, for scripts; last_change is the sentence.)
    for (const format of ['report', 'md', 'html'] as const) {
      expect(render(format).body, format).not.toMatch(/claim\.(status_changed|created|assigned)|claim\\\.status|mergedFrom|"after"/);
    }
    const assigned = buildSyntheticArticle(3).claims[1]!;
    expect(render('report', { ...buildSyntheticArticle(3) }).body).toContain(`Tom Reid assigned the claim to Tom Reid, 13 Mar 2026, 16:00 UTC`);
    expect(assigned.history.at(-1)!.action).toBe('claim.assigned');
  });

  it('lists the report disputed and weakly sourced first, with no character offsets', () => {
    const report = render('report').body;
    const order = [...report.slice(report.indexOf('<tbody>'), report.indexOf('</tbody>')).matchAll(/<tr><td><a href="#claim-(\d+)">/g)].map((m) => Number(m[1]));
    expect(order).toEqual([1, 5, 2, 8, 6, 3, 7, 4]);
    expect(report).not.toMatch(/Position|Characters \d|\d+–\d+/);
    expect(report).toContain('<td>Paragraph 3</td>');
    expect(render('md').body).not.toMatch(/Position|characters \d+–/);
  });

  it('Markdown escapes user text so it cannot format or inject HTML', () => {
    expect(mdText('*bold* [x](javascript:alert(1)) <img src=x onerror=alert(1)> | a\nb')).toBe(
      '\\*bold\\* \\[x\\]\\(javascript\\:alert\\(1\\)\\) \\<img src=x onerror=alert\\(1\\)\\> \\| a b');
    const hostile = structuredClone(article);
    hostile.claims[0].evidence[0].url = 'javascript:alert(1)';
    const md = render('md', hostile).body;
    expect(md).toContain('(not linked: javascript\\:alert\\(1\\))');
    expect(md).not.toMatch(/\]\(javascript:|<javascript:/);
  });
});

// Speed is measured in bench/exports.ts; here, only that a large article renders whole.
describe('a 1,000-claim article', () => {
  it('renders every claim in every format', () => {
    const big = buildSyntheticArticle(1000);
    for (const format of EXPORT_FORMATS) {
      const file = render(format, big);
      expect(file.body.length).toBeGreaterThan(100_000);
      if (format === 'html' || format === 'report') expect(file.body).toContain('id="claim-1000"');
    }
  });
});
