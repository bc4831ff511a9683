import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { checkRegistryUrls } from '../../src/build/registry-check.ts';

const folders: string[] = [];
afterEach(() => folders.splice(0).forEach((folder) => rmSync(folder, { recursive: true, force: true })));

/** A content folder with only a registry, and a built site with these pages. */
function site(registry: Record<string, string[]>, pages: string[]) {
  const root = mkdtempSync(path.join(os.tmpdir(), 'registry-'));
  folders.push(root);
  mkdirSync(path.join(root, 'content'));
  writeFileSync(path.join(root, 'content/registry.json'), JSON.stringify(registry));
  for (const page of pages) {
    mkdirSync(path.join(root, 'dist', page), { recursive: true });
    writeFileSync(path.join(root, 'dist', page, 'index.html'), 'pagina');
  }
  return { content: path.join(root, 'content'), dist: path.join(root, 'dist') };
}

describe('checkRegistryUrls, after the forwarding pages are written', () => {
  test('passes when every registered URL and permanent link is in the built site', () => {
    const { content, dist } = site({ 'D-001': ['/dilemmas/oud/', '/dilemmas/nieuw/'] }, [
      'D-001',
      'dilemmas/oud',
      'dilemmas/nieuw',
    ]);
    expect(() => checkRegistryUrls(content, dist)).not.toThrow();
  });

  test('fails naming every registered URL the built site lacks', () => {
    const { content, dist } = site({ 'D-001': ['/dilemmas/oud/', '/dilemmas/nieuw/'] }, ['dilemmas/nieuw']);
    expect(() => checkRegistryUrls(content, dist)).toThrow(
      /Gepubliceerde adressen uit content\/registry\.json werken niet meer: \/D-001\/, \/dilemmas\/oud\//,
    );
  });
});
