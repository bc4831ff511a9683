/**
 * Fills in the retrieval date of the citations on a page: every `[data-retrieved]` element gets its
 * template (`Geraadpleegd op {datum}, van `) with today's date in Dutch, in the reader's time zone.
 * Without JavaScript the elements stay empty and the citation has no date.
 */
export function fillRetrievalDates(today = new Date()) {
  const day = dutchDay(today);
  for (const element of document.querySelectorAll<HTMLElement>('[data-retrieved]')) {
    element.textContent = (element.dataset['retrieved'] ?? '').replace('{datum}', day);
  }
}

/** A day as APA writes it in Dutch and citeproc's nl-NL locale formats it: "2 december 2026". */
export const dutchDay = (date: Date) =>
  new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' }).format(date);
