import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:https';
import { request as httpRequest } from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { freePort, hasBrowser, launchBrowser, searchResultIds } from '../helpers/browser.ts';
import { prepareFixture, projectRoot, rebuildFixture, type BuildResult } from '../helpers/build.ts';

/**
 * Building for publication (`npm run build -- --publish`) and serving the result with the nginx
 * configuration in scripts/deploy/nginx.conf, as the README's "Publiceren" describes.
 */
const fixture = path.join(projectRoot, 'tests/fixtures/valid-site/content');
const siteUrl = 'https://kennisbank.example.org';
const hasNginx = spawnSync('nginx', ['-v']).status === 0;
if (!hasNginx && process.env['CI']) throw new Error('CI: nginx is missing (apt-get install nginx).');

describe('npm run build -- --publish', () => {
  test('refuses to build without a site address, or with a local one, and builds nothing', () => {
    const root = prepareFixture('publish-refused', fixture);
    for (const env of [{ KENNISBANK_SITE_URL: undefined }, { KENNISBANK_SITE_URL: 'http://localhost:4321' }]) {
      const result = rebuildFixture(root, { args: ['--publish'], env });
      expect(result.status).toBe(2);
      expect(result.output).toContain('Er is niets gebouwd.');
      expect(result.output).toContain('KENNISBANK_SITE_URL');
      expect(existsSync(path.join(root, 'dist'))).toBe(false);
    }
  });
});

interface Response {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

describe.skipIf(!hasNginx)('the published site on nginx with scripts/deploy/nginx.conf', () => {
  let build: BuildResult;
  let nginx: ChildProcess | undefined;
  let https = 0;
  let http = 0;
  let work = '';

  /** A request to the nginx under test, as a reader of https://kennisbank.example.nl would send it. */
  const get = (pathname: string, headers: Record<string, string> = {}, secure = true) =>
    new Promise<Response>((resolve, reject) => {
      const options = {
        host: '127.0.0.1',
        port: secure ? https : http,
        path: pathname,
        headers: { host: 'kennisbank.example.nl', ...headers },
        rejectUnauthorized: false,
      };
      const req = (secure ? request : httpRequest)(options, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }),
        );
      });
      req.on('error', reject);
      req.end();
    });

  beforeAll(async () => {
    build = rebuildFixture(prepareFixture('publish', fixture), {
      args: ['--publish'],
      env: { KENNISBANK_SITE_URL: siteUrl },
    });
    expect(build.status, build.output).toBe(0);
    work = path.join(build.root, 'nginx');
    mkdirSync(work, { recursive: true });
    [https, http] = [await freePort(), await freePort()];
    // A certificate for the test only, and the shipped server blocks with this test's ports and folders.
    const openssl = spawnSync('openssl', [
      ...['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=kennisbank.example.nl'],
      ...['-keyout', path.join(work, 'key.pem'), '-out', path.join(work, 'cert.pem')],
    ]);
    expect(openssl.status, openssl.stderr.toString()).toBe(0);
    const site = readFileSync(path.join(projectRoot, 'scripts/deploy/nginx.conf'), 'utf8')
      .replaceAll('listen 443 ssl http2;', `listen 127.0.0.1:${https} ssl http2;`)
      .replaceAll('listen 80;', `listen 127.0.0.1:${http};`)
      .replace(/^\s*listen \[::\].*\n/gm, '')
      .replace('/etc/ssl/kennisbank/fullchain.pem', path.join(work, 'cert.pem'))
      .replace('/etc/ssl/kennisbank/privkey.pem', path.join(work, 'key.pem'))
      .replace('/srv/kennisbank/dist', path.join(build.root, 'dist'));
    writeFileSync(path.join(work, 'site.conf'), site);
    const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
      .map((name) => `${name}_temp_path ${path.join(work, name)};`)
      .join('\n  ');
    writeFileSync(
      path.join(work, 'nginx.conf'),
      `pid ${path.join(work, 'nginx.pid')};\nerror_log ${path.join(work, 'error.log')};\ndaemon off;\nevents {}\nhttp {\n  include /etc/nginx/mime.types;\n  default_type application/octet-stream;\n  access_log off;\n  ${temp}\n  include ${path.join(work, 'site.conf')};\n}\n`,
    );
    const syntax = spawnSync('nginx', ['-t', '-p', work, '-c', path.join(work, 'nginx.conf')], { encoding: 'utf8' });
    expect(syntax.status, syntax.stderr).toBe(0);
    nginx = spawn('nginx', ['-p', work, '-c', path.join(work, 'nginx.conf')], { stdio: 'ignore' });
    for (let tries = 0; tries < 50; tries += 1) {
      if (
        await get('/').then(
          () => true,
          () => false,
        )
      )
        break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }, 300_000);
  afterAll(() => nginx?.kill());

  test('builds every permanent link, canonical address and citation on the site address', () => {
    const page = build.page('dilemmas/activeren-op-straffe-van-korting/index.html');
    expect(page).toContain(`<link rel="canonical" href="${siteUrl}/dilemmas/activeren-op-straffe-van-korting/">`);
    expect(page).toContain(`${siteUrl}/D-001/`);
    expect(page).not.toContain('localhost');
    expect(build.page('sitemap-0.xml')).toContain(`<loc>${siteUrl}/`);
  });

  test('serves pages with the security headers, and the CSP header adds frame-ancestors', async () => {
    const page = await get('/dilemmas/activeren-op-straffe-van-korting/');
    expect(page.status).toBe(200);
    expect(page.headers['strict-transport-security']).toBe('max-age=31536000');
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.headers['referrer-policy']).toBe('no-referrer');
    expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(page.headers['content-security-policy']).toContain("default-src 'self'");
    expect(page.headers['cache-control']).toBe('no-cache');
  });

  test('compresses pages and keeps hashed assets and Pagefind indexes for a year', async () => {
    const page = await get('/', { 'accept-encoding': 'gzip' });
    expect(page.headers['content-encoding']).toBe('gzip');
    const css = readdirSync(path.join(build.root, 'dist/_astro')).find((name) => name.endsWith('.css'));
    const asset = await get(`/_astro/${css}`);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const index = readdirSync(path.join(build.root, 'dist/pagefind/index'))[0];
    expect((await get(`/pagefind/index/${index}`)).headers['cache-control']).toContain('immutable');
    // Fixed names change with every build: checked again on every visit.
    expect((await get('/pagefind/pagefind-entry.json')).headers['cache-control']).toBe('no-cache');
  });

  test('adds the missing slash, serves the 404 page for what does not exist, and sends http to https', async () => {
    const permalink = await get('/D-001');
    expect(permalink.status).toBe(301);
    expect(permalink.headers['location']).toBe('/D-001/');
    const missing = await get('/bestaat-niet/');
    expect(missing.status).toBe(404);
    expect(missing.body).toContain('<h1>');
    expect(missing.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    const plain = await get('/dilemmas/', {}, false);
    expect(plain.status).toBe(301);
    expect(plain.headers['location']).toBe('https://kennisbank.example.nl/dilemmas/');
  });

  test.skipIf(!hasBrowser)('runs pages and search under both policies, with no CSP violation', async () => {
    const browser = await launchBrowser();
    try {
      const context = await browser.newContext({ ignoreHTTPSErrors: true });
      const page = await context.newPage();
      const violations: string[] = [];
      page.on('console', (message) => {
        if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
      });
      await page.goto(`https://127.0.0.1:${https}/dilemmas/activeren-op-straffe-van-korting/`);
      await page.goto(`https://127.0.0.1:${https}/zoeken/?q=korting`);
      expect(await searchResultIds(page)).toContain('D-001');
      expect(violations).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
