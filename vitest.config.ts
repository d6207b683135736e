import { defineConfig } from 'vitest/config';

// The project's own tests (`npm test`). The conformance suites (`suites/**/*.suite.ts`) are run by
// `acs-conformance run` with their own configuration, not by this one.
export default defineConfig({
  test: {
    include: ['spec/**/*.test.ts', 'harness/**/*.test.ts', 'suites/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['node_modules/**', 'reports/**'],
    reporters: ['default', './tools/countsReporter.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
