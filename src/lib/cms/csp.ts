/** The Content-Security-Policy of the admin page: as strict as Decap CMS allows, with the repository host's API as the only other origin. */
import type { CmsBackend } from './config.ts';

/** The origins a backend talks to: its API (and, for a PKCE login, the token endpoint on the host). */
export function backendOrigins(backend: CmsBackend): { connect: string[]; img: string[] } {
  if (backend.name === 'proxy') return { connect: [], img: [] };
  const origin = (url: string | undefined) => (url ? [new URL(url).origin] : []);
  const unique = (values: string[]) => [...new Set(values)];
  if (backend.name === 'github') {
    // The OAuth proxy (base_url) logs in through a window of its own, and renews a login with a request.
    const connect = unique([...origin(backend.api_root ?? 'https://api.github.com'), ...origin(backend.base_url)]);
    return { connect, img: ['https://avatars.githubusercontent.com'] };
  }
  const connect = unique([...origin(backend.api_root), ...origin(backend.base_url)]);
  return { connect, img: connect };
}

/**
 * The admin page's policy. Decap CMS needs two things the public pages never allow:
 * `'unsafe-eval'`, because it checks its configuration with Ajv, which compiles its validators
 * with `new Function` (without it the CMS stops at "Error loading the CMS configuration"), and
 * `'unsafe-inline'` styles, because its React components style themselves with Emotion, which
 * writes `<style>` elements at run time, and with `style` attributes. Scripts still come only
 * from the site itself (no inline script), nothing is framed from elsewhere, no plugin runs, and
 * the only other origin is the repository host's API; in local mode there is none.
 */
export function adminCsp(backend: CmsBackend): string {
  const { connect, img } = backendOrigins(backend);
  return [
    "default-src 'self'",
    "script-src 'self' 'unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    ['img-src', "'self'", 'data:', 'blob:', ...img].join(' '),
    "font-src 'self'",
    ['connect-src', "'self'", ...connect].join(' '),
    "frame-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}
