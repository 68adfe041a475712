/**
 * Regression tests for bugs found by the property tests in the pipeline (title detection) and
 * in the order of cleaning (one round of proposals could leave work for a second run).
 */
import { describe, expect, it } from 'vitest';
import { createProcessor } from '../src/pipeline/index.js';
import { defaultSettings } from '../src/settings.js';
import type { UnscrapeRecord } from '../src/types.js';

const run = (data: string) => createProcessor(defaultSettings())({ path: 'doc.txt', data }) as UnscrapeRecord;

describe('pipeline: title detection', () => {
  // pipeline.ts titleIsNoise() rejects a first line when ANY cleaning change touches it, a
  // mojibake repair included, so "Kyivâ€™s …" is not taken as the title and stays in the text.
  // Fix: count only removals: `cleaned.changes.some((c) => c.start < end && c.replacement === '')`.
  it('takes a title whose only problem is mojibake', () => {
    const record = run('Kyivâ€™s energy company announced new outage schedules\n\nDTEK said on Tuesday that outages would last four hours.\n');
    expect(record.title).toBe('Kyiv’s energy company announced new outage schedules');
  });

  // With "[ad_1]" above the title the first pass finds no title; cleaning the output again
  // finds "Minsk" as the title: title + text is the same, but the split is not idempotent.
  // Fix: in extractStage, when the first line is noise, skip leading lines that cleaning
  // removes whole and try findTitle on the next line (bodyStart stays 0 so the removals keep
  // their records; the title line's span is then excluded from the body instead).
  it('finds the same title under an ad marker as without it', () => {
    const first = run('[ad_1]\n\nProtests in Minsk\n\nThousands marched on Sunday.\n');
    expect(first.title).toBe('Protests in Minsk');
  });

  // A line separator inside the first line (U+2028) split it for the rules, not for the title:
  // "Minsk \u2028 Photo by Minsk also" was taken as the title "Minsk Photo by Minsk also", which
  // a second cleaning then removed as a caption (a random property run found it).
  it('judges a title line as the one line the title is: a second cleaning removes nothing more', () => {
    const first = run('Minsk \u2028 Photo by Minsk also \n\n\nMinsk.\n');
    expect(first.title).toBeUndefined();
    const again = run(first.text);
    expect(again.removed).toEqual([]);
    expect(again.edits).toEqual([]);
  });

  // The title is judged with the cleaning the document gets: a line that a configured marker
  // or boilerplate phrase removes is not the title, and the title is found below it.
  it('skips a first line that a configured marker or boilerplate phrase removes', () => {
    const data = 'Sponsored by Acme Bank\n\nProtests in Minsk\n\nThousands marched on Sunday.\n';
    expect((createProcessor(defaultSettings())({ path: 'doc.txt', data }) as UnscrapeRecord).title).toBe('Sponsored by Acme Bank');
    for (const configured of [{ boilerplate: ['Sponsored by'] }, { markers: ['Sponsored by Acme Bank'] }]) {
      const record = createProcessor({ ...defaultSettings(), ...configured })({ path: 'doc.txt', data }) as UnscrapeRecord;
      expect(record.title).toBe('Protests in Minsk');
      expect(record.text).toBe('Thousands marched on Sunday.');
    }
  });
});

describe('pipeline: page furniture above a title', () => {
  // The title line was judged by the rules without the plain-text context, so page-furniture
  // never ran on it: "Skip to content" or a dateline above a story became its title.
  it('is no title, and the title is found below it', () => {
    for (const furniture of ['Skip to content', 'Updated on: November 19, 2019 / 10:07 AM / CBS News', 'Tempo de leitura: 1 minuto']) {
      const record = run(`${furniture}\n\nProtests in Minsk\n\nThousands marched on Sunday.\n`);
      expect(record.title, furniture).toBe('Protests in Minsk');
      expect(record.removed.map((r) => r.text)).toContain(furniture);
    }
  });
});

describe('pipeline: the title of a text without blank lines', () => {
  const para = 'The city council voted 7-2 on Tuesday to approve a new crossing over the Elm River, ending a long dispute.';
  it('takes a headline over a paragraph on the next line, or below a date line', () => {
    for (const data of [`Council approves new bridge plan after years of delay\n${para}\nConstruction starts next spring, the mayor said on Tuesday evening in a short statement.\n`,
      `Council approves new bridge plan after years of delay\n2023-03-14 09:14\n${para}\n`]) {
      const record = run(data);
      expect(record.title).toBe('Council approves new bridge plan after years of delay');
      expect(record.text.startsWith('Council')).toBe(false);
      expect(record.removed.map((r) => r.text)).not.toContain('Council approves new bridge plan after years of delay');
    }
  });
  it('takes it over a standfirst, a dated byline and lines that cleaning removes whole', () => {
    const head = 'Fake wine, 1,800 bottles seized in a warehouse near Siena';
    for (const data of [
      `${head}\nPosted on 2 April 2024 by redazione\n[ad_1]\nLast update: 02/04/2024 09:15\n${para}\n`,
      `${head}\nInvestigators found labels, capsules and corks in a rented unit of the industrial area\nBy Maya Lindqvist · March 4, 2024 · 6 min read\n${para}\n`,
    ]) expect(run(data).title, data).toBe(head);
    // Not two standfirsts, nor four lines between, nor a sentence between.
    for (const data of [
      `${head}\nInvestigators found labels, capsules and corks in a rented unit of the industrial area\nThe bottles carried fake seals of the State and were sold to restaurants in the region\n${para}\n`,
      `${head}\nOne\nTwo\nThree\nFour\n${para}\n`,
      `${head}\nThe vote was 7-2.\n${para}\n`,
    ]) expect(run(data).title, data).toBeUndefined();
  });
  it('takes it over a scraper\'s header lines with blank lines among them, and below the scraper\'s source line; never a line with a URL', () => {
    const head = 'Ottawa pledges $1.2 billion for rural transit, but mayors say the money won\'t go far';
    const api = `${head}\nSource: The Northern Ledger\n\nBy Marie Tremblay\n\nMay 22, 2024\n\n${para}\n`;
    expect(run(api).title).toBe(head);
    const saved = `Saved from https://m.example.de/wirtschaft/heldmann on 2024-03-05 14:20\n\nMaschinenbauer Heldmann ist pleite – 1200 Jobs in Gefahr\n${para}\n`;
    expect(run(saved).title).toBe('Maschinenbauer Heldmann ist pleite – 1200 Jobs in Gefahr');
    expect(run(`Saved from https://m.example.de/wirtschaft/heldmann on 2024-03-05 14:20\n\n${para}\n`).title).toBeUndefined();
    // A blank line right below it: no headline over a paragraph.
    expect(run(`${head}\n\n\n${para}\n`).title).toBe(head);
  });
  it('takes a headline below page lines that no rule removes whole, over a date or a byline and the first paragraph', () => {
    const head = 'Kreistag beschließt neuen Busfahrplan für die Dörfer im Norden';
    const top = 'Saved from https://m.example.de/region/busfahrplan on 2024-03-12 08:14\nAlles akzeptieren\nMenü\nRegion › Verkehr\n\n';
    const record = run(`${top}${head}\n12.03.2024, 06:45 Uhr\nVon Katrin Wehmeyer\n${para}\n${para}\n`);
    expect(record.title).toBe(head);
    expect(record.text).not.toContain(head);
    // the headline, not its standfirst on the next line
    expect(run(`${top}${head}\nAb Mai fahren die Busse auch am Sonntag und öfter am Abend\nVon Katrin Wehmeyer\n${para}\n`).title).toBe(head);
    // not a subheading right over a paragraph, nor a line below the page's second paragraph
    const sub = 'A new bridge for the Elm River and its towns';
    expect(run(`Menü\n${para}\n${sub}\n${para}\n`).title).toBeUndefined();
    expect(run(`Menü\n${para}\n${para}\n${sub}\nMarch 4, 2024\n${para}\n`).title).toBeUndefined();
    // not without a date, a byline or a reading time below it, nor a date line, a byline or a menu itself
    expect(run(`${top}${head}\nAb Mai fahren die Busse auch am Sonntag\n${para}\n`).title).toBeUndefined();
    for (const line of ['Updated Nov 19, 9:41 AM; Posted Nov 18, 8:19 PM', 'By Tess Bonn - 11/19/19 06:56 AM EST', 'Abo E-Paper Club Shop Gutscheine Trauerportal Werbung', 'Autor: Monika Berger und Anna Trechsel, Zürich']) {
      expect(run(`${top}${line}\nVon Katrin Wehmeyer\n${para}\n`).title, line).toBeUndefined();
    }
    // a trail of the site's sections set apart by a blank line, as a headline is, is no title: the headline below it is
    for (const trail of ['Region › Verkehr', 'Schwaz · Politik']) {
      const apart = run(`Saved from https://m.example.de/region/busfahrplan on 2024-03-12 08:14\n${trail}\n\n${head}\n12.03.2024, 06:45 Uhr\n${para}\n`);
      expect(apart.title, trail).toBe(head);
    }
    // nor a menu of four items or more between bars, nor a section's label of one word over the headline
    const menu = run(`Portada | Cieza | Molina de Segura | Archena\n\n${head}\n12.03.2024, 06:45 Uhr\n${para}\n`);
    expect(menu.title).toBe(head);
    for (const label of ['Sociedade', 'Stadtleben']) {
      expect(run(`${label}\n\n${head}\n12.03.2024, 06:45 Uhr\n${para}\n`).title, label).toBe(head);
    }
    // a one-word headline over its paragraph stays the title
    expect(run(`Brexit\n\n${para}\n`).title).toBe('Brexit');
    // a headline marked as a Markdown page's, as a reader API writes it, without its mark
    const marked = run(`Início | Região | Sociedade | Economia\n\nSociedade\n\n# ${head}\n\nAb Mai fahren die Busse auch am Sonntag\n\nPor Inês Calado | 14 Fev 2024, 11:05\n\nPartilhar no Facebook\n\n${para}\n`);
    expect(marked.title).toBe(head);
    expect(marked.text).not.toContain('# ');
  });
  it('not text wrapped at a width, a byline, a handle\'s line, a short label or a line over a short one', () => {
    for (const data of [
      'The city council voted 7-2 on Tuesday to approve a new crossing over the\nElm River, ending a dispute that has lasted almost a decade, officials said.\n',
      `By Maria Lopez and Tom Reed\n${para}\n`,
      `Catherine Shu @catherineshu / 2 days\n${para}\n`,
      `Question of the Day\n${para}\n`,
      'Council approves new bridge plan after years of delay\nThe vote was 7-2.\n',
    ]) expect(run(data).title, data).toBeUndefined();
  });
  it('a second cleaning of the text takes no title and removes nothing more', () => {
    const first = run(`Council approves new bridge plan after years of delay\n${para}\nA new bridge for the Elm River\n${para}\n`);
    expect(first.title).toBe('Council approves new bridge plan after years of delay');
    const again = run(first.text);
    expect(again.title).toBeUndefined();
    expect(again.removed).toEqual([]);
  });
});

describe('clean/index.ts: one round of proposals', () => {
  // Every content rule proposes on the source; none sees what a higher-ranked rule repaired.
  // "declared.â€œ" at a line end becomes "declared.“" only after mojibake, and the ". “" fix of
  // stray-punctuation overlaps the mojibake edit, so it is dropped; a second pass makes it.
  // Fix: run mojibake and invisible-char as a first round whose output the other rules see
  // (compose() must then accept replacements of any length in the second round).
  it('repairs punctuation that a mojibake repair reveals, in one pass', () => {
    const first = run('The strike was declared.â€œ\n');
    expect(first.text).toBe('The strike was declared.”');
  });

  // Two stray-punctuation repairs that touch ("Ukrainian.. .") need two passes: the rule's
  // patterns see the same text. Fix (in stray-punctuation, owned here, not yet done): iterate the
  // patterns to a fixed point and merge the changes.
  it('repairs a doubled stray dot run in one pass', () => {
    const first = run('The talks ended.. .\n');
    expect(first.text).toBe('The talks ended.');
  });
});

describe('clean/apply.ts: composing rounds', () => {
  // Round one removes the caption, round two the ad label and the blank lines around both: the
  // later whitespace removal spanned the caption's and took it over, crediting whitespace with
  // "(Photo: Reuters)". Fix: a later removal around earlier removals leaves them under their rules.
  it('keeps a removal of round one under its rule when round two removes around it', () => {
    const record = run('A title here\n\nPara one is here.\n\n(Photo: Reuters) ADVERTISEMENT\n\nPara two is here.\n');
    expect(record.text).toBe('Para one is here.\n\nPara two is here.');
    expect(record.removed.filter((r) => r.rule !== 'whitespace').map((r) => [r.rule, r.text])).toEqual([['caption', '(Photo: Reuters)'], ['ad-marker', 'ADVERTISEMENT']]);
    for (const r of record.removed.filter((x) => x.rule === 'whitespace')) expect(r.text.trim()).toBe('');
  });

  // Round one removes the caption and turns the vertical tab after it into a line break; round
  // two removes that line break with the one before: the caption stayed inside one whitespace
  // removal (a fast-check counterexample of tests/properties.test.ts).
  it('keeps it under its rule when round two removes an edit of round one beside it', () => {
    const record = run('Belarusian officers signed a letter\n\nMinsk\n(Photo: Tut.by)\u000bUkrainian , Ukrainian\u200b');
    expect(record.removed.filter((r) => r.rule === 'caption').map((r) => r.text)).toEqual(['(Photo: Tut.by)']);
    for (const r of record.removed.filter((x) => x.rule === 'whitespace')) expect(r.text).toMatch(/^\s*$/u);
  });
});

