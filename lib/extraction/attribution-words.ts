// The words reporters use to say who said something, shared by attribution and scoring.

const CUE_STEMS = [
  'say', 'says', 'said', 'tell', 'tells', 'told', 'add', 'adds', 'added', 'warn', 'warns', 'warned',
  'stated', 'announce', 'announces', 'announced', 'report', 'reports', 'reported',
  'claim', 'claims', 'claimed', 'note', 'notes', 'noted', 'explain', 'explains', 'explained',
  'write', 'writes', 'wrote', 'argue', 'argues', 'argued', 'insist', 'insists', 'insisted',
  'confirm', 'confirms', 'confirmed', 'deny', 'denies', 'denied', 'acknowledge', 'acknowledges',
  'acknowledged', 'admit', 'admits', 'admitted', 'assert', 'asserts', 'asserted', 'allege', 'alleges',
  'alleged', 'accuse', 'accuses', 'accused', 'caution', 'cautions', 'cautioned', 'predict', 'predicts',
  'predicted', 'estimate', 'estimates', 'estimated', 'suggest', 'suggests', 'suggested', 'believe',
  'believes', 'believed', 'think', 'thinks', 'tweet', 'tweets', 'tweeted', 'urge', 'urges', 'urged',
  'vow', 'vows', 'vowed', 'declare', 'declares', 'declared', 'reveal', 'reveals', 'revealed',
  'testify', 'testifies', 'testified', 'recall', 'recalls', 'recalled', 'respond', 'responds',
  'responded', 'reply', 'replies', 'replied', 'counter', 'counters', 'countered', 'stress', 'stresses',
  'stressed', 'emphasize', 'emphasized', 'emphasised', 'contend', 'contends', 'contended', 'promise',
  'promises', 'promised', 'pledge', 'pledged', 'pledges', 'indicate', 'indicates', 'indicated',
  'conclude', 'concludes', 'concluded', 'agree', 'agrees', 'agreed', 'complain', 'complains',
  'complained', 'concede', 'concedes', 'conceded', 'boast', 'boasts', 'boasted', 'blame', 'blames',
  'blamed', 'ask', 'asks', 'asked', 'quip', 'quipped', 'joke', 'joked', 'learn', 'learned', 'learnt',
  'show', 'shows', 'showed', 'find', 'finds', 'found', 'insinuate', 'insinuated', 'charge', 'charged',
  'maintain', 'maintains', 'maintained', 'demand', 'demands', 'demanded', 'hope', 'hopes', 'hoped',
  'fear', 'fears', 'feared', 'expect', 'expects', 'expected', 'question', 'questioned', 'hint',
  'hinted', 'mention', 'mentioned', 'describe', 'described',
  'observe', 'observed', 'observes', 'remark', 'remarked', 'signal', 'signaled', 'signalled',
  'call', 'calls', 'called', 'cite', 'cites', 'cited', 'criticize', 'criticized', 'criticised',
  'praise', 'praised', 'condemn', 'condemned', 'blast', 'blasted', 'slam', 'slammed', 'attack', 'attacked',
];
export const CUES = new Set(CUE_STEMS);

// Cues that never take a "that" clause on their own and so only count next to a quote or
// a source: kept apart so "found" or "show" in running prose is not read as a cue.
export const WEAK_CUES = new Set(['show', 'shows', 'showed', 'find', 'finds', 'found', 'hope', 'hopes',
  'hoped', 'fear', 'fears', 'feared', 'expect', 'expects', 'expected', 'ask', 'asks', 'asked', 'blame',
  'blames', 'blamed', 'question', 'questioned', 'charge', 'charged', 'demand', 'demands', 'demanded',
  'describe', 'described', 'learn', 'learned', 'learnt', 'agree', 'agrees', 'agreed',
  'maintain', 'maintains', 'maintained', 'note', 'notes', 'report', 'reports', 'counter', 'counters',
  'signal', 'call', 'calls', 'called', 'attack', 'attacked', 'praise', 'praised']);

export const PREPOSITIONS = new Set(['in', 'on', 'at', 'for', 'with', 'from', 'of', 'to', 'by', 'during', 'after', 'before']);

// Words that end a source noun phrase when reading leftwards from the cue.
export const BREAKERS = new Set([
  'that', 'which', 'who', 'whom', 'whose', 'what', 'where', 'when', 'while', 'because', 'but', 'if',
  'as', 'or', 'is', 'was', 'were', 'are', 'be', 'been', 'being', 'has', 'have', 'had', 'do', 'does',
  'did', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'not', 'than', 'so', 'to',
  'there', 'here', 'after', 'before', 'since', 'although', 'though', 'unless', 'whether', 'how', 'why',
  'yet', 'also', 'then', 'just', 'even', 'only', 'still', 'why', 'into', 'by', 'with', 'without',
  'about', 'over', 'against', 'under', 'between', 'despite', 'during', 'like', 'unlike', 'about',
]);

// Between a source and its cue: "Marcinkiv also confirmed", "official on Friday warned".
export const ADVERBIALS = new Set([
  'also', 'has', 'have', 'had', 'would', 'will', 'earlier', 'later', 'previously', 'recently', 'again',
  'then', 'further', 'publicly', 'repeatedly', 'reportedly', 'once', 'often', 'never', 'already',
  'initially', 'originally', 'separately', 'privately', 'repeatedly', 'frequently', 'explicitly',
  'flatly', 'firmly', 'simply', 'openly', 'now', 'today', 'yesterday', 'tonight', 'last', 'this',
  'on', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'week',
  'month', 'year', 'morning', 'afternoon', 'evening', 'night', 'late', 'early', 'however', 'too',
  'himself', 'herself', 'itself', 'themselves', 'privately', 'correctly', 'falsely', 'wrongly',
]);

// Auxiliaries and negation between a source and its cue: "Lawmakers have not said", "the
// campaign did not immediately respond", "she can't confirm". Skipped only next to a cue.
export const AUXILIARIES = new Set(['not', 'never', 'did', 'does', 'do', 'can', 'could', 'may', 'might', 'should',
  'must', 'shall', 'long', 'first', 'still', 'just', 'even', 'only', 'soon', 'since', 'both', 'all', 'each',
  "didn't", 'didn’t', "doesn't", 'doesn’t', "don't", 'don’t', "hasn't", 'hasn’t', "haven't", 'haven’t',
  "hadn't", 'hadn’t', "won't", 'won’t', "wouldn't", 'wouldn’t', "can't", 'can’t', "couldn't", 'couldn’t']);

export const PASSIVE = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'being', 'to', 'get', 'got']);

export const PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you']);

export const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'this',
  'these', 'those', 'my', 'your', 'some', 'several', 'many', 'two', 'three', 'both', 'other', 'another']);

// After a name in an inverted clause ("said Mayor Ihor Terekhov on Friday"), these end it.
export const TIME_WORDS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday',
  'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
  'october', 'november', 'december', 'today', 'yesterday', 'earlier', 'last', 'this', 'late', 'early',
  'a', 'an', 'his', 'her', 'its', 'their', 'national', 'social', 'state']);

// Reporting verbs in -ing form: after "is", "are", "was", "were", "been" they report ("is demanding"),
// and after a comma they report for the sentence's subject ("…, saying the plan had failed").
export const ING_CUES = new Set(['saying', 'telling', 'adding', 'warning', 'arguing', 'claiming', 'insisting',
  'noting', 'asserting', 'alleging', 'accusing', 'calling', 'urging', 'demanding', 'stressing', 'promising',
  'suggesting', 'predicting', 'declaring', 'denying', 'acknowledging', 'admitting', 'explaining', 'vowing',
  'pledging', 'complaining', 'questioning', 'criticizing', 'blaming', 'charging', 'contending', 'maintaining',
  'asking', 'announcing', 'confirming', 'describing', 'encouraging', 'threatening', 'proposing', 'pushing', 'stating', 'writing']);

// Verbs of intent and refusal that attribute a stance when followed by "to": "Trump wants to build".
export const INTENT_CUES = new Set(['want', 'wants', 'wanted', 'plan', 'plans', 'planned', 'intend', 'intends',
  'intended', 'hope', 'hopes', 'hoped', 'expect', 'expects', 'expected', 'refuse', 'refuses', 'refused',
  'decline', 'declines', 'declined', 'vow', 'vows', 'vowed', 'pledge', 'pledges', 'pledged', 'promise',
  'promises', 'promised', 'threaten', 'threatens', 'threatened', 'propose', 'proposes', 'proposed', 'offer',
  'offers', 'offered', 'seek', 'seeks', 'sought', 'urge', 'urges', 'urged', 'agree', 'agrees', 'agreed']);

export const PROGRESSIVE = new Set(['is', 'are', 'was', 'were', 'been', "'s", '’s']);

// Singular nouns that name a group and speak as one: "police said", "management told staff".
export const COLLECTIVE = new Set(['police', 'staff', 'management', 'government', 'administration', 'military',
  'army', 'prosecution', 'defence', 'defense', 'leadership', 'opposition', 'clergy', 'media', 'press', 'public',
  'parliament', 'congress', 'senate', 'cabinet', 'committee', 'council', 'board', 'court', 'jury', 'panel']);

// Capitalised words that open a sentence but never name anyone: "Establishing corridors is…",
// "Meanwhile, …", "March was…". Words in -ing are tested apart (isGerund).
export const NOT_NAMES = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
  'october', 'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'today', 'yesterday', 'tomorrow', 'this', 'that', 'these', 'those', 'there', 'here', 'the', 'a', 'an', 'its', 'his',
  'her', 'their', 'our', 'my', 'your', 'some', 'several', 'many', 'most', 'all', 'each', 'every', 'no', 'none', 'both',
  'other', 'another', 'such', 'one', 'two', 'three', 'however', 'meanwhile', 'also', 'additionally', 'separately',
  'moreover', 'furthermore', 'still', 'then', 'now', 'after', 'before', 'while', 'when', 'if', 'as', 'since',
  'although', 'though', 'because', 'but', 'and', 'or', 'so', 'yet', 'in', 'on', 'at', 'for', 'with', 'from', 'by',
  'of', 'to', 'what', 'which', 'who', 'whom', 'whose', 'why', 'how', 'where', 'asked', 'according', 'despite']);

/** A capitalised -ing word at the start of a sentence is a verb or a noun, not a name: "Establishing", "Speaking". */
export const isGerund = (word: string) => word.length > 5 && /ing$/i.test(word);
