import { getViteConfig } from 'astro/config';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    reporters: ['default', './tests/helpers/summary-reporter.ts'],
    // Build and browser tests build real sites; they share two cores, so run files one by one.
    fileParallelism: false,
    testTimeout: 20_000,
    hookTimeout: 180_000,
    projects: [
      { extends: true, test: { name: 'node', include: ['tests/{unit,build,e2e}/**/*.test.ts'] } },
      // Components render through Astro's Container API, which needs Astro's Vite setup.
      getViteConfig({ test: { name: 'components', include: ['tests/components/**/*.test.ts'] } }),
    ],
  },
});
