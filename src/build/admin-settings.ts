// The settings of the production CMS backend, read from the environment in one place (see the README, "Redactie in de browser").
import type { HostBackend } from '../lib/cms/config.ts';

/** A repository host the published /admin/ edits the content on. */
export interface CmsHost {
  backend: HostBackend;
  editorialWorkflow: boolean;
}

const HOSTS = ['github', 'gitlab', 'gitea', 'forgejo'] as const;

/** The API of each host, from its address (GitHub's is fixed). */
const API_PATHS: Record<Exclude<HostBackend['name'], 'github'>, string> = {
  gitlab: '/api/v4',
  gitea: '/api/v1',
  forgejo: '/api/v1',
};

/**
 * The production backend from the environment, or undefined when `KENNISBANK_CMS_REPO` is not
 * set (then the built site has no /admin/). Throws, naming the variable, when a setting is missing
 * or wrong. Only public values: the OAuth client secret of GitHub lives in the OAuth proxy, and
 * GitLab, Gitea and Forgejo log in with PKCE, which needs no secret at all.
 */
export function cmsHostFromEnv(env: Record<string, string | undefined>): CmsHost | undefined {
  const repo = env['KENNISBANK_CMS_REPO']?.trim();
  if (!repo) return undefined;
  if (!/^[\w.-]+(?:\/[\w.-]+)+$/.test(repo)) {
    throw new Error(`KENNISBANK_CMS_REPO moet eigenaar/naam zijn, zoals "leergroep/kennisbank"; nu: "${repo}".`);
  }
  const name = (env['KENNISBANK_CMS_BACKEND']?.trim() || 'github') as HostBackend['name'];
  if (!HOSTS.includes(name)) {
    throw new Error(`KENNISBANK_CMS_BACKEND moet een van ${HOSTS.join(', ')} zijn; nu: "${name}".`);
  }
  const branch = env['KENNISBANK_CMS_BRANCH']?.trim() || 'main';
  const baseUrl = env['KENNISBANK_CMS_BASE_URL']?.trim().replace(/\/+$/, '');
  const appId = env['KENNISBANK_CMS_APP_ID']?.trim();
  const editorialWorkflow = env['KENNISBANK_CMS_EDITORIAL_WORKFLOW'] === '1';
  if (baseUrl && !/^https:\/\/[^\s/]+/.test(baseUrl)) {
    throw new Error(`KENNISBANK_CMS_BASE_URL moet een https-adres zijn; nu: "${baseUrl}".`);
  }
  if (name === 'github') {
    if (!baseUrl) {
      throw new Error(
        'KENNISBANK_CMS_BASE_URL ontbreekt: het adres van de OAuth-proxy die voor GitHub het inloggen afhandelt.',
      );
    }
    return { backend: { name, repo, branch, base_url: baseUrl }, editorialWorkflow };
  }
  const host = baseUrl ?? (name === 'gitlab' ? 'https://gitlab.com' : undefined);
  if (!host)
    throw new Error(`KENNISBANK_CMS_BASE_URL ontbreekt: het adres van de ${name}-server, zoals https://codeberg.org.`);
  if (!appId) {
    throw new Error(
      `KENNISBANK_CMS_APP_ID ontbreekt: de client-ID van de OAuth-toepassing op ${host} (PKCE, zonder geheim).`,
    );
  }
  const backend: HostBackend = {
    name,
    repo,
    branch,
    base_url: host,
    api_root: `${host}${API_PATHS[name]}`,
    app_id: appId,
    ...(name === 'gitlab' ? { auth_type: 'pkce' as const } : {}),
  };
  return { backend, editorialWorkflow };
}
