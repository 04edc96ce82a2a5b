import { defineConfig } from 'vitest/config';

// unit: beside the code, in-memory SQLite with every migration. integration: the real core on temp
// data dirs, through dispatch and each transport. e2e: the built app in Chromium (and Electron if present).
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['src-main/**/*.test.ts', 'src-shared/**/*.test.ts', 'src-renderer/**/*.test.{ts,tsx}'] } },
      { test: { name: 'integration', include: ['tests/integration/**/*.test.ts'], testTimeout: 60_000 } },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.spec.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          // After unit and integration tests: a browser sharing 2 cores with property tests and
          // child processes made menu animations miss their clicks.
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
