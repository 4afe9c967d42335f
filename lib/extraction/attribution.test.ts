import { describe, expect, it } from 'vitest';
import { findAttributions } from './attribution';

const sources = (text: string) => findAttributions(text, [[0, text.length]])[0]!.map((a) => text.slice(...(a.sourceSpan ?? a.mentionSpan ?? [0, 0])));

describe('findAttributions', () => {
  it('finds two reporting clauses in one sentence', () => {
    expect(sources('The council said the bridge would reopen in May, but the mayor told reporters that June was likelier.')).toEqual(['The council', 'the mayor']);
  });
  it('reads a progressive cue after its auxiliary', () => {
    expect(sources('Local farmers are demanding compensation for the flooded fields.')).toEqual(['Local farmers']);
  });
  it('gives a participial cue after a comma to the sentence subject', () => {
    expect(sources('Maria Lopez rejected the offer on Tuesday, arguing that the price was too low.')).toEqual(['Maria Lopez']);
  });
  it('reads intent verbs followed by "to"', () => {
    expect(sources('The Harbour Authority plans to double the port fees next year.')).toEqual(['The Harbour Authority']);
  });
  it('reads a transcript speaker label inside an opening quote', () => {
    expect(sources('"SMITH: We never approved that budget.')).toEqual(['SMITH']);
  });
  it('does not read a cue in running prose without a source', () => {
    expect(sources('Heavy rain flooded the valley overnight.')).toEqual([]);
  });
});
