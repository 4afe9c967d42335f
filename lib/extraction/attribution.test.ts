import { describe, expect, it } from 'vitest';
import { findAttributions } from './attribution';
import { sourceKind } from './attribution-resolve';

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
  it('keeps a noun ending in -ly as the head and skips an -ly adverb', () => {
    expect(sources('The shop closed early, lawyers for the family said.')).toEqual(['lawyers for the family']);
    expect(sources('The river slowly flooded the lower fields.')).toEqual([]);
  });
  it('reads a singular collective noun as a source', () => {
    expect(sources('Two men were arrested at the scene, police said.')).toEqual(['police']);
  });
  it('reads two apostrophes as a quotation mark before an inverted cue', () => {
    expect(sources("''The rates will rise,'' said Ann Berg.")).toEqual(['Ann Berg']);
  });
  it('takes the apposition after an inverted source into its span, not into its name', () => {
    const text = '"Costs will double," said Ann Berg, a planner at the regional transport office.';
    expect(sources(text)).toEqual(['Ann Berg, a planner at the regional transport office']);
    expect(findAttributions(text, [[0, text.length]])[0]![0]!.source).toBe('Ann Berg');
  });
  it('reads an apposition over several commas back to the name', () => {
    expect(sources('"It is late," Ann Berg, the mayor of Dunmore, a town of 9,000, said on Monday.')).toEqual(['Ann Berg, the mayor of Dunmore, a town of 9,000']);
    const text = 'In a statement, one of the club\'s lawyers, Tom Reyes, said the fine was unfair.';
    expect(sources(text)).toEqual(["one of the club's lawyers, Tom Reyes"]);
    expect(findAttributions(text, [[0, text.length]])[0]![0]!.source).toBe('Tom Reyes');
  });
  it('reads a relative pronoun as a mention of the name before it', () => {
    const text = 'The council hired Ann Berg, who said the plan would work.';
    const [a] = findAttributions(text, [[0, text.length]])[0]!;
    expect([a!.source, text.slice(...a!.mentionSpan!), a!.sourceSpan]).toEqual(['Ann Berg', 'who', null]);
    expect(sources('The rule angered farmers, many of whom say it is unfair.')).toEqual(['many of whom']);
  });
  it('reads a stance verb in any inflection after a name, a pronoun or a role noun', () => {
    expect(sources('Senator Ruiz openly admires the new tariff plan.')).toEqual(['Senator Ruiz']);
    expect(sources('The pay offer was rejected, but the union has endorsed it.')).toEqual(['the union']);
    expect(sources('Critics criticised the merger as reckless.')).toEqual(['Critics']);
    expect(sources('She is endorsing the mayor for a second term.')).toEqual(['She']);
  });
  it('does not read a stance verb after a plain noun, as a noun, or inside another report', () => {
    expect(sources('The heavy rain rejected nothing.')).toEqual([]);
    expect(sources('Health worries have dogged the minister for months.')).toEqual([]);
    expect(sources('The mayor said she opposes the deal.')).toEqual(['The mayor']);
  });
  it('reads the agent of a passive stance verb', () => {
    const text = 'The budget was criticised by the Audit Office on Monday.';
    const [a] = findAttributions(text, [[0, text.length]])[0]!;
    expect([text.slice(...a!.sourceSpan!), text.slice(...a!.cueSpan!)]).toEqual(['the Audit Office', 'was criticised']);
    expect(sources('The bridge was damaged by the storm.')).toEqual([]);
  });
  it('reads a possessor as the source of a noun cue that gives its content', () => {
    const text = 'Ann Berg’s claim that the dam is safe was disputed.';
    expect(sources(text)).toEqual(['Ann Berg’s']);
    expect(findAttributions(text, [[0, text.length]])[0]![0]!.source).toBe('Ann Berg');
    expect(sources('Reporters noted Ann Berg’s comments on the dam.')).not.toContain('Ann Berg’s');
  });
  it('points "he" to the last person and "it" or "the ministry" to the last organisation', () => {
    const text = 'The Transport Ministry said fares would rise. Ann Berg, a commuter, said that was unfair. It said the rise was small. He added that the fares were fair. The ministry said it would review fares.';
    const spans: [number, number][] = [];
    for (let a = 0, i; (i = text.indexOf('. ', a)) >= 0 || a < text.length; a = i + 2) { const e = i >= 0 ? i + 1 : text.length; spans.push([a, e]); if (i < 0) break; }
    const found = findAttributions(text, spans).map((all) => all[0]?.source);
    expect(found).toEqual(['The Transport Ministry', 'Ann Berg', 'The Transport Ministry', 'Ann Berg', 'The Transport Ministry']);
  });
  // One sentence per string; returns each sentence's attributions.
  const story = (...parts: string[]) => {
    const text = parts.join(' ');
    const spans: [number, number][] = [];
    let at = 0;
    for (const p of parts) { spans.push([at, at + p.length]); at += p.length + 1; }
    return { text, found: findAttributions(text, spans) };
  };
  it('keeps a definite description with its own cue from taking a person named sentences earlier', () => {
    const { found } = story(
      'Mayor Tom Reyes said the bridge would reopen in June.',
      'He blamed the contractor for the delay.',
      'Meanwhile, some 4,000 lorries are queuing at the port, customs officers said, according to AFP.',
      '"By Tuesday evening, nearly 4,500 lorries were waiting at the gate," the source told AFP, adding that more were expected.',
    );
    const last = found[3]![0]!;
    expect(last.source).not.toBe('Mayor Tom Reyes');
    expect(['customs officers', 'the source']).toContain(last.source);
    expect(last.via).toBe('AFP');
  });
  it('leaves a definite description as its own source when nothing before it fits', () => {
    const { text, found } = story(
      'Ann Berg said the dam was safe.',
      'The reservoir has been full since April.',
      'Water levels rose by two metres overnight, the official told the BBC.',
    );
    const a = found[2]![0]!;
    expect([a.source, a.sourceSpan && text.slice(...a.sourceSpan), a.via]).toEqual(['the official', 'the official', 'the BBC']);
  });
  it('resolves a role noun to the earlier source that bears that role', () => {
    const { found } = story(
      'The blast damaged two homes, Novosti reported, citing the town\'s mayor Ivan Sirko.',
      'Writing on Telegram, the mayor urged residents to stay indoors.',
    );
    expect(found[1]![0]!.source).toBe("the town's mayor Ivan Sirko");
  });
  it('never reads a sentence-initial gerund as the source of a participle, nor points "she" to it', () => {
    const { text, found } = story(
      'Building new flood barriers along the coast is the "only sensible option", EU Climate Commissioner Maria Lind said on Monday, adding that funds were ready.',
      'Speaking to Reuters at a summit in Oslo, she called the delays "unacceptable".',
    );
    expect(found[0]!.map((a) => text.slice(...a.sourceSpan!))).toEqual(['EU Climate Commissioner Maria Lind']);
    expect(found[1]![0]!.source).toBe('EU Climate Commissioner Maria Lind');
    expect(found[1]![0]!.via).toBe('Reuters');
  });
  it('points a pronoun to the last named person, not to a person named before them', () => {
    const { found } = story(
      'Defence Minister Petro Hlib said the line was holding.',
      'At least 40 schools were shut, regional ombudswoman Olga Marchenko said.',
      'She said many teachers had left the region.',
    );
    expect(found[2]![0]!.source).toBe('regional ombudswoman Olga Marchenko');
  });
  it('points "she" past a source named as a man, and "he" past one named as a woman', () => {
    const { found } = story(
      'Ann Berg said the port would close.',
      'Harbour spokesman Tom Reyes said the cost was high.',
      'She said the closure would last a month.',
    );
    expect(found[2]![0]!.source).toBe('Ann Berg');
  });
  it('does not read a noun after "a" and a name as a cue ("a Lars Moe tweet")', () => {
    const { found } = story(
      'Hanna Vik is describing as “reckless” a Lars Moe tweet attacking the union.',
      'She said it insulted the workers.',
    );
    expect(found[1]![0]!.source).toBe('Hanna Vik');
  });
  it('keeps the source across auxiliaries and negation before the cue', () => {
    expect(sources('Port officials have not said when the quay will reopen.')).toEqual(['Port officials']);
    expect(sources('The harbour board did not immediately respond to questions about the closure.')).toEqual(['The harbour board']);
    expect(sources('The union didn’t confirm that the strike had ended.')).toEqual(['The union']);
  });
  it('reads the name after a lower-case title word mid-sentence', () => {
    expect(sources('The vote was delayed after rival Petra Holm denounced the count as rigged.')).toEqual(['Petra Holm']);
  });
  it('reads a word after a possessive or a hyphenated modifier as a noun, not a cue', () => {
    expect(sources('The minister’s warning came after a week of late-night talks.')).toEqual([]);
    expect(sources('Farmers in the valley read the early-morning reports with alarm.')).toEqual([]);
  });
  it('lets people and documents hold a stance', () => {
    expect(sources('The woman disputes the claim that she was warned.')).toEqual(['The woman']);
    expect(sources('The memo acknowledges the risk of flooding.')).toEqual(['The memo']);
  });
  it('leaves a joining conjunction out of the source and reads no stance into a question', () => {
    expect(sources('The mayor left early, and he said the bridge would stay shut.')).toEqual(['he']);
    expect(sources('Berg and Lund said the bridge would stay shut.')).toEqual(['Berg and Lund']);
    expect(sources('Mayor Berg, do you really think the bridge is safe?')).toEqual([]);
  });
  it('tells persons from organisations and from words that are no names', () => {
    expect(sourceKind('NATO Secretary-General Jens Stoltenberg')).toBe('person');
    expect(sourceKind("the city's mayor Ihor Polishchuk")).toBe('person');
    expect(sourceKind('Defense Ministry spokesman Igor Konashenkov')).toBe('person');
    expect(sourceKind('the UN Office for the Coordination of Humanitarian Affairs')).toBe('org');
    for (const w of ['Establishing', 'March', 'Friday', 'The', 'Meanwhile']) expect(sourceKind(w)).toBeNull();
  });
});
