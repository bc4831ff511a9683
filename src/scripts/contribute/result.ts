/** The finished contribution: download or copy the file, and hand it to the editors by e-mail or as a forge issue. */
import { issueUrl, mailtoUrl, type Contribution } from '../../lib/contribute/handover.ts';
import { contributeUi as t } from '../../lib/contribute/ui.ts';
import { el } from './dom.ts';

/** Where the hand-over goes: the editors' mailbox and, if the site has one, the forge's new-issue address. */
export interface Destinations {
  editorsEmail: string;
  newIssueUrl: string | undefined;
}

let downloadUrl: string | undefined;

/** Fills the result section for a contribution that passed every check, and moves the focus to its heading. */
export function showResult(section: HTMLElement, contribution: Contribution, destinations: Destinations): void {
  if (downloadUrl) URL.revokeObjectURL(downloadUrl);
  downloadUrl = URL.createObjectURL(new Blob([contribution.fileText], { type: 'text/markdown;charset=utf-8' }));
  const { fileName, fileText } = contribution;

  const heading = el('h2', { id: 'resultaat-titel', tabindex: '-1' }, t.result.title);
  const download = el('a', { class: 'button', href: downloadUrl, download: fileName }, t.result.download(fileName));
  const preview = el('pre', { class: 'file-preview', tabindex: '0' }, fileText);
  const copyStatus = el('p', { class: 'hint', role: 'status' });
  const copy = el('button', { type: 'button', class: 'secondary' }, t.result.copy);
  copy.addEventListener('click', () => {
    navigator.clipboard.writeText(fileText).then(
      () => (copyStatus.textContent = t.result.copied),
      () => {
        copyStatus.textContent = t.result.copyFailed;
        const range = document.createRange();
        range.selectNodeContents(preview);
        getSelection()?.removeAllRanges();
        getSelection()?.addRange(range);
      },
    );
  });

  const mail = mailtoUrl(destinations.editorsEmail, contribution);
  const issue = destinations.newIssueUrl ? issueUrl(destinations.newIssueUrl, contribution) : undefined;
  section.replaceChildren(
    heading,
    el('p', {}, t.result.intro),
    el('div', { class: 'actions' }, download, copy),
    copyStatus,
    el('h3', {}, t.result.mail),
    el('p', {}, mail.includesFile ? t.result.mailWithText : t.result.mailAttach(fileName)),
    el('p', {}, el('a', { class: 'button', href: mail.url }, `${t.result.mail} (${destinations.editorsEmail})`)),
    ...(issue
      ? [
          el('h3', {}, t.result.issue),
          el('p', {}, t.result.issueNote, issue.includesFile ? '' : ` ${t.result.issueAttach(fileName)}`),
          el('p', {}, el('a', { class: 'button', href: issue.url, rel: 'noopener noreferrer' }, t.result.issue)),
        ]
      : []),
    el('details', {}, el('summary', {}, t.result.preview), preview),
    el('p', { class: 'hint' }, t.result.next),
  );
  section.hidden = false;
  heading.focus();
}

/** Hides the result after the contribution changed, so that no file older than the form can be sent. */
export function hideResult(section: HTMLElement): void {
  section.hidden = true;
  section.replaceChildren();
  if (downloadUrl) URL.revokeObjectURL(downloadUrl);
  downloadUrl = undefined;
}
