import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Explicit, so Playwright's e2e/*.spec.ts never run under Vitest.
    include: ['core/**/*.test.ts', 'db/**/*.test.ts', 'templates/**/*.test.ts', 'electron/**/*.test.ts', 'bench/**/*.test.ts', 'tests/**/*.test.ts', 'server/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
    pool: 'forks',
  },
});
