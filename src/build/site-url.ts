/** The address the site is published at: read from KENNISBANK_SITE_URL, checked, and required when building for publication. */

/** Where `npm start` serves the site; the address in a build that is not for publication. */
export const LOCAL_SITE_URL = 'http://localhost:4321';

const LOCAL_HOSTS =
  /^(?:localhost|127(?:\.\d+){3}|\[::1\]|0\.0\.0\.0|[^.]+|.+\.(?:local|localhost|internal|test|example|invalid))$/i;

/**
 * The site address for a build, or why it cannot be used. Any build needs a plain origin (no path,
 * query or fragment: pages are served from the root). A build for publication (`npm run publish`)
 * also needs it set, on https, with a public host name: otherwise every permanent link, citation
 * and QR code in the build would send readers to an address that does not work.
 */
export function siteUrlFor(
  value: string | undefined,
  { publish }: { publish: boolean },
): { ok: true; url: string } | { ok: false; message: string } {
  const fix =
    'Zet KENNISBANK_SITE_URL op het adres waar de site komt te staan, bijvoorbeeld: KENNISBANK_SITE_URL=https://kennisbank.example.nl npm run build -- --publish';
  if (value === undefined || value.trim() === '') {
    return publish
      ? { ok: false, message: `Voor publicatie ontbreekt het adres van de site (KENNISBANK_SITE_URL). ${fix}` }
      : { ok: true, url: LOCAL_SITE_URL };
  }
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return { ok: false, message: `KENNISBANK_SITE_URL "${value}" is geen volledig webadres. ${fix}` };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { ok: false, message: `KENNISBANK_SITE_URL "${value}" begint niet met https://. ${fix}` };
  }
  if (url.pathname !== '/' || url.search || url.hash || url.username || url.password) {
    return {
      ok: false,
      message: `KENNISBANK_SITE_URL "${value}" heeft meer dan een domein (een pad, ? of #). De site staat altijd in de hoofdmap van een domein of subdomein, zoals https://kennisbank.example.nl. ${fix}`,
    };
  }
  if (publish && url.protocol !== 'https:') {
    return {
      ok: false,
      message: `Voor publicatie moet KENNISBANK_SITE_URL met https:// beginnen, niet "${value}". ${fix}`,
    };
  }
  if (publish && LOCAL_HOSTS.test(url.hostname)) {
    return {
      ok: false,
      message: `KENNISBANK_SITE_URL "${value}" is een adres dat alleen op deze computer of in een test werkt, niet voor lezers. ${fix}`,
    };
  }
  return { ok: true, url: url.origin };
}
