// Part-of-speech tags from wink-nlp (its English lite model ships inside an npm package: no
// network), with the character offsets of each tagged word. Attribution asks for them only on
// the sentences where it found a reporting clause, so most of an article is never tagged.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

export interface TaggedWord { start: number; end: number; pos: string }

let nlp: ReturnType<typeof winkNLP> | undefined;

/** The words of text[start, end) with their universal POS tags (NOUN, PROPN, VERB, ADP…). */
export function tagWords(text: string, start: number, end: number): TaggedWord[] {
  nlp ??= winkNLP(model, ['pos']);
  const slice = text.slice(start, end);
  const tokens = nlp.readDoc(slice).tokens();
  const values = tokens.out() as string[];
  const tags = tokens.out(nlp.its.pos) as string[];
  const out: TaggedWord[] = [];
  let at = 0;
  values.forEach((v, k) => {
    // wink keeps each token's text as written, so it is found again in order
    const i = slice.indexOf(v, at);
    if (i < 0) return;
    out.push({ start: start + i, end: start + i + v.length, pos: tags[k]! });
    at = i + v.length;
  });
  return out;
}

/** The tags of the words inside [a, b). */
export const tagsIn = (tagged: TaggedWord[], a: number, b: number): TaggedWord[] => tagged.filter((t) => t.start >= a && t.end <= b);
