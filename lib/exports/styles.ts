// Inline CSS shared by the annotated article and the HTML report. No url(), no @import,
// no web fonts: the files must open offline and the CSP allows nothing external.
import { CLAIM_STATUSES, type ClaimStatus } from '@/db/schema';

/**
 * Background (light, dark text stays readable), a stronger edge colour that survives printing,
 * an underline style so status never rests on colour alone, and the marker's text colour: at
 * least 4.5:1 against white and against its own background (a test measures it).
 */
export const STATUS_COLOURS: Record<ClaimStatus, { background: string; edge: string; line: string; text: string }> = {
  unchecked: { background: '#ececec', edge: '#6b6b6b', line: 'dotted', text: '#3f3f46' },
  in_progress: { background: '#dbeafe', edge: '#1d4ed8', line: 'dashed', text: '#1e3a8a' },
  confirmed: { background: '#d1fae5', edge: '#047857', line: 'solid', text: '#065f46' },
  disputed: { background: '#fee2e2', edge: '#b91c1c', line: 'double', text: '#991b1b' },
  single_source: { background: '#fef3c7', edge: '#b45309', line: 'solid', text: '#7c2d12' },
  dismissed: { background: '#f5f5f5', edge: '#6b7280', line: 'solid', text: '#3f3f46' },
};

export const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

const statusRules = CLAIM_STATUSES.map((s) => {
  const c = STATUS_COLOURS[s];
  return `.status-${s}{background:${c.background};border-bottom:${c.line === 'double' ? 3 : 2}px ${c.line} ${c.edge}}
.badge.status-${s},.swatch.status-${s}{border:1px solid ${c.edge};color:#1a1a1a}
.marker.status-${s} a{color:${c.text}}`;
}).join('\n');

export const BASE_CSS = `
:root{color-scheme:light}
body{font:16px/1.55 Georgia,"Times New Roman",serif;color:#1a1a1a;background:#fff;max-width:46rem;margin:2rem auto;padding:0 1rem}
h1,h2,h3{font-family:system-ui,-apple-system,"Segoe UI",Arial,sans-serif;line-height:1.25}
h1{font-size:1.7rem;margin-bottom:.3rem}
.dek{font-size:1.1rem;color:#444;margin-top:0}
.meta,.small{font:13px/1.4 system-ui,-apple-system,"Segoe UI",Arial,sans-serif;color:#555}
section{margin:1.5rem 0}
.summary,.legend{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Arial,sans-serif;border:1px solid #ccc;padding:.6rem 1rem;border-radius:4px}
table{border-collapse:collapse;width:100%;font:13px/1.4 system-ui,-apple-system,"Segoe UI",Arial,sans-serif}
th,td{border:1px solid #ccc;padding:.25rem .4rem;text-align:left;vertical-align:top}
th{background:#f3f3f3}
mark.claim{color:inherit;padding:0 1px}
mark.overlap{outline:2px dashed #555;outline-offset:-1px}
.marker{font:bold 12px/1 system-ui,-apple-system,"Segoe UI",Arial,sans-serif;white-space:nowrap}
.marker a{text-decoration:underline;text-decoration-thickness:1px;text-underline-offset:2px}
.warning{font:14px/1.4 system-ui,-apple-system,"Segoe UI",Arial,sans-serif;background:#fff7ed;border-left:4px solid #c2410c;padding:.2rem .5rem;color:#431407}
.attention h3{font-size:1rem;margin:.8rem 0 .2rem}
.attention ul{margin:.2rem 0;padding-left:1.2rem}
.attention p{margin:.2rem 0}
.none{color:#555}
.badge{font:bold 12px/1.2 system-ui,-apple-system,"Segoe UI",Arial,sans-serif;padding:0 .3rem;border-radius:3px;white-space:nowrap}
.swatch{display:inline-block;width:1.4em;height:.9em;vertical-align:middle;margin-right:.3rem}
.endnotes li{margin-bottom:1rem}
.endnotes dl{display:grid;grid-template-columns:max-content 1fr;gap:.1rem .8rem;margin:.3rem 0;font:14px/1.4 system-ui,-apple-system,"Segoe UI",Arial,sans-serif}
.endnotes dt{font-weight:bold}
.endnotes dd{margin:0}
.statement{font-weight:bold}
blockquote{margin:.3rem 0 .3rem 1rem;padding-left:.6rem;border-left:3px solid #ccc;color:#333}
.unsafe-url{font-family:monospace;color:#666;word-break:break-all}
.stance{font-weight:bold}
ul.history,ul.evidence,ul.comments{padding-left:1.2rem}
${statusRules}
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}
@media print{
  body{margin:0;max-width:none;font-size:11pt}
  a{color:inherit}
  a[href^="http"]::after{content:" (" attr(href) ")";font-size:9pt;word-break:break-all}
  .marker a::after{content:none}
  .summary{break-after:page}
  .endnotes{break-before:page}
  .endnotes li,tr{break-inside:avoid}
}
`;
