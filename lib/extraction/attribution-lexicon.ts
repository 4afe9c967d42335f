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
  // the rest of the VerbNet classes these belong to, so coverage follows the class, not a corpus:
  // say-37.7, manner_speaking-37.3, complain-37.8, advise-37.9, lecture-37.11, talk-37.5
  'proclaim', 'recount', 'voice', 'confess', 'divulge', 'convey', 'articulate', 'relay', 'quote', 'shout', 'chant', 'yell',
  'scream', 'whisper', 'mutter', 'murmur', 'grumble', 'moan', 'whine', 'gripe', 'bellow', 'thunder', 'snap', 'sing',
  'alert', 'notify', 'counsel', 'instruct', 'brief', 'remind', 'comment', 'lecture', 'preach', 'theorize', 'theorise',
  'discuss', 'debate', 'negotiate', 'argue', 'spar', 'quarrel', 'confer', 'consult', 'chat', 'interrogate', 'quiz', 'grill',
  // judgment-33
  'assail', 'censure', 'commend', 'compliment', 'disparage', 'fault', 'lambaste', 'laud', 'reprimand', 'reproach',
  'scorn', 'shame', 'vilify', 'salute', 'honor', 'honour', 'excuse', 'forgive', 'berate', 'lash', 'chide', 'skewer',
  // conjecture-29.5, consider-29.9, declare-29.4
  'assume', 'conjecture', 'guess', 'hypothesize', 'imagine', 'presume', 'suppose', 'suspect', 'surmise', 'trust',
  'understand', 'deem', 'reckon', 'judge', 'certify', 'pronounce', 'proclaim', 'realize', 'realise', 'recognize',
  'recognise', 'acknowledge', 'anticipate', 'foresee', 'envision', 'envisage',
  // admire-31.2, marvel-31.3, want-32.1, long-32.2
  'adore', 'appreciate', 'cherish', 'despise', 'detest', 'dislike', 'distrust', 'envy', 'hate', 'loathe', 'love',
  'regret', 'resent', 'respect', 'revere', 'deplore', 'bemoan', 'mourn', 'marvel', 'desire', 'wish', 'crave', 'yearn',
  // urge-58.1, order-60, promise-13.3, support and opposition
  'exhort', 'beg', 'beseech', 'plead', 'petition', 'order', 'command', 'direct', 'require', 'forbid', 'permit',
  'back', 'resist', 'veto', 'block', 'boycott', 'embrace', 'tout', 'push', 'lobby', 'campaign', 'rally', 'decide',
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
  // people by what they are to the story
  'man', 'men', 'woman', 'women', 'person', 'people', 'child', 'children', 'student', 'students', 'mother', 'father',
  'wife', 'husband', 'son', 'daughter', 'friend', 'friends', 'neighbor', 'neighbors', 'neighbour', 'neighbours',
  'family', 'families', 'owner', 'owners', 'citizen', 'citizens', 'patient', 'patients', 'customer', 'customers',
  'viewers', 'readers', 'fans', 'host', 'anchor', 'reporter', 'reporters', 'journalist', 'journalists', 'editor',
  'editors', 'writer', 'author', 'authors', 'professor', 'professors', 'doctor', 'nurse', 'nurses', 'officer',
  'officers', 'soldier', 'soldiers', 'commander', 'commanders', 'general', 'chief', 'founder', 'manager', 'managers',
  'speaker', 'nominee', 'nominees', 'rival', 'rivals', 'challenger', 'incumbent', 'ally', 'allies', 'partner',
  'partners', 'ambassador', 'envoy', 'negotiators', 'donors', 'delegates', 'victims', 'survivors', 'relatives',
  // organisations and documents that speak in news copy: "the bank announced", "the memo shows"
  'firm', 'firms', 'bank', 'banks', 'network', 'newspaper', 'paper', 'website', 'organization', 'organisation',
  'association', 'coalition', 'institute', 'foundation', 'department', 'office', 'commission', 'authority', 'regulator',
  'regulators', 'ad', 'ads', 'film', 'documentary', 'book', 'article', 'letter', 'memo', 'transcript', 'documents',
  'records', 'data', 'figures', 'research', 'analysis', 'review', 'audit', 'investigation', 'filing', 'lawsuit',
  'complaint', 'video', 'footage', 'indictment', 'ruling', 'verdict', 'resolution', 'bill', 'law', 'plan', 'proposal',
]);
