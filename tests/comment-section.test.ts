/**
 * The readers' comments below an article, told by their text alone (src/shared/comments.ts):
 * what the extractor cuts where a page's class names say nothing, and `page-furniture` in a
 * plain text.
 */
import { describe, expect, it } from 'vitest';
import { commentSectionStart, isCommentHeader, isCommentHeading } from '../src/shared/comments.js';
import { extractHtml } from '../src/extract/html.js';

const prose = 'The council approved the new budget on Tuesday after a debate that lasted more than six hours.';
const more = 'Opponents argued that the plan relies on optimistic forecasts and warned of a shortfall next year.';

describe('comment sections', () => {
  it('reads a heading that says comments, with its count or the post\'s title; not answers, nor an opinion piece\'s label', () => {
    for (const line of ['Comments', 'All Comments 4', 'Kommentare (12)', 'Leserkommentare', '14 Kommentare', '1 Comment', '5 комментариев', 'Commentaires', 'Comentarios: 3', '3 thoughts on “Council approves budget”', '2 Kommentare zu „Stadtrat sperrt die Brücke“']) {
      expect(isCommentHeading(line), line).toBe(true);
    }
    for (const line of ['Kommentar', 'Comment', '3 Answers', '4 Antworten', 'Comments on the budget were due in May', 'No comments yet, the mayor said.']) {
      expect(isCommentHeading(line), line).toBe(false);
    }
  });

  it('reads a comment\'s header: "says:", its date with the time, how long ago, its author with how long ago', () => {
    for (const line of ['Maria Keller says:', 'kanu sukha says:', 'March 3, 2016 at 10:15 am', 'vor 2 Stunden', 'GuterMensch vor 3 Stunden', 'hinter-dem-Regenbogen vor 2 Stunden', 'jane_d · 2 hours ago', 'Ana hace 5 días']) {
      expect(isCommentHeader(line), line).toBe(true);
    }
    for (const line of ['Maria Keller', 'He said the plan would fail.', 'Three hours ago the bridge was closed to traffic by the police.', 'GuterMensch']) {
      expect(isCommentHeader(line), line).toBe(false);
    }
  });

  it('begins at the first heading below the article\'s prose that a header follows within six lines', () => {
    const lines = [prose, more, 'Kommentare (2)', '', '[avatar]', 'GuterMensch vor 3 Stunden', 'Kein Wunder.'];
    expect(commentSectionStart(lines, 0)).toBe(2);
    // Above the prose, or without a header near it, there is none.
    expect(commentSectionStart(lines, 3)).toBe(-1);
    expect(commentSectionStart([prose, 'Comments', 'a', 'b', 'c', 'd', 'e', 'f', 'Maria says:'], 0)).toBe(-1);
    expect(commentSectionStart([prose, '3 Answers', 'Hans vor 2 Jahren', more], 0)).toBe(-1);
  });

  it('reads long and many lines in linear time', () => {
    const lines = [prose, ...Array.from({ length: 20_000 }, (_, k) => (k % 2 ? 'Comments ' + 'x'.repeat(300) : 'x'.repeat(80) + ' vor 3 Stunden'))];
    expect(commentSectionStart(lines, 0)).toBe(-1);
    expect(isCommentHeader('a '.repeat(5_000) + 'vor 3 Stunden')).toBe(false);
  });

  it('are cut from a page whose class names say nothing: the article stays', () => {
    const comment = (who: string, what: string) => `<div class="x6a7b8c"><div class="x1f2e3d">${who}</div><p class="x9e8d7c">${what}</p></div>`;
    const html = `<html><body><main class="x5be7c4"><h1 class="x1">Council approves budget</h1><div class="x77aa10"><p class="x2">${prose}</p><p class="x2">${more}</p></div>` +
      `<div class="x2e8f90"><h2 class="x3">All Comments 2</h2>${comment('kanu sukha says:', 'When the council spends this much, the taxpayers should have a say in how it is done.')}${comment('Richard Bryant says:', 'The roads in my street have not been repaired for ten years, so I welcome it.')}</div></main></body></html>`;
    const text = extractHtml(html).text;
    expect(text).toContain(prose);
    expect(text).toContain(more);
    expect(text).not.toContain('All Comments');
    expect(text).not.toContain('kanu sukha');
    expect(text).not.toContain('taxpayers should have a say');
  });
});
