// Verbs of stance and communication in all their inflections, and the nouns that name a
// source by its role. A stance verb reports only when its subject is a name, a pronoun or a
// role noun ("Trump openly admires", "critics reject"), never after a plain noun ("the rain fell").

const IRREGULAR: Record<string, string[]> = {
  say: ['said'], tell: ['told'], write: ['wrote', 'written'], think: ['thought'], find: ['found'], see: ['saw', 'seen'],
  know: ['knew', 'known'], speak: ['spoke', 'spoken'], feel: ['felt'], swear: ['swore', 'sworn'], forecast: ['forecast'],
  hear: ['heard'], understand: ['understood'], seek: ['sought'], foresee: ['foresaw', 'foreseen'], hold: ['held'],
  teach: ['taught'], forbid: ['forbade', 'forbidden'], lay: ['laid'], put: ['put'], bet: ['bet'], read: ['read'],
  give: ['gave', 'given'], take: ['took', 'taken'], mean: ['meant'], deny: ['denied'], reply: ['replied'], testify: ['testified'],
};

const VOWELS = 'aeiou';
// Two-syllable verbs stressed on the last syllable double its consonant: admitted, preferring.
const FINAL_STRESS = new Set(['admit', 'commit', 'submit', 'permit', 'omit', 'prefer', 'refer', 'confer', 'defer', 'regret',
  'rebut', 'concur', 'occur', 'incur', 'infer', 'control', 'compel', 'repel', 'propel', 'abet', 'allot', 'acquit', 'forget']);
/** Regular English inflections: base, third person, past, -ing (with the consonant doubled after a short stressed vowel in one-syllable verbs). */
export function inflect(base: string): { finite: string[]; ing: string } {
  const finite = [base];
  const last = base[base.length - 1]!;
  const prev = base[base.length - 2] ?? '';
  if (/(s|sh|ch|x|z|o)$/.test(base)) finite.push(base + 'es');
  else if (last === 'y' && !VOWELS.includes(prev)) finite.push(base.slice(0, -1) + 'ies');
  else finite.push(base + 's');
  const oneSyllable = base.replace(/[^aeiouy]+/g, ' ').trim().split(' ').length === 1;
  const cvc = !VOWELS.includes(last) && !'wxy'.includes(last) && VOWELS.includes(prev) && !VOWELS.includes(base[base.length - 3] ?? '');
  const stem = cvc && (oneSyllable || FINAL_STRESS.has(base)) ? base + last : base;
  const ing = last === 'e' && !/(ee|ye|oe)$/.test(base) ? base.slice(0, -1) + 'ing' : stem + 'ing';
  if (IRREGULAR[base]) finite.push(...IRREGULAR[base]!);
  else if (last === 'y' && !VOWELS.includes(prev)) finite.push(base.slice(0, -1) + 'ied');
  else finite.push(last === 'e' ? base + 'd' : stem + 'ed');
  return { finite, ing };
}

const STANCE_BASES = [
  // communication
  'say', 'tell', 'claim', 'argue', 'insist', 'deny', 'admit', 'accuse', 'warn', 'caution', 'predict', 'estimate', 'announce',
  'report', 'note', 'add', 'write', 'tweet', 'post', 'acknowledge', 'concede', 'confirm', 'suggest', 'declare',
  'assert', 'allege', 'contend', 'maintain', 'explain', 'reveal', 'disclose', 'testify', 'recall', 'reply', 'respond',
  'retort', 'counter', 'reiterate', 'repeat', 'echo', 'stress', 'emphasize', 'emphasise', 'mention', 'describe', 'cite',
  'quip', 'joke', 'boast', 'brag', 'complain', 'lament', 'concur', 'speculate', 'wonder', 'ask', 'question', 'inform',
  'assure', 'reassure', 'swear', 'guarantee', 'forecast', 'project', 'calculate', 'characterize', 'characterise', 'label',
  'brand', 'liken', 'compare', 'highlight', 'signal', 'indicate', 'conclude', 'speak', 'remark', 'observe', 'hint', 'imply',
  // stance
  'believe', 'think', 'expect', 'hope', 'fear', 'worry', 'doubt', 'feel', 'know', 'consider', 'regard', 'view',
  'reject', 'endorse', 'praise', 'criticise', 'criticize', 'urge', 'demand', 'vow', 'pledge', 'promise', 'support',
  'oppose', 'defend', 'dismiss', 'welcome', 'applaud', 'admire', 'condemn', 'denounce', 'decry', 'blast', 'slam', 'attack',
  'blame', 'challenge', 'dispute', 'disagree', 'agree', 'object', 'protest', 'refute', 'rebut', 'propose', 'recommend',
  'advocate', 'threaten', 'request', 'implore', 'encourage', 'advise', 'thank', 'congratulate', 'apologize', 'apologise',
  'mock', 'ridicule', 'deride', 'rebuke', 'scold', 'chastise', 'castigate', 'accuse', 'insinuate', 'acclaim', 'hail',
  'champion', 'favor', 'favour', 'prefer', 'want', 'plan', 'intend', 'refuse', 'decline', 'seek', 'offer', 'vote',
];

export const STANCE = new Set<string>();
export const STANCE_ING = new Set<string>();
for (const base of STANCE_BASES) {
  const { finite, ing } = inflect(base);
  for (const f of finite) STANCE.add(f);
  STANCE_ING.add(ing);
}

// Nouns that name a source by its role: "critics say", "the spokeswoman added", "a study found".
export const ROLE_NOUNS = new Set([
  'official', 'officials', 'expert', 'experts', 'critic', 'critics', 'analyst', 'analysts', 'economist', 'economists',
  'researcher', 'researchers', 'scientist', 'scientists', 'lawmaker', 'lawmakers', 'legislator', 'legislators',
  'senator', 'senators', 'advocate', 'advocates', 'activist', 'activists', 'opponent', 'opponents', 'supporter',
  'supporters', 'resident', 'residents', 'voter', 'voters', 'leader', 'leaders', 'aide', 'aides', 'adviser', 'advisers',
  'advisor', 'advisors', 'investigator', 'investigators', 'prosecutor', 'prosecutors', 'lawyer', 'lawyers', 'attorney',
  'attorneys', 'spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'source', 'sources', 'witness', 'witnesses',
  'minister', 'ministers', 'president', 'governor', 'mayor', 'judge', 'judges', 'company', 'companies', 'agency',
  'ministry', 'government', 'police', 'report', 'study', 'survey', 'poll', 'polls', 'statement', 'campaign', 'group',
  'groups', 'party', 'administration', 'committee', 'court', 'union', 'unions', 'doctors', 'teachers', 'parents',
  'democrats', 'republicans', 'conservatives', 'liberals', 'environmentalists', 'authorities', 'observers', 'diplomats',
  'candidate', 'candidates', 'representative', 'representatives', 'chairman', 'chairwoman', 'director', 'executive',
  'executives', 'organizers', 'organisers', 'protesters', 'members', 'employees', 'workers', 'scholars', 'historians',
]);
