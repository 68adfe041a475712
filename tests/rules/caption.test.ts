import { describe, expect, it } from 'vitest';
import { cleanText } from '../../src/clean/index.js';
import { changesOf, clean, fixtureSuite, linearTimeSuite, plainContext } from './_fixtures.js';

fixtureSuite('caption');
linearTimeSuite('caption');

describe('caption spans', () => {
  it('takes the whole caption line of the example with its credit', () => {
    const line = 'Belarusian security forces brutally disperse mass protests (Photo: Tut.by)';
    expect(changesOf('caption', `${line}\n\nMore than one hundred officers signed.`)).toEqual([[line, '']]);
  });
  it('removes only the credit from a paragraph of sentences', () => {
    const text = 'Riot police used water cannons (Photo: Tut.by). Dozens were injured.';
    expect(changesOf('caption', text)).toEqual([[' (Photo: Tut.by)', '']]);
    expect(clean(text)).toBe('Riot police used water cannons. Dozens were injured.');
  });
  it('takes only the credit after a sentence where the line rules do not run (an HTML page\'s text)', () => {
    expect(changesOf('caption', 'The explosion damaged three houses. Photo: State Emergency Service')).toEqual([[' Photo: State Emergency Service', '']]);
  });
  it('leaves a caption of one or two sentences under its labelled credit to page-furniture, which takes it whole', () => {
    const lines = [
      'The explosion damaged three houses. Photo: State Emergency Service',
      'Residents queue at a tanker in Bengaluru on Friday. | Photo Credit: Sanjay Rao',
      'Les parents ont installé des banderoles lundi soir. (Photo Le Quotidien des Marais – Julien Pineau)',
      'Jean Dupont inspects his hives on Monday. © Photo credit: L’Écho de la Garonne – Thierry More',
      'Die Argentinier stehen nach dem Sieg im Halbfinale. Foto: dpa',
    ];
    for (const line of lines) {
      const text = `${line}\n\nMore than one hundred officers signed the letter on Monday.`;
      expect(changesOf('caption', text, plainContext), line).toEqual([]);
      expect(changesOf('page-furniture', text, plainContext), line).toEqual([[line, '']]);
    }
  });
  it('takes only the credit after a paragraph of three sentences, and keeps a sign-off without a label', () => {
    const para = 'The talks ended. The minister left. The rest stayed until dawn. Photo: State Emergency Service';
    expect(changesOf('caption', para, plainContext)).toEqual([[' Photo: State Emergency Service', '']]);
    expect(changesOf('page-furniture', para, plainContext)).toEqual([]);
    expect(changesOf('caption', 'Sales rose 5% in the quarter, the company said. (Reuters)', plainContext)).toEqual([]);
    expect(changesOf('caption', 'The ceremony ended at noon. (Photo of the week)', plainContext)).toEqual([]);
    expect(changesOf('page-furniture', 'The ceremony ended at noon. (Photo of the week)', plainContext)).toEqual([]);
  });
  it('keeps a dateline agency', () => {
    expect(changesOf('caption', 'KYIV (AFP) — The parliament backed the sanctions.')).toEqual([]);
  });
});

describe('caption: a line that repeats a sentence of the document', () => {
  const text = [
    'Floodwater reached the valley town on Sunday night after two days of rain.',
    'The minister, 54, arrives at the summit in Brussels on Monday morning',
    'Talks went on late into the night. The minister, 54, arrived at the summit in Brussels on Monday morning, and left on Tuesday.',
    'The photo of the detention was shared 10,000 times.',
  ].join('\n\n');
  it('removes the short line, with the sentence it repeats as the reason', () => {
    const removed = cleanText(text, { markers: [], boilerplate: [] }, () => true).changes.filter((c) => c.rule === 'caption');
    expect(removed.map((c) => text.slice(c.start, c.end))).toEqual(['The minister, 54, arrives at the summit in Brussels on Monday morning']);
    expect(removed[0]!.reason).toBe('repeats a sentence of the paragraph below (“The minister, 54, arrived at the summit in …”)');
  });
  it('keeps a subheading that names the matter of a sentence above it (four content words)', () => {
    const doc = [
      'Firefighters were called to the house on Elm Street before dawn.',
      'Nobody was hurt. The cause was a smoke alarm battery failure.',
      'Smoke alarm battery failure',
      'Firefighters say a battery should be changed every year, and tested every month.',
    ].join('\n\n');
    expect(changesOf('caption', doc)).toEqual([]);
  });
  it('keeps the title and the lead, whatever repeats them', () => {
    const lead = 'The minister arrived at the summit in Brussels on Monday morning';
    const doc = `${lead}\n\nTalks went on late. ${lead}, and left on Tuesday.\n\nThe summit ends on Friday.`;
    expect(changesOf('caption', doc)).toEqual([]);
    const titled = `Talks began.\n\n${lead}\n\nTalks went on late. ${lead}, and left on Tuesday.`;
    expect(changesOf('caption', titled, { markers: [], boilerplate: [], title: lead })).toEqual([]);
    expect(changesOf('caption', titled)).toEqual([[lead, '']]);
  });
  it('keeps a line that ends as a sentence ends, and every line of a body told twice', () => {
    const told = 'Police suspect the body was dumped over the weekend.';
    const doc = `A body was found at the dump.\n\n${told}\n\nThe scavengers called the police. ${told} They found no clues.`;
    expect(changesOf('caption', doc)).toEqual([]);
    const twice = [
      'Fires broke out in four provinces on Tuesday.',
      'Firefighters in Izmir fought a blaze in the forest near Bornova from the air. Crews in Kepsut stopped a fire spreading from a field to the woods. In Kavak two hectares of pasture burned before the wind dropped.',
      'Firefighters in Izmir fought a blaze in the forest near Bornova from the air',
      'Crews in Kepsut stopped a fire spreading from a field to the woods',
      'In Kavak two hectares of pasture burned before the wind dropped',
    ].join('\n\n');
    expect(changesOf('caption', twice)).toEqual([]);
    // Two of them are captions.
    expect(changesOf('caption', twice.split('\n\n').slice(0, 4).join('\n\n'))).toHaveLength(2);
  });
});

describe('caption: a caption ending in a photographer credit', () => {
  it('takes the caption sentence whole, with the credit as the reason', () => {
    const line = 'Firefighters work at the scene of the blaze in the old town, March 3, 2021. (AP Photo/Tom Baker)';
    const removed = cleanText(`${line}\n\nThe fire started in a bakery on Sunday night.`, { markers: [], boilerplate: [] }, () => true).changes.filter((c) => c.rule === 'caption');
    expect(removed.map((c) => c.reason)).toEqual(["a caption ending in a photographer's credit (“(AP Photo/Tom Baker)”)"]);
  });
  it('takes a credit of a name and an outlet alone on its line, and one glued to the caption', () => {
    expect(changesOf('caption', 'Tom Reyes/Stringer/Getty Images')).toEqual([['Tom Reyes/Stringer/Getty Images', '']]);
    expect(changesOf('caption', 'A worker sorts parcels in Leeds, May 4, 2022.Reuters')).toEqual([['A worker sorts parcels in Leeds, May 4, 2022.Reuters', '']]);
  });
  it('keeps a paragraph of three sentences ending in such a credit, and a sign-off after a blank', () => {
    expect(changesOf('caption', 'The talks ended. The minister left. The rest stayed until dawn. Jane Moreau/Getty Images').map(([t]) => t)).toEqual([]);
    expect(changesOf('caption', 'The ceasefire is due to take effect at midnight, officials said. AFP')).toEqual([]);
  });
});
