// Held-out style cases for the splitter, written for this project (not taken from any public set):
// the shapes the golden rules do not cover, as pasted news copy shows them.
import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences';

const sentencesOf = (text: string) => splitSentences(text).map(([a, b]) => text.slice(a, b));

describe('splitSentences on shapes beyond the golden rules', () => {
  it.each([
    ['a sentence glued to the next', 'The mill shut in 2019.Its owners blamed energy costs.', ['The mill shut in 2019.', 'Its owners blamed energy costs.']],
    ['a glued sentence after a name', 'The depot moved to Leeds.Staff were told on Friday.', ['The depot moved to Leeds.', 'Staff were told on Friday.']],
    ['a web address, which is no boundary', 'Forms are at harbourcouncil.gov.uk/Permits until June. Fees rise then.', ['Forms are at harbourcouncil.gov.uk/Permits until June.', 'Fees rise then.']],
    ['an email address', 'Tips go to desk.editor@paper.example. The desk answers daily.', ['Tips go to desk.editor@paper.example.', 'The desk answers daily.']],
    ['an abbreviation learnt from the text', 'Two Ore. counties voted no. Turnout in the Ore. Senate race was low. In Ore. Democrats lost seats.', ['Two Ore. counties voted no.', 'Turnout in the Ore. Senate race was low.', 'In Ore. Democrats lost seats.']],
    ['a number after "No."', 'The ferry, No. 12 on the list, sank. Nobody was hurt.', ['The ferry, No. 12 on the list, sank.', 'Nobody was hurt.']],
    ['times with a.m. and p.m.', 'Polls open at 7 a.m. and close at 8 p.m. Results follow overnight.', ['Polls open at 7 a.m. and close at 8 p.m.', 'Results follow overnight.']],
    ['an ellipsis inside a sentence', 'The plan was… ambitious, critics said. It failed.', ['The plan was… ambitious, critics said.', 'It failed.']],
    ['a quotation of several sentences inside a reporting clause', '“We lost the barn. We lost the herd,” the farmer said. Insurers are assessing the damage.', ['“We lost the barn. We lost the herd,” the farmer said.', 'Insurers are assessing the damage.']],
    ['a sentence in parentheses', 'Rents rose 8%. (Wages rose 3%.) Tenants protested.', ['Rents rose 8%.', '(Wages rose 3%.)', 'Tenants protested.']],
    ['a decimal and a version number', 'Growth was 2.4 per cent in version 3.1 of the data. Revisions are due.', ['Growth was 2.4 per cent in version 3.1 of the data.', 'Revisions are due.']],
  ])('%s', (_, input, expected) => {
    expect(sentencesOf(input)).toEqual(expected);
  });

  it('keeps list items apart, with or without end punctuation', () => {
    const text = 'The council agreed to:\n• cut bus fares by 10%\n• open two libraries on Sundays\n• hire 40 wardens';
    expect(sentencesOf(text)).toEqual(['The council agreed to:\n', '• cut bus fares by 10%', '• open two libraries on Sundays', '• hire 40 wardens'].map((s) => s.trim()));
  });
});
