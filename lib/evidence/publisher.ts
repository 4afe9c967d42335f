// The publisher of a piece of evidence, guessed from its address so reviewers rarely
// type it; they can always edit it. Used to count independent sources.

/** Second-level suffixes under which the registrable name is one label further left. */
const SECOND_LEVEL = new Set([
  'co.uk', 'org.uk', 'gov.uk', 'ac.uk', 'ltd.uk', 'me.uk', 'net.uk', 'nhs.uk', 'police.uk',
  'com.au', 'net.au', 'org.au', 'gov.au', 'edu.au',
  'co.nz', 'org.nz', 'govt.nz', 'co.jp', 'or.jp', 'ne.jp', 'go.jp', 'ac.jp',
  'com.br', 'gov.br', 'org.br', 'com.ar', 'gob.ar', 'com.mx', 'gob.mx',
  'co.za', 'gov.za', 'org.za', 'co.in', 'gov.in', 'nic.in', 'co.kr', 'go.kr', 'or.kr',
  'com.cn', 'gov.cn', 'com.hk', 'gov.hk', 'com.sg', 'gov.sg', 'com.tw', 'gov.tw',
  'com.tr', 'gov.tr', 'com.ua', 'gov.ua', 'org.ua', 'co.il', 'gov.il', 'org.il',
  'com.pl', 'gov.pl', 'co.id', 'go.id', 'com.my', 'gov.my', 'com.ph', 'gov.ph',
  'com.ng', 'gov.ng', 'co.ke', 'go.ke', 'com.eg', 'gov.eg', 'com.pk', 'gov.pk',
]);

/** Mobile and accelerated-page hosts are the same publisher as the main site. */
const NOISE_LABELS = new Set(['www', 'm', 'amp', 'mobile']);

export function publisherFromUrl(url: string): string {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase().replace(/\.$/, '');
  } catch {
    return '';
  }
  // An address like 192.0.2.1 or [::1] has no publisher name to shorten.
  if (/^[\d.]+$/.test(host) || host.includes(':') || host.startsWith('[')) return host;
  const labels = host.split('.').filter(Boolean);
  while (labels.length > 2 && NOISE_LABELS.has(labels[0]!)) labels.shift();
  const lastTwo = labels.slice(-2).join('.');
  return SECOND_LEVEL.has(lastTwo) && labels.length > 2 ? labels.slice(-3).join('.') : lastTwo;
}
