// Version 2 of the sample article, as a desk would get it: an update line and a new
// paragraph on top, two figures changed, a sentence reworded, a paragraph removed, spacing
// retyped. Applied as edits to version 1's text (the sample itself stays in ../shared).
// For tests, the e2e journey, screenshots and the benchmark; not imported by product code.

export const SAMPLE_REVISION = {
  update: 'UPDATED at 14:05 with evacuation figures and the border service statement.',
  added: 'The Ukrainian border service said on Saturday that 1,300 Belarusian troops had moved to within 20 km of the border near Brest.',
  edits: [
    ['At least 1,582 civilians in Ukraine\'s southeastern city of Mariupol', 'At least 1,600 civilians in Ukraine\'s southeastern city of Mariupol'],
    ['Some 7,144 people were evacuated', 'Some 7,200 people were evacuated'],
    ['Russian forces hit a psychiatric hospital near the eastern Ukrainian town of Izyum on Friday', 'Russian forces struck a psychiatric hospital near the eastern town of Izyum on Friday'],
    // Retyped, not rewritten: spacing and quote marks change, the words do not.
    ['More than 2.5 million people have fled Ukraine', 'More than 2.5 million people  have fled Ukraine'],
    ['"We hope it will work today," Vereshchuk said', '“We hope it will work today,” Vereshchuk said'],
  ] as const,
  removed: 'At least 78 children have been killed in Ukraine since Russian invaded, Ukrainian human rights ombudswoman Lyudmyla Denisova said on Friday.',
};

function replaceOnce(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  if (at === -1 || text.indexOf(from, at + 1) !== -1) throw new Error(`The revision expects exactly one "${from.slice(0, 40)}…" in the text`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

/** Version 2 of the sample article's canonical body. */
export function reviseSample(body: string): string {
  let text = body;
  for (const [from, to] of SAMPLE_REVISION.edits) text = replaceOnce(text, from, to);
  text = replaceOnce(text, `${SAMPLE_REVISION.removed}\n\n`, '');
  // After the headline and dek, before the photo caption: the top of the story.
  const blocks = text.split('\n\n');
  blocks.splice(2, 0, SAMPLE_REVISION.update, SAMPLE_REVISION.added);
  return blocks.join('\n\n');
}
