/** Curly quotes and dashes (SmartyPants), only in documents that have something to change. */
import type { Root } from 'mdast';
import remarkSmartypants from 'remark-smartypants';
import type { Processor, Transformer } from 'unified';

/**
 * Anything SmartyPants could change: quotes, backticks, `--`, three dots (also spaced), and
 * character references, which can stand for a quote.
 */
const MAY_CHANGE = /["'`&]|--|\.\s*\.\s*\./;

/**
 * SmartyPants (curly quotes, dashes, ellipses) as Astro applies it, but only to documents whose
 * source has something for it to change. It parses every text node with retext, which was 40%
 * of the Markdown time, and most entries hold none of those characters; the output is the same.
 */
export function remarkTypography(this: Processor, options?: Parameters<typeof remarkSmartypants>[0]) {
  const transform = remarkSmartypants.call(this, options) as Transformer;
  // remark-smartypants changes the tree in place and synchronously.
  return (tree: Root, file: { value: unknown }): void => {
    if (MAY_CHANGE.test(String(file.value))) void transform(tree, file as never, () => undefined);
  };
}
