/**
 * Generates the CMS configuration (Decap's config.yml) from src/schemas/ and the vocabularies:
 * `npm run cms-config [-- --out <bestand>] [--local <api-adres>] [--content-dir <map>]`. Without
 * --out it prints it. The backend is the repository host set in KENNISBANK_CMS_* (see the README),
 * or with --local (or without a host) Decap's local backend that `npm run cms` starts.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { adminConfigYaml } from '../src/build/admin.ts';
import { cmsHostFromEnv } from '../src/build/admin-settings.ts';

/** The address of the local backend `npm run cms` serves by default. */
const DEFAULT_LOCAL_API = 'http://localhost:4322/api/v1';

let parsed;
try {
  parsed = parseArgs({
    options: {
      out: { type: 'string' },
      local: { type: 'string' },
      'content-dir': { type: 'string', default: 'content' },
    },
  });
} catch (error) {
  console.error(`${(error as Error).message}\nGebruik: npm run cms-config -- [--out <bestand>] [--local <api-adres>]`);
  process.exit(2);
}
const { values } = parsed;

let host;
try {
  host = values.local === undefined ? cmsHostFromEnv(process.env) : undefined;
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}
const yaml = adminConfigYaml({
  backend: host?.backend ?? { name: 'proxy', proxy_url: values.local ?? DEFAULT_LOCAL_API, branch: 'main' },
  contentDir: path.resolve(values['content-dir']),
  siteUrl: process.env['KENNISBANK_SITE_URL'],
  editorialWorkflow: host?.editorialWorkflow,
});
if (values.out) {
  writeFileSync(values.out, yaml);
  console.log(`CMS-configuratie geschreven naar ${values.out}.`);
} else {
  process.stdout.write(yaml);
}
