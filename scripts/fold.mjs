// Hard wrapping for the evaluations (eval-plain --wrap, the eval gate's wrapped bodies): a text
// folded at a width as `fold -s`, `lynx -dump` or a mail archive writes it.

/** `text` folded at `width` columns by turning spaces into line breaks (so every offset stays where it was); 0: as it is. */
export function fold(text, width) {
  if (!width) return text;
  const out = [...text];
  let lineStart = 0;
  let lastSpace = -1;
  for (let i = 0; i < out.length; i++) {
    if (out[i] === ' ') lastSpace = i;
    if (i - lineStart >= width && lastSpace > lineStart) {
      out[lastSpace] = '\n';
      lineStart = lastSpace + 1;
      lastSpace = -1;
    }
  }
  return out.join('');
}
