/** Body checks: HTML the renderer's sanitiser would remove, named for an editor with its line. */
import { bodyHtmlFindings, type BodyHtmlProblem } from '../../markdown/body-html.ts';
import { problem, type Problem } from './problems.ts';
import type { RawEntry } from './tree.ts';

/** How each thing the renderer would remove is named to an editor, and whether it is a danger. */
const BODY_HTML: Record<
  BodyHtmlProblem,
  { type: 'unsafe-html' | 'unsupported-html'; what: (value: string) => string }
> = {
  element: {
    type: 'unsafe-html',
    what: (value) => `een ${value}-element, dat niet in een item mag`,
  },
  'event-handler': {
    type: 'unsafe-html',
    what: () => 'een event-handler (code die bij een klik of laden wordt uitgevoerd)',
  },
  style: { type: 'unsafe-html', what: () => 'eigen opmaak die de site kan veranderen' },
  'code-link': {
    type: 'unsafe-html',
    what: () => 'een link die code uitvoert of niet met http://, https:// of mailto: begint',
  },
  'remote-resource': {
    type: 'unsafe-html',
    what: () =>
      'een afbeelding of ander bestand dat van een andere website geladen wordt (dat verraadt de lezer aan die website)',
  },
  attribute: { type: 'unsupported-html', what: () => 'een HTML-attribuut' },
  comment: { type: 'unsupported-html', what: () => 'HTML-commentaar; het zou ongezien meegaan in de pagina' },
  doctype: { type: 'unsupported-html', what: () => 'een doctype' },
};

/**
 * A body is read as the renderer reads it (Markdown with GFM, raw HTML parsed as a browser
 * would) and everything the renderer's sanitiser would remove or change is a problem, with its line.
 */
export function bodyProblems(entry: RawEntry): Problem[] {
  return bodyHtmlFindings(entry.body).map((finding) => {
    const { type, what } = BODY_HTML[finding.what];
    return problem(
      type,
      { file: entry.file, field: `body (regel ${entry.bodyLine + finding.line - 1})`, value: finding.value },
      { what: what(finding.value) },
    );
  });
}

