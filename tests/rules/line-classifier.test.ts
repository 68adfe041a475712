import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanText, proposeAlone } from '../../src/clean/index.js';
import { fillReason, judge, lineClassifier, probableJunk, scoreLines } from '../../src/clean/line-classifier.js';
import { documentLanguage, features, languageCode, lineFeatures, ownFunctionWords, protectedLines, tableRows } from '../../src/clean/line-features.js';
import { lineModel } from '../../src/clean/lists/line-model.js';
import { cueWords, stopWords } from '../../src/clean/lists/line-words.js';
import { linesOf } from '../../src/clean/line-view.js';
import { createProcessor } from '../../src/pipeline/index.js';
import { defaultSettings } from '../../src/settings.js';
import type { CleanContext, UnscrapeRecord } from '../../src/types.js';
import { jsonl, tempDir, unscrape } from '../helpers/cli.js';
import { blocks, linearTimeSuite, plainContext, removedBy as removedByRule } from './_fixtures.js';

const plain = plainContext;
/**
 * Every rule but `page-furniture`, whose lists take first (it ranks before this rule) some of
 * the lines these tests give the model to judge (bylines, datelines): the tests are the model's.
 */
const judged = (id: string) => id !== 'page-furniture';
const removedBy = (text: string, ctx: CleanContext = plain) => removedByRule('line-classifier', text, ctx, judged);
/** The info findings on the text that comes out of cleaning, as the pipeline reports them: the lines judged there, as their text. */
const reportedIn = (text: string) => {
  const cleaned = cleanText(text, plain, judged).text;
  return probableJunk(judge(cleaned)).map((f) => cleaned.slice(f.start, f.end));
};

linearTimeSuite('line-classifier');

/**
 * Held-out recall, as the rule's rounds remove (idempotent) at the threshold that holds precision
 * 0.99 in each large language, on the lines the other rules leave: 0.676, below the issue's goal
 * of 0.7 (cleaning as a whole, with the other rules' removals, 0.698); the threshold moves by a
 * step with small changes of the training pages (0.975 or 0.98). The floor keeps it from sliding
 * further.
 */
const recallFloor = 0.66;

describe('line-classifier fixtures (plain text)', () => {
  const fires = blocks('line-classifier', 'fires');
  const quiet = blocks('line-classifier', 'quiet');
  it('has fixtures of both kinds', () => {
    expect(fires.length).toBeGreaterThanOrEqual(5);
    expect(quiet.length).toBeGreaterThanOrEqual(5);
  });
  it.each(fires.map((b, i) => [i + 1, b]))('fires.txt block %i fires (removes, or reports below the removal threshold), and only on lines that are not sentences', (_n, block) => {
    const removed = removedBy(block as string);
    const reported = reportedIn(block as string);
    expect(removed.length + reported.length, JSON.stringify(block)).toBeGreaterThan(0);
    // Every sentence of these fixtures is article text: nothing ending a sentence goes.
    for (const line of removed) expect(line).not.toMatch(/[.!?]$/u);
  });
  it.each(quiet.map((b, i) => [i + 1, b]))('quiet.txt block %i: nothing removed, nothing reported', (_n, block) => {
    expect(proposeAlone(lineClassifier, block as string, plain)).toEqual([]);
    expect(probableJunk(judge(block as string))).toEqual([]);
  });
});

describe('line-classifier decisions', () => {
  const article = [
    'By Jane Doe, Staff Reporter',
    'Published 7 hours ago',
    'The regional parliament approved the budget on Thursday after a debate that lasted until late in the night.',
    'The opposition said the plan would leave hospitals without the money they need for the winter.',
    'The finance minister rejected the criticism and promised a review in the spring.',
    'You might also like',
    'Storm closes mountain roads for a second day',
    'Football club sacks coach after five defeats',
  ].join('\n');

  it('removes or reports bylines, datelines and related headlines, keeps every sentence', () => {
    const removed = removedBy(article);
    const reported = reportedIn(article);
    // Removed at the removal threshold (set for precision 0.99 in each language), or else
    // reported as info (the byline scores 0.974 against a threshold of 0.98). The headlines are
    // judged without "You might also like" above them, which `boilerplate` removes: the
    // classifier reads the text as the list rules leave it.
    expect([...removed, ...reported]).toEqual(expect.arrayContaining(['By Jane Doe, Staff Reporter', 'Published 7 hours ago', 'Storm closes mountain roads for a second day', 'Football club sacks coach after five defeats']));
    expect(removed.filter((l) => l.endsWith('.'))).toEqual([]);
    expect(reported.filter((l) => l.endsWith('.'))).toEqual([]);
  });

  it('says why: the record of a removal names the probability and the features that decided', () => {
    const text = blocks('line-classifier', 'fires')[0]!;
    const change = cleanText(text, plain, judged).changes.find((c) => c.rule === 'line-classifier')!;
    expect(change.reason).toMatch(/^p=0\.9\d\d: /u);
    const said = new Set([...features.flatMap((f) => [f.says, f.low]), fillReason]);
    for (const part of change.reason!.replace(/^p=[\d.]+: /u, '').split(', ')) expect(said.has(part), part).toBe(true);
  });

  it('runs only where the lines are the document’s own: not on text an HTML extractor assembled', () => {
    expect(removedBy(article, { markers: [], boilerplate: [] })).toEqual([]);
  });

  it('is switched off like every rule', () => {
    const changes = cleanText(article, plain, (id) => id !== 'line-classifier').changes;
    expect(changes.some((c) => c.rule === 'line-classifier')).toBe(false);
  });

  it('judges a hard-wrapped text by paragraph: a wrapped line is not a short line', () => {
    const wrapped = [
      'The regional parliament approved the budget on Thursday after a',
      'debate that lasted until late in the night, and the opposition',
      'said the plan would leave hospitals without the money they need.',
      '',
      'The finance minister rejected the criticism and promised that a',
      'review of the hospital budgets would follow in the spring, when',
      'the figures of the winter are known.',
      '',
      'The vote was 54 to 38.',
    ].join('\n');
    expect(removedBy(wrapped)).toEqual([]);
  });

  it('never takes the tail of a sentence wrapped once onto a line of its own', () => {
    const text = [
      'The council approved the new budget for the harbour district on Thursday evening.',
      '',
      '[Council minutes no. 1997, published by the harbour office',
      'in the city archive no. 178]',
      '',
      'The mayor said, “We will review every request again, and we will not let the island wait another year for what it was',
      'promised.”',
      '',
      'The deputy mayor said, “The ferry comes first, the schools come next and the clinics come after that.”',
      '',
      '[Harbour Weekly p. 41]',
    ].join('\n');
    const removed = removedBy(text);
    expect(removed).not.toContain('promised.”');
    // A wrapped line is judged with the line it continues: both go, or both stay.
    expect(removed).not.toContain('[Council minutes no. 1997, published by the harbour office');
    expect(removed).not.toContain('in the city archive no. 178]');
  });

  it('needs a few lines and some prose: a short text or a list is left alone', () => {
    expect(removedBy('By Jane Doe\nPublished 7 hours ago\nThe parliament approved the budget.')).toEqual([]);
    expect(removedBy('Apples\nPears\nPlums\nCherries\nGrapes')).toEqual([]);
  });

  it('keeps a subheading between two paragraphs and a list inside the article', () => {
    const text = [
      'The hearing resumed on Thursday morning after a two-day break in the proceedings.',
      'What the court heard',
      'Witnesses described how the fire started in a storeroom at the back of the building.',
      'The items found in the storeroom were:',
      'paint thinner',
      'two gas cylinders',
      'a box of old newspapers',
      'The defence said none of them belonged to its client.',
    ].join('\n');
    expect(removedBy(text)).toEqual([]);
  });

  describe('keeps the rows of a table or data list that ends the article (tableRows)', () => {
    const story = [
      'Hometown Heroes announce summer tour',
      'The band Hometown Heroes will play 12 shows across North America this summer, its first tour in five years.',
      'The singer said the new songs were written during the long winter at the band’s studio in Maine.',
      'Tickets go on sale on Friday through the band’s website, and fans who pre-ordered the album get early access.',
    ];
    const tour = [
      'June 9 -- Harbor Pavilion, Pensacola, FL',
      'June 12 -- Riverside Amphitheater, Macon, GA',
      'June 15 -- The Lyric Hall, Asheville, NC',
      'June 18 -- Union Park Stage, Richmond, VA',
      'Aug. 2 -- Lakeside Arena, Burlington, VT',
    ];
    const rowsOf = (texts: string[]) => {
      const vectors = lineFeatures(texts);
      return tableRows(texts, vectors, protectedLines(vectors));
    };
    it('keeps tour dates below the last paragraph, which the model alone takes for related links', () => {
      const text = [...story, ...tour].join('\n');
      const alone = scoreLines([...story, ...tour], lineModel, { tables: false });
      expect(alone.filter((s) => s?.removed).length).toBeGreaterThan(2);
      expect(removedBy(text)).toEqual([]);
      expect(rowsOf([...story, ...tour])).toEqual([...story.map(() => false), ...tour.map(() => true)]);
    });
    it('reads rows by their shape: first field, separator, what follows', () => {
      const prices = ['Adults: 14 euros', 'Students: 9 euros', 'Seniors: 11 euros'];
      expect(rowsOf([...story, ...prices]).slice(story.length)).toEqual([true, true, true]);
      const products = ['Lego 75361 / Spinnenpanzer: 52,99 Euro', 'Lego 75356 / Supersternzerstörer Executor: 69,99 Euro', 'Lego 75348 / Fang Fighter vs. TIE Interceptor: 99,99 Euro'];
      expect(rowsOf([...story, ...products]).slice(story.length)).toEqual([true, true, true]);
    });
    it('takes no teaser list, menu, comment list, credit or footer for a table', () => {
      const notRows: string[][] = [
        // headlines share no separator, or no number or month before or right after it
        ['5 Things to Do in June', '6 Things to Do in July', '4 Things to Do in August'],
        ['Brexit: what happens next', 'Elections: who is ahead', 'Budget: the winners and losers'],
        // a menu's or a teaser's separators
        ['Berlin: 24 reports | News', 'Hamburg: 12 reports | News', 'Munich: 9 reports | News'],
        // a comment's age, a credit's cue word
        ['Anna - 3 hours ago', 'Mark - 5 hours ago', 'Lena - 6 hours ago'],
        ['Photo 1: Reuters', 'Photo 2: AP', 'Photo 3: AFP'],
        // fields of different shapes: an imprint's contact lines
        ['Tel.: 0211 505-0', 'Fax: 0211 505-2575', 'Mail: 24 hours a day'],
        // two lines are not a table
        ['June 9 -- Harbor Pavilion, Pensacola, FL', 'June 12 -- Riverside Amphitheater, Macon, GA'],
      ];
      for (const lines of notRows) expect(rowsOf([...story, ...lines]).slice(story.length), lines[0]).toEqual(lines.map(() => false));
      // Rows said twice are a widget's; up to five rows above the first sentence are a header's.
      expect(rowsOf([...story, ...tour.slice(0, 3), ...tour.slice(0, 3)]).some(Boolean)).toBe(false);
      expect(rowsOf([story[0]!, ...tour, ...story.slice(1)]).some(Boolean)).toBe(false);
    });
    it('keeps a table whose cells a converter joined with bars; not a teaser list or a footer\'s links', () => {
      const rain = ['Location | Rainfall (mm)', 'Mangatū Forest | 164', 'Tolaga Bay | 98', 'Ruatoria | 87', 'Te Karaka | 73'];
      expect(rowsOf([...story, ...rain]).slice(story.length)).toEqual(rain.map(() => true));
      const routes = ['Route | Current weekday frequency | New weekday frequency', '2 Lakeshore | 15 minutes | 10 minutes', '5 College | 20 minutes | 15 minutes', '11 Harbour | 30 minutes | 20 minutes'];
      expect(rowsOf([...story, ...routes]).slice(story.length)).toEqual(routes.map(() => true));
      for (const lines of [['Privacy | Terms | Contact', 'About us | Careers | Advertise', 'Help | Sitemap | Accessibility'], ['Flood barriers approved | News', 'Budget 2025 passes | News', 'Bus route 14 ends | News']]) {
        expect(rowsOf([...story, ...lines]).slice(story.length), lines[0]).toEqual(lines.map(() => false));
      }
    });
    it('keeps six rows or more above the first sentence: a page that opens with its data', () => {
      const calendar = ['1a etapa: 10 de março – Interlagos', '2a etapa: 8 de abril – Curitiba', '3a etapa: 22 de abril – Velopark', '4a etapa: 6 de maio – Londrina',
        '5a etapa: 20 de maio – Santa Cruz do Sul', '6a etapa: 5 de agosto – Corrida do Milhão', '7a etapa: 19 de agosto – Cascavel'];
      const note = 'O calendário foi divulgado pela categoria em janeiro e ainda pode ser alterado pelo organizador ao longo da temporada.';
      expect(rowsOf(['Calendário da Stock Car 2018', ...calendar, note])).toEqual([false, ...calendar.map(() => true), false]);
    });
  });

  it('judges a sentence a citation link cut into lines as one sentence: "… eating (", "18", ")."', () => {
    const text = [
      'Emotional eating is common, and many people turn to food when they feel stressed or sad.',
      'Plus, other research suggests that exercise can decrease stress levels and enhance mood to prevent emotional eating (',
      '18',
      ').',
      'Other studies indicate that drinking more water can boost metabolism and weight loss (',
      '19',
      ').',
      'Talk to a doctor if you find that you eat when you are not hungry.',
      'Binge Eating Disorder: Symptoms, Causes and How to Stop',
      'Share on Pinterest',
    ].join('\n');
    const units = judge(text).map((u) => u.text);
    expect(units.some((u) => /^(?:18|19|\)\.)$/u.test(u))).toBe(false);
    const removed = removedBy(text);
    expect(removed).toContain('Share on Pinterest');
    for (const line of removed) expect(line).not.toMatch(/research|studies|^\d+$|^\)\.$/u);
  });

  it('reports a line it is not sure of as an info finding, not a removal', () => {
    const text = blocks('line-classifier', 'fires')[0]!;
    const found = probableJunk(judge(text));
    for (const f of found) {
      expect(f.severity).toBe('info');
      expect(f.message).toMatch(/^Probably not article text \(p=0\.\d{3}: /u);
      const u = judge(text).find((j) => j.start === f.start)!;
      expect(u.p).toBeGreaterThanOrEqual(lineModel.info);
      expect(u.p).toBeLessThan(lineModel.remove);
    }
    expect(found.map((f) => text.slice(f.start, f.end))).toContain('More from City News:');
  });
});

describe('the committed model', () => {
  it('has the features of line-features.ts, in order, and well-formed trees', () => {
    expect(lineModel.features).toEqual(features.map((f) => f.name));
    for (const stage of [lineModel.stage1, lineModel.stage2]) {
      expect(stage.trees.length).toBeGreaterThan(50);
      for (const nodes of stage.trees) {
        for (const [feature, , left, right, value] of nodes) {
          expect(Number.isFinite(value)).toBe(true);
          if (feature < 0) continue;
          expect(feature).toBeLessThan(features.length);
          expect(left).toBeGreaterThan(0);
          expect(right).toBeGreaterThan(left);
          expect(right).toBeLessThan(nodes.length);
        }
      }
    }
  });
  it('removes at the threshold set for precision 0.99 on held-out sites, reports below it', () => {
    expect(lineModel.remove).toBeGreaterThan(0.9);
    expect(lineModel.remove).toBeLessThan(1);
    expect(lineModel.info).toBeLessThan(lineModel.remove);
    expect(lineModel.heldOut['all']!.precision).toBeGreaterThanOrEqual(0.99);
    expect(lineModel.heldOut['all']!.recall).toBeGreaterThanOrEqual(recallFloor);
  });
  it('holds precision 0.99 in each held-out language with 100 junk lines or more, as the rounds remove', () => {
    const big = Object.entries(lineModel.heldOut).filter(([lang, f]) => lang !== 'all' && f.junk >= 100);
    expect(big.map(([lang]) => lang)).toEqual(expect.arrayContaining(['de', 'en', 'es']));
    for (const [lang, f] of big) expect(f.precision, lang).toBeGreaterThanOrEqual(0.99);
  });
  it('scores held-out page lines as it scored them in training (fixtures/line-classifier/heldout.jsonl)', () => {
    const pages = readFileSync(join(__dirname, '../../fixtures/line-classifier/heldout.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { lines: Array<{ text: string; body?: boolean }> });
    let removedJunk = 0;
    for (const page of pages) {
      const text = page.lines.map((l) => l.text).join('\n');
      const judged = judge(text);
      let at = 0;
      for (const line of page.lines) {
        const u = judged.find((j) => j.start === at);
        if (u?.removed) {
          expect(line.body, line.text).not.toBe(true);
          if (line.body === false) removedJunk++;
        }
        at += line.text.length + 1;
      }
    }
    expect(removedJunk).toBeGreaterThan(20);
  });
});

describe('line-classifier is idempotent', () => {
  const processor = createProcessor(defaultSettings());
  const clean = (data: string) => processor({ path: 'doc.txt', data }) as UnscrapeRecord;
  const again = (r: UnscrapeRecord) => clean(r.title !== undefined ? `${r.title}\n\n${r.text}` : r.text);
  const pages = readFileSync(join(__dirname, '../../fixtures/line-classifier/heldout.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { lines: Array<{ text: string }> });
  const texts = [...pages.flatMap((p) => [p.lines.map((l) => l.text).join('\n'), p.lines.map((l) => l.text).join('\n\n')]), ...blocks('line-classifier', 'fires')];
  it.each(texts.map((t, i) => [i + 1, t]))('text %i: cleaning the cleaned text removes no more lines', (_n, text) => {
    const first = clean(text as string);
    expect(again(first).removed.filter((x) => x.rule === 'line-classifier').map((x) => x.text)).toEqual([]);
  });
  it('judges again once a rule it does not read removed a line: one cleaning removes what a second would', () => {
    // page-furniture takes the dated byline "Tobias Mühlbauer24.04.2024, 19:35 Uhr", and with it
    // the byline's block (the name and the desk below it); the classifier judges what is left as
    // a second cleaning would.
    const first = clean(readFileSync(join(__dirname, '../../fixtures/line-classifier/regroup.txt'), 'utf8'));
    const removed = first.removed.filter((x) => x.rule !== 'whitespace').map((x) => `${x.rule}: ${x.text}`);
    expect(removed).toContain('page-furniture: Tobias Mühlbauer24.04.2024, 19:35 Uhr');
    expect(removed).toContain('page-furniture: Tobias Mühlbauer');
    expect(removed).toContain('page-furniture: Formel 1 & Motorrad Ressort');
    expect(again(first).removed.filter((x) => x.rule !== 'whitespace')).toEqual([]);
  });
  it('removes lines from these texts in the first place (page-furniture off: its lists take some first)', () => {
    const modelOnly = createProcessor({ ...defaultSettings(), rules: { 'page-furniture': 'off' } });
    const cleaned = (data: string) => modelOnly({ path: 'doc.txt', data }) as UnscrapeRecord;
    expect(texts.filter((t) => cleaned(t).removed.some((x) => x.rule === 'line-classifier')).length).toBeGreaterThanOrEqual(texts.length - 2);
  });
  it('removes a line between two removed ones at p >= fill, and says so', () => {
    const fills = pages.flatMap((page) => {
      const judged = judge(page.lines.map((l) => l.text).join('\n'));
      return judged.filter((u, k) => {
        if (!u.removed || u.p >= lineModel.remove) return false;
        // Its neighbours (or the text's edge) went at the removal threshold.
        const gone = (j: number) => j < 0 || j >= judged.length || judged[j]!.p >= lineModel.remove;
        expect(u.p).toBeGreaterThanOrEqual(lineModel.fill);
        expect(gone(k - 1) || gone(k + 1), u.text).toBe(true);
        expect(u.reason).toMatch(new RegExp(`^p=0\\.\\d{3}: ${fillReason}, `, 'u'));
        return true;
      });
    });
    expect(fills.length).toBeGreaterThan(0);
  });
  it('judges again without the lines it removed: a line judged with its removed neighbours can go in a later round', () => {
    // Held-out page lines: each round's removals change the neighbours, place and median of the rest.
    const text = pages[0]!.lines.map((l) => l.text).join('\n');
    // A unit can span lines (a line that goes on in lower case joins the one above): all of them go.
    const removed = judge(text).filter((u) => u.removed);
    const kept = (linesOf(text) as Array<{ trimStart: number; text: string }>).filter((l) => l.text !== '' && !removed.some((u) => u.start <= l.trimStart && l.trimStart < u.end)).map((l) => l.text).join('\n');
    expect(judge(kept).filter((u) => u.removed)).toEqual([]);
  });
});

describe('languages the lists do not hold', () => {
  // Articles in languages no list holds, with a site's header and footer around them.
  const czech = [
    'Domů',
    'Zprávy',
    'Jana Nováková',
    'Aktualizováno 12. března 2024 14:05',
    'Vláda ve středu schválila návrh zákona, který sníží daň u benzinu i nafty, platit se má od července.',
    'Podle ministra financí bude sleva stát státní rozpočet šest miliard korun, v cenách se projeví během dvou týdnů.',
    'Ministr to odmítl komentovat.',
    'Co bude dál?',
    'Opozice návrh kritizovala, označila ho za předvolební dárek, který se klimatu nijak nevyplatí.',
    'Ministr řekl, že se o návrhu bude v parlamentu jednat už příští týden a že vláda počítá s podporou koalice.',
    'Ekonomové upozorňují, že se ceny paliv v Evropě mohou do léta znovu zvýšit, a to i bez změny daní.',
    'Sdílejte článek',
    'Související témata:',
    'Ceny elektřiny opět rostou',
    'Premiér jede do Bruselu',
  ];
  const turkish = [
    'Anasayfa',
    'Ekonomi',
    'Ayşe Yılmaz',
    'Güncelleme: 12.03.2024 14:05',
    'Hükümet çarşamba günü benzin ve mazot vergisinde indirim için yeni bir teklif sundu ve bu teklif temmuzda yürürlüğe girecek.',
    'Maliye bakanına göre bu indirim bütçeye altı milyar liraya mal olacak ve fiyatlara iki hafta içinde yansıyacak.',
    'Bakanlık açıklama yapmadı.',
    'Peki şimdi ne olacak?',
    'Muhalefet teklifi eleştirdi ve bu adımı iklim için bir fayda sağlamayan bir seçim vaadi olarak nitelendirdi.',
    'Bakan, teklifin gelecek hafta mecliste görüşüleceğini ve hükümetin bu konuda bir çoğunluğa sahip olduğunu söyledi.',
    'Ekonomistler ise akaryakıt fiyatlarının yaz aylarında bir kez daha artabileceğini ve bu artışın vergiden bağımsız olacağını belirtti.',
    'İlgili Haberler',
    'Elektrik fiyatları yeniden yükseliyor',
    'Merkez Bankası faiz kararını açıkladı',
  ];
  it('reads a text in no listed language by its own function words: the short words its lines repeat', () => {
    for (const text of [czech, turkish]) expect(documentLanguage(text)).toBe(-1);
    expect([...ownFunctionWords(czech, lineModel.proseShare)!.words].sort()).toEqual(['bude', 'se', 'v']);
    const own = ownFunctionWords(turkish, lineModel.proseShare)!;
    expect([...own.words].sort()).toEqual(['bir', 'bu', 've']);
    // Turkish prose has fewer function words than a listed language's: a line's share is scaled up to read as one.
    expect(own.scale).toBeGreaterThan(1);
  });
  it('removes the header and footer lines of a Czech or Turkish article, keeps its prose and its short sentences', () => {
    const removed = (lines: string[]) => removedBy(lines.join("\n")).map((r) => r.trim());
    expect(removed(czech)).toEqual(['Domů', 'Zprávy', 'Jana Nováková', 'Aktualizováno 12. března 2024 14:05', 'Ceny elektřiny opět rostou', 'Premiér jede do Bruselu']);
    expect(removed(turkish)).toEqual(['Anasayfa', 'Ekonomi', 'Ayşe Yılmaz', 'Güncelleme: 12.03.2024 14:05', 'İlgili Haberler', 'Elektrik fiyatları yeniden yükseliyor', 'Merkez Bankası faiz kararını açıkladı']);
    for (const text of [czech, turkish]) {
      const judged = judge(text.join('\n'));
      for (const line of text.filter((l) => l.length > 40 || /[.?]$/u.test(l))) expect(judged.find((u) => u.text === line)?.removed ?? false, line).toBe(false);
    }
  });
  it('judges no line of a text without function words of its own, mostly not prose, without spaces between words, or without capitals', () => {
    // Too few lines of prose to tell its function words (a short Turkish text).
    const short = ['Yazan: Ayşe Yılmaz', 'Yayınlanma 12 Mart 2024', 'Hükümet çarşamba günü benzin ve mazot vergisi hakkında yeni bir öneri sundu.', 'Devamını oku', 'Haberi paylaş'];
    // Japanese: no spaces between words; Korean: spaces, but no capitals for the model to read.
    const japanese = ['ホーム', 'ニュース', '政府は水曜日、ガソリンと軽油の税金を引き下げる新しい法案を閣議決定し、七月から実施する方針を示した。', '財務大臣によると、減税による歳入の減少は約六千億円に上り、価格には二週間以内に反映される見通しだという。', '野党は法案を批判し、気候対策には役立たない選挙目当ての政策だと指摘した。', '記事を共有する', '関連記事'];
    const korean = ['홈', '뉴스', '정부는 수요일 휘발유와 경유에 대한 세금을 낮추는 새로운 법안을 의결했으며 이 법안은 칠월부터 시행될 예정이라고 밝혔다 그리고 정부는 이 법안이 물가 안정에 도움이 될 것이라고 설명했다.', '재무장관에 따르면 이번 감세로 세수가 약 육조 원 줄어들 것이며 가격에는 이 주 안에 반영될 것으로 보인다고 말했다 그러나 일부 전문가들은 그 효과가 크지 않을 것이라고 지적했다.', '야당은 이 법안이 기후 대책에는 도움이 되지 않는 선거용 정책이라고 비판했으며 국회에서 이 법안에 대한 논의가 계속될 것이라고 말했다 이 법안은 다음 주에 표결된다.', '기사 공유하기', '관련 기사'];
    // Mostly a table (a meal plan): its own words would be its cells', and its rows taken for furniture.
    const rows = Array.from({ length: 12 }, (_, i) => [`${i + 1}. gün`, 'Kahvaltı: 2 yumurta, 1 dilim peynir', 'Öğle: 1 kase mercimek çorbası', 'Akşam: 150 g ızgara tavuk']).flat();
    const table = [...turkish.slice(4, 7), ...rows, ...turkish.slice(8, 11)];
    expect(ownFunctionWords([...turkish.slice(4, 7), ...rows.slice(0, 4), ...turkish.slice(8, 11)], lineModel.proseShare)).toBeDefined();
    for (const text of [short, japanese, korean, table]) {
      expect(ownFunctionWords(text, lineModel.proseShare), text[0]).toBeUndefined();
      expect(judge(text.join('\n')), text[0]).toEqual([]);
    }
  });
  it('reads Swedish, Danish, Norwegian and Indonesian by their function words', () => {
    const swedish = [
      'Av Anna Svensson',
      'Publicerad 12 mars 2024',
      'Regeringen presenterade på onsdagen ett nytt förslag om skatt på bensin och diesel.',
      'Enligt finansministern ska sänkningen gälla från den första juli och kosta sex miljarder kronor.',
      'Oppositionen kritiserade förslaget och kallade det ett valfläsk som inte hjälper klimatet.',
      'Läs mer',
      'Elpriset stiger igen i södra Sverige',
      'Dela artikeln',
    ];
    expect(languageCode(documentLanguage(swedish))).toBe('sv');
    const removed = judge(swedish.join('\n')).filter((u) => u.removed).map((u) => u.text);
    expect(removed).toEqual(['Av Anna Svensson', 'Publicerad 12 mars 2024', 'Läs mer', 'Elpriset stiger igen i södra Sverige', 'Dela artikeln']);
    expect(languageCode(documentLanguage(['Regeringen har ikke fremlagt et nyt forslag om skat på benzin, siger ministeren, men det kommer efter sommeren.']))).toBe('da');
    expect(languageCode(documentLanguage(['Regjeringen har ikke lagt fram et nytt forslag om skatt på bensin, sier statsråden, men det kommer etter sommeren.']))).toBe('no');
    expect(languageCode(documentLanguage(['Pemerintah akan mengumumkan kebijakan baru untuk harga bahan bakar yang berlaku mulai bulan depan, kata menteri tersebut.']))).toBe('id');
  });
  it('takes a line said again between paragraphs for a widget\'s label, not a subheading', () => {
    const p = ['The council met on Tuesday and approved the budget for the next year.', 'The mayor said the vote showed that the city was ready for the work ahead.', 'The budget includes money for new schools and for the repair of two bridges.'];
    expect(protectedLines(lineFeatures([p[0]!, 'What the budget holds', p[1]!, 'Where the money goes', p[2]!]))).toEqual([true, true, true, true, true]);
    expect(protectedLines(lineFeatures([p[0]!, 'Article content', p[1]!, 'Article content', p[2]!]))).toEqual([true, false, true, false, true]);
  });
  it('takes a line of punctuation alone between paragraphs for neither a subheading nor a list item', () => {
    const lines = ['The council met on Tuesday and approved the budget for the next year.', '___', 'The mayor said the vote showed that the city was ready for the work ahead.', 'The budget includes money for new schools and for the repair of two bridges.'];
    expect(protectedLines(lineFeatures(lines))).toEqual([true, false, true, true]);
  });
});

describe('languages (point 5)', () => {
  it('has function words and cue words for en, de, fr, es, ru, uk', () => {
    for (const lang of ['en', 'de', 'fr', 'es', 'ru', 'uk']) expect(stopWords[lang]!.split(' ').length, lang).toBeGreaterThan(40);
    const cues = Object.values(cueWords).join(' ');
    for (const word of ['photo*', 'foto*', 'фото*', 'abonn*', 'suscríb*', 'подписыва*', 'підпису*', 'teilen', 'partager', 'compartir', 'поделит*', 'поділит*', 'anzeige', 'publicité', 'publicidad', 'реклама']) {
      expect(cues.split(' '), word).toContain(word);
    }
  });
  it('tells the document’s language by its function words', () => {
    const samples: Record<string, string> = {
      en: 'The minister said that the plan would be ready by the end of the year.',
      de: 'Der Minister sagte, dass der Plan bis zum Ende des Jahres fertig sein werde.',
      fr: 'Le ministre a dit que le plan serait prêt pour la fin de l’année.',
      es: 'El ministro dijo que el plan estaría listo para el final del año.',
      ru: 'Министр сказал, что план будет готов к концу года, и что он уже обсуждается.',
      uk: 'Міністр сказав, що план буде готовий до кінця року, і що його вже обговорюють.',
    };
    for (const [lang, text] of Object.entries(samples)) expect(languageCode(documentLanguage([text])), lang).toBe(lang);
  });
  it('counts function words of the document’s language only', () => {
    const v = lineFeatures(['Das ist die Sache der Regierung.', 'Und sie hat es so gewollt, sagte er am Montag.'])[0]!;
    const stop = features.findIndex((f) => f.name === 'stopShare');
    // das, ist, die, der: four of six words.
    expect(v[stop]).toBeCloseTo(4 / 6, 5);
    // English function words do not count in a German text: "in" is German too, "the" is not.
    const w = lineFeatures(['Der Minister kam in the Stadt.', 'Und sie hat es so gewollt, sagte er am Montag.'])[0]!;
    expect(w[stop]).toBeCloseTo(2 / 6, 5);
  });
  it('protects sentences in each language', () => {
    for (const s of ['Abonnenten beschwerten sich über den Preis.', 'Les abonnés se sont plaints du prix.', 'Los suscriptores se quejaron del precio.', 'Подписчики жаловались на цену и на качество.', 'Передплатники скаржилися на ціну та на якість.']) {
      expect(protectedLines(lineFeatures([s, s, s, s]))[0], s).toBe(true);
    }
  });
});

describe('line-classifier through the CLI', () => {
  it('writes the reason into the record and says it under --debug', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'in'));
    const text = blocks('line-classifier', 'fires')[0]!;
    writeFileSync(join(dir, 'in', 'article.txt'), `City schools to close\n\n${text}\n`);
    // The model's own removals: page-furniture's lists would take the dateline first.
    writeFileSync(join(dir, 'config.json'), JSON.stringify({ rules: { 'page-furniture': 'off' } }));
    const r = unscrape(['clean', '--debug', '-c', join(dir, 'config.json'), join(dir, 'in', 'article.txt')]);
    expect(r.status).toBe(0);
    const [record] = jsonl<{ removed: Array<{ rule: string; text: string; reason?: string }>; findings: Array<{ rule: string; severity: string }> }>(r.stdout);
    const removed = record!.removed.filter((x) => x.rule === 'line-classifier');
    expect(removed.map((x) => x.text)).toContain('Updated 14:05 GMT, 12 March 2024');
    for (const x of removed) expect(x.reason).toMatch(/^p=0\.\d{3}: /u);
    expect(record!.findings.some((f) => f.rule === 'line-classifier' && f.severity === 'info')).toBe(true);
    expect(r.stderr).toMatch(/debug: .*article\.txt: line-classifier removed "Updated 14:05 GMT, 12 March 2024" \(p=0\.\d{3}: /u);
  });
  it('leaves HTML pages to the extractor', () => {
    const dir = tempDir();
    const html = `<html><body><article>${blocks('line-classifier', 'fires')[0]!.split('\n').map((l) => `<p>${l}</p>`).join('')}</article></body></html>`;
    writeFileSync(join(dir, 'page.html'), html);
    const r = unscrape(['clean', join(dir, 'page.html')]);
    const [record] = jsonl<{ removed: Array<{ rule: string }> }>(r.stdout);
    expect(record!.removed.some((x) => x.rule === 'line-classifier')).toBe(false);
  });
});
