import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { dataStoreFromFile } from '../../src/build/data-store-module.ts';

const folder = mkdtempSync(path.join(tmpdir(), 'data-store-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** The code the plugin gives for a module ID, or null. */
function load(id: string, apply: 'build' | 'serve' = 'build'): string | null {
  const plugin = dataStoreFromFile(pathToFileURL(`${folder}/`), apply);
  const hook = plugin.load as { filter: { id: RegExp }; handler: (id: string) => { code: string } | null };
  if (!hook.filter.id.test(id)) return null;
  return hook.handler(id)?.code ?? null;
}

/** Runs the module's code and returns its default export. */
async function run(code: string, name: string): Promise<unknown> {
  const file = path.join(folder, `${name}.mjs`);
  writeFileSync(file, code);
  return ((await import(pathToFileURL(file).href)) as { default: unknown }).default;
}

describe("Astro's data store module, read from its file", () => {
  test('loads only the data store module, for a build or for the dev server', () => {
    expect(load('\0astro:data-layer-content')).toContain(JSON.stringify(path.join(folder, 'data-store.json')));
    expect(load('\0astro:data-layer-content', 'serve')).not.toBeNull();
    expect(load('astro:data-layer-content')).toBeNull();
    expect(load('\0astro:content')).toBeNull();
    expect(dataStoreFromFile(pathToFileURL(`${folder}/`), 'serve').apply).toBe('serve');
  });

  test('gives what the file holds when the module runs (after Astro wrote it), and an empty store without a file', async () => {
    const code = load('\0astro:data-layer-content')!;
    expect(await run(code, 'before')).toEqual(new Map());
    const store = [[1], { dilemmas: 2 }, ['D-001 “Werk”\u2028'], 'x'];
    writeFileSync(path.join(folder, 'data-store.json'), JSON.stringify(store));
    expect(await run(code, 'after')).toEqual(store);
  });
});
