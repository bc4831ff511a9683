/** Handing a contribution to the editors without an account: a prefilled e-mail, or a prefilled new issue on the forge. */
import { kinds, type Kind } from '../../schemas/kinds.ts';
import { handover as words } from './ui.ts';

/**
 * The longest mailto: address that mail programs reliably open (Outlook and older browsers stop
 * near 2,000 characters); a longer file goes as an attachment instead.
 */
export const MAILTO_LIMIT = 2000;
/** The longest new-issue address a forge accepts in practice (GitHub answers 414 a little above 8 KB). */
export const ISSUE_URL_LIMIT = 8000;

/** What the hand-over needs to know about the contribution. */
export interface Contribution {
  kind: Kind;
  title: string;
  fileName: string;
  fileText: string;
  /** How the contributor can be reached, if they said; it goes into the e-mail only. */
  contact: string;
}

/** Mail programs expect CRLF line breaks in a mailto: body (RFC 6068). */
const mailtoBody = (text: string) => encodeURIComponent(text.replace(/\r?\n/g, '\r\n'));

/** The subject of the message and the title of the issue. */
export const subjectOf = ({ kind, title }: Contribution) => words.subject(kinds[kind].singular, title);

/** A prefilled e-mail to the editors: the file in the text when the address stays short enough, otherwise as an attachment. */
export function mailtoUrl(address: string, contribution: Contribution): { url: string; includesFile: boolean } {
  const { contact, fileName, fileText } = contribution;
  const message = (includesFile: boolean) =>
    [
      words.greeting,
      '',
      words.intro(kinds[contribution.kind].singular, contribution.title),
      ...(contact.trim() ? ['', words.contact(contact.trim())] : []),
      '',
      ...(includesFile ? [words.fileBelow(fileName), '', fileText.trimEnd(), words.fileEnd] : [words.attach(fileName)]),
      '',
      words.closing,
    ].join('\n');
  const url = (includesFile: boolean) =>
    `mailto:${encodeURIComponent(address).replace('%40', '@')}?subject=${encodeURIComponent(subjectOf(contribution))}&body=${mailtoBody(message(includesFile))}`;
  const full = url(true);
  return full.length <= MAILTO_LIMIT ? { url: full, includesFile: true } : { url: url(false), includesFile: false };
}

/** A fence for Markdown code that no run of backticks in the text can close. */
function fenceFor(text: string): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((match) => match[0].length));
  return '`'.repeat(longest + 1);
}

/**
 * A prefilled new issue on the forge (`?title=…&body=…`, as GitHub, Gitea and Forgejo read it).
 * An issue is public: the contributor's contact details never go into it.
 */
export function issueUrl(newIssueUrl: string, contribution: Contribution): { url: string; includesFile: boolean } {
  const { fileName, fileText } = contribution;
  const fence = fenceFor(fileText);
  const body = (includesFile: boolean) =>
    [
      words.intro(kinds[contribution.kind].singular, contribution.title),
      '',
      ...(includesFile
        ? [words.fileBelow(fileName), '', `${fence}yaml`, fileText.trimEnd(), fence]
        : [words.attachIssue(fileName)]),
    ].join('\n');
  const separator = newIssueUrl.includes('?') ? '&' : '?';
  const url = (includesFile: boolean) =>
    `${newIssueUrl}${separator}title=${encodeURIComponent(subjectOf(contribution))}&body=${encodeURIComponent(body(includesFile))}`;
  const full = url(true);
  return full.length <= ISSUE_URL_LIMIT ? { url: full, includesFile: true } : { url: url(false), includesFile: false };
}
