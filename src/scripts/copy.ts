/**
 * Adds a copy button after every `[data-copy]` block; without JavaScript the text stays selectable.
 * `beforeCopy` runs before the text is read (to bring the retrieval date up to today).
 */
export function addCopyButtons(beforeCopy: () => void = () => undefined) {
  if (!navigator.clipboard) return;
  const label = document.documentElement.lang === 'nl' ? ['Kopiëren', 'Gekopieerd'] : ['Copy', 'Copied'];
  for (const block of document.querySelectorAll<HTMLElement>('[data-copy]')) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'copy-button';
    button.textContent = label[0]!;
    button.addEventListener('click', async () => {
      beforeCopy();
      await navigator.clipboard.writeText(block.innerText.trim());
      button.textContent = label[1]!;
      setTimeout(() => (button.textContent = label[0]!), 2000);
    });
    block.after(button);
  }
}
