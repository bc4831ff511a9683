/**
 * Fills in the retrieval date of the citations on a page: every `[data-retrieved]` element gets its
 * template (APA's `Geraadpleegd op {datum}, van `, BibTeX's `urldate`, RIS's `M1`, CSL-JSON's
 * `accessed`) with today's date, in the reader's time zone. Without JavaScript the elements stay
 * empty and the citations have no retrieval date.
 */
export function fillRetrievalDates(today = new Date()) {
  for (const element of document.querySelectorAll<HTMLElement>('[data-retrieved]')) {
    element.textContent = fillRetrievalTemplate(element.dataset['retrieved'] ?? '', today);
  }
}

/** A template with the day put in: `{datum}` in Dutch ("2 december 2026"), `{y}`, `{m}`, `{d}`, and `{mm}`, `{dd}` with two digits. */
export function fillRetrievalTemplate(template: string, date: Date): string {
  const two = (number: number) => String(number).padStart(2, '0');
  const parts: Record<string, string> = {
    datum: dutchDay(date),
    y: String(date.getFullYear()),
    m: String(date.getMonth() + 1),
    d: String(date.getDate()),
    mm: two(date.getMonth() + 1),
    dd: two(date.getDate()),
  };
  return template.replace(/\{(datum|y|m|d|mm|dd)\}/g, (_match, name: string) => parts[name]!);
}

/** A day as APA writes it in Dutch and citeproc's nl-NL locale formats it: "2 december 2026". */
export const dutchDay = (date: Date) =>
  new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' }).format(date);
