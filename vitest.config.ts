import { defineConfig } from 'vitest/config';

// Unit tests only: Playwright owns e2e/. No test may depend on wall-clock speed.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
    environment: 'node',
    testTimeout: 60_000,
    // Suites build a corpus once in beforeAll: as long as a test may take, whatever the load.
    hookTimeout: 60_000,
  },
});
