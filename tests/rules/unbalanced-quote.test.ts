import { describe, expect, it } from 'vitest';
import { ruleSuite, run } from './helper.js';


ruleSuite('unbalanced-quote');

describe('unbalanced-quote: a closing mark that faces the wrong way', () => {
  const found = (p: string) => run([p]).filter((f) => f.rule === 'unbalanced-quote').map((f) => ({ mark: p.slice(f.start, f.end), at: f.start, message: f.message }));

  it('lands on the opening mark that closes, one finding per quotation, and says what it saw', () => {
    const p = 'The court does not hear the reporters, since their accounts “add no objective data to the case“.';
    expect(found(p)).toEqual([{
      mark: '“', at: p.lastIndexOf('“'),
      message: '“ closes the quotation opened at “add no objective data to the…: an opening mark where a closing one belongs',
    }]);
  });

  it('reports a guillemet quotation closed with «, on the second «', () => {
    const p = '«Opposing the measure is opposing human rights«, the candidate insists.';
    expect(found(p).map((f) => [f.mark, f.at])).toEqual([['«', p.lastIndexOf('«')]]);
  });

  it('reports a reversed pair that breaks the paragraph’s own “…” pairing', () => {
    const p = 'The clerk read out “the first line as written” and then ”the second line the other way round“, the record shows.';
    expect(found(p).map((f) => [f.mark, f.at])).toEqual([['“', p.lastIndexOf('“')]]);
  });

  it('reports a ” that stands before a word inside a “ quotation, on that mark', () => {
    const p = 'The ruling adds that “the office arranged the publication, ”where the names appear, though covered”.';
    expect(found(p)).toEqual([{
      mark: '”', at: p.indexOf('”'),
      message: '” stands before a word inside the quotation opened at “the office arranged the publication,…: a closing mark where an opening one belongs',
    }]);
  });

  it('stays quiet on a pairing the paragraph uses throughout, and on Danish »…«', () => {
    expect(found('He wrote ”the first part“ in the morning and ”the second part“ at night.')).toEqual([]);
    expect(found('»Vi bliver i byen til det sidste«, sagde borgmesteren. »Ingen skal flytte«.')).toEqual([]);
    expect(found('»Vi satte os ved et bord, men tjeneren sagde ”nej”.«')).toEqual([]);
    expect(found('Han sade: ”Vi stannar här”, och gick ut.')).toEqual([]);
  });
});
