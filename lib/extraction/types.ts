// The extraction contract: what `extract(text)` returns. Every offset counts UTF-16
// code units of the input (JavaScript string indices); spans are half-open [start, end).

export type Span = [start: number, end: number];

/** `furniture`: what the page says about itself, not the news: promotions and subscription
 * prompts, teasers and "related" lists, navigation, correction notes. Never offered as claims. */
export type BlockKind = 'headline' | 'dek' | 'paragraph' | 'heading' | 'caption' | 'credit' | 'byline' | 'furniture';

export interface Block {
  kind: BlockKind;
  start: number;
  end: number;
  /** For a caption or credit that repeats an earlier one, the index of the first in `blocks`. */
  repeatOf?: number;
}

export interface Sentence {
  start: number;
  end: number;
  /** Index into `blocks` of the block the sentence sits in. */
  block: number;
}

export type ClaimKind = 'statistic' | 'quote' | 'event' | 'forecast' | 'other';

export interface Attribution {
  /** Who made the claim, as named in the text ("Viktor Gulevich", "TASS", "the city council"). */
  source: string;
  /** Where the source is named for this claim; null when it is carried from an earlier sentence ("he said"). */
  sourceSpan: Span | null;
  /** The reporting cue ("said", "according to", "told"); null when there is none in the sentence. */
  cueSpan: Span | null;
  /** Where a carried source is referred to in this sentence ("he", "the official"). */
  mentionSpan?: Span;
  /** The outlet that relayed the source ("TASS" in "TASS reported, citing Konashenkov"). */
  via?: string;
  viaSpan?: Span;
}

export interface ExtractedClaim {
  start: number;
  end: number;
  /** Exactly `text.slice(start, end)`. */
  text: string;
  kind: ClaimKind;
  /** Check-worthiness in [0, 1]. */
  score: number;
  /** `score` at or above the model's threshold. */
  checkworthy: boolean;
  /** Why the score is high, in a few words, strongest first ("a figure", "a named source", "a date"); empty when it is not. */
  reasons: string[];
  attribution: Attribution | null;
  /** Other places in the text that state the same claim (headline, dek, repeated caption). */
  duplicates: Span[];
  /** Index into `sentences` of the sentence the claim comes from. */
  sentence?: number;
}

export interface Extraction {
  blocks: Block[];
  sentences: Sentence[];
  claims: ExtractedClaim[];
  /** With extract()'s `skip`: the claim spans of the sentences left unread. */
  skipped?: Span[];
}
