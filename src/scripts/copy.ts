/**
 * Copy buttons and the share bar of an entry page; without JavaScript the text stays selectable and
 * the bar's "Citeer" link leads to the citation. `beforeCopy` runs before a text is read (to bring
 * the retrieval date up to today).
 */

/** Puts a block on the clipboard: its text, and with `data-copy="html"` also its HTML (italics survive a paste into Word). */
async function copyBlock(block: HTMLElement) {
  const text = block.innerText.trim();
  if (block.dataset['copy'] !== 'html' || typeof ClipboardItem === 'undefined') {
    return navigator.clipboard.writeText(text);
  }
  const blob = (type: string, content: string) => new Blob([content], { type });
  const item = new ClipboardItem({
    'text/html': blob('text/html', block.innerHTML.trim()),
    'text/plain': blob('text/plain', text),
  });
  return navigator.clipboard.write([item]);
}

/** A button that runs `action` and says `done` for two seconds. */
function button(label: string, done: string, action: () => Promise<unknown>) {
  const element = document.createElement('button');
  element.type = 'button';
  element.className = 'copy-button';
  element.textContent = label;
  element.addEventListener('click', async () => {
    if (
      (await action().then(
        () => true,
        () => false,
      )) === false
    )
      return;
    element.textContent = done;
    setTimeout(() => (element.textContent = label), 2000);
  });
  return element;
}

export function addCopyButtons(beforeCopy: () => void = () => undefined) {
  if (!navigator.clipboard) return;
  const copy = (block: HTMLElement) => () => (beforeCopy(), copyBlock(block));
  for (const block of document.querySelectorAll<HTMLElement>('[data-copy]')) {
    block.after(button('Kopiëren', 'Gekopieerd', copy(block)));
  }
  // The share bar under the title: share the permanent link (the phone's own share sheet, or a copy) and copy the citation.
  const bar = document.querySelector<HTMLElement>('[data-share]');
  const apa = document.querySelector<HTMLElement>('[data-copy="html"]');
  if (!bar || !apa) return;
  const url = bar.dataset['share']!;
  const share = navigator.share
    ? button('Deel', 'Gedeeld', () => navigator.share({ title: document.title, url }))
    : button('Deel link', 'Link gekopieerd', () => navigator.clipboard.writeText(url));
  bar.prepend(share, button('Kopieer bronvermelding', 'Bronvermelding gekopieerd', copy(apa)));
}
