// The trained check-worthiness model on news sentences written for these tests.
import { statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHECKWORTHY_THRESHOLD, scoreCheckworthiness } from './index';
import { aboutTheReporting, checkworthinessFeatures } from './checkworthiness-features';
import { assessCheckworthiness } from './checkworthiness';
import shipped from './checkworthiness-model.json';

const worthy = (s: string) => scoreCheckworthiness(s) >= CHECKWORTHY_THRESHOLD;

describe('check-worthiness', () => {
  it('ships a small model with a threshold inside the scale and a weight for every hand feature', () => {
    expect(statSync(path.join(__dirname, 'checkworthiness-model.json')).size).toBeLessThan(1024 * 1024);
    expect(CHECKWORTHY_THRESHOLD).toBeGreaterThan(0.1);
    expect(CHECKWORTHY_THRESHOLD).toBeLessThan(0.9);
    const names = Object.keys(checkworthinessFeatures('Prices rose 4% in May.'));
    expect(Object.keys(shipped.hand).sort()).toEqual(names.sort());
  });

  it.each([
    'At least 14 people were killed and 30 injured when a bus overturned near Lyon on Tuesday, police said.',
    'Unemployment rose to 5.2% in March from 4.8% a year earlier, the statistics office said.',
    "The council approved a $2.3 million budget for road repairs on Monday, according to the mayor's office.",
    'The ministry said 1,200 families had been evacuated from the flooded districts.',
    'Two hospitals were damaged in the shelling, the governor said.',
    'The storm was the strongest to hit the region since records began in 1950, the Met Office said.',
    'Police arrested three men in connection with the robbery in Leeds on Saturday.',
    'Exports to China fell by half last year, the lowest level in a decade.',
  ])('scores a figure, a toll, a dated event or an attributed fact as check-worthy: %s', (s) => {
    expect(worthy(s)).toBe(true);
  });

  it.each([
    ['a heading', 'What happens next'],
    ['a heading with names', 'Kyiv and Lviv'],
    ['a caption', 'Mayor Anna Lind looks on during a news conference in Oslo, Norway, May 4, 2023.'],
    ['a photo credit', '(Photo credit: Jane Doe/Reuters)'],
    ['a byline', 'By Ann Berg'],
    ['an opinion', 'I think this is a wonderful city and we should all be proud of it.'],
    ['a question', 'How many people will lose their jobs if the factory closes?'],
    ['a question with a figure', 'Will the 2,000 jobs the company promised in 2019 ever appear?'],
    ['thanks', 'Thank you all for coming out tonight.'],
    ['boilerplate', 'The company did not immediately respond to a request for comment on Friday.'],
    ['boilerplate', 'The minister could not be reached for comment.'],
    ['boilerplate', 'A spokesperson for the army declined to comment.'],
    ['boilerplate', 'Reuters could not independently verify the figures.'],
    ['boilerplate', 'There was no immediate comment from the Interior Ministry.'],
  ])('scores %s as not check-worthy: %s', (_, s) => {
    expect(worthy(s)).toBe(false);
  });

  it.each([
    'Senator Hale voted against the farm bill three times last year.',
    'We have cut the waiting list by more than half since the clinic opened.',
    'The governor has closed eleven rural schools.',
    'Our administration created forty-two thousand jobs in the building trade.',
    'The county now runs the largest deficit in its history.',
  ])('scores a statement of what someone did or a record, in speech as in copy, as check-worthy: %s', (s) => {
    expect(worthy(s)).toBe(true);
  });

  it.each([
    'I want to thank my family for standing with me.',
    'We will fight for every family in this state.',
    'I have always believed in this town.',
  ])('still scores a speaker on their own hopes and feelings as not check-worthy: %s', (s) => {
    expect(worthy(s)).toBe(false);
  });

  it('ranks the same statement by how much there is to check in it', () => {
    const figure = scoreCheckworthiness('At least 78 children have been killed since the war began, the ombudswoman said on Friday.');
    const noFigure = scoreCheckworthiness('Children have been killed since the war began, the ombudswoman said.');
    const flat = scoreCheckworthiness('The war goes on.');
    const opinion = scoreCheckworthiness('I believe we must never forget the children.');
    expect(figure).toBeGreaterThan(noFigure);
    expect(noFigure).toBeGreaterThan(flat);
    expect(flat).toBeGreaterThan(opinion);
  });

  it('lowers a statement when it is asked, hedged or about the reporting', () => {
    const said = 'Ticket prices rose 12% in January, the rail operator said.';
    expect(scoreCheckworthiness('Did ticket prices rise 12% in January?')).toBeLessThan(scoreCheckworthiness(said));
    expect(scoreCheckworthiness('Ticket prices might rise 12% in January, the rail operator said.')).toBeLessThan(scoreCheckworthiness(said));
    expect(scoreCheckworthiness('The rail operator did not respond to a request for comment on the 12% rise.')).toBeLessThan(0.1);
  });

  it('reads "May" as a month next to a figure and as a modal elsewhere, and "US" as no pronoun', () => {
    expect(checkworthinessFeatures('Prices may rise.')).toMatchObject({ dates: 0, modal: 1 });
    expect(checkworthinessFeatures('Prices rose on May 4.')).toMatchObject({ dates: 0.5, modal: 0 });
    expect(checkworthinessFeatures('Prices rose on 4 May.')).toMatchObject({ dates: 0.5, modal: 0 });
    expect(checkworthinessFeatures('The US must not forget us.').firstPerson).toBe(0.5);
  });

  it('tells the reporting apart from the news', () => {
    expect(aboutTheReporting("The embassy didn't immediately reply to an email.")).toBe(true);
    expect(aboutTheReporting('It was not immediately clear how many people were inside.')).toBe(true);
    expect(aboutTheReporting('The embassy said 40 staff had left the country.')).toBe(false);
  });

  it('keeps every feature in [0, 1]', () => {
    const f = checkworthinessFeatures('More than 2,000,000 (2 million) people — 45% of voters, $3bn — voted on Sunday, March 3, 2024, officials said?!');
    for (const [name, value] of Object.entries(f)) {
      expect(value, name).toBeGreaterThanOrEqual(0);
      expect(value, name).toBeLessThanOrEqual(1);
    }
  });

  it('spreads its scores rather than piling them at 1', () => {
    const scores = [
      'Unemployment fell to 3.9% in April, the lowest level since 2001, the Labor Department said.',
      'The mayor said the new bridge would open in the spring.',
      'Councillors met on Tuesday evening.',
      'We are going to make this city great again.',
      'Thank you so much.',
      'The company cut 4,000 jobs last year because demand for its phones collapsed.',
    ].map(scoreCheckworthiness);
    expect(scores.filter((x) => x > 0.99)).toHaveLength(0);
    expect(Math.max(...scores) - Math.min(...scores)).toBeGreaterThan(0.6);
    expect(new Set(scores.map((x) => x.toFixed(2))).size).toBe(scores.length);
  });

  it('says in a few words why a sentence scored high, and nothing for a low one', () => {
    const high = assessCheckworthiness('Rents in the city rose 14% in 2023, more than anywhere else in the country.');
    expect(high.score).toBeGreaterThanOrEqual(CHECKWORTHY_THRESHOLD);
    expect(high.reasons).toContain('a figure');
    expect(high.reasons.length).toBeLessThanOrEqual(3);
    const causal = assessCheckworthiness('The ferry service was cancelled because the operator ran out of money in March.');
    expect(causal.features.cause).toBe(1);
    expect(assessCheckworthiness('Thank you all for coming tonight.').reasons).toEqual([]);
  });

  it('scores any text, however odd, in [0, 1]', () => {
    for (const s of ['', ' ', '?', '🙂 12 😀', 'İSTANBUL Σ 5%', 'x'.repeat(5000), '1 2 3 4 5 6 7 8 9 10 11 12']) {
      const score = scoreCheckworthiness(s);
      expect(score).toBeGreaterThanOrEqual(0);
      expect(score).toBeLessThanOrEqual(1);
    }
  });
});
