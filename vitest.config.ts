import { defineConfig } from 'vitest/config';
import HeaviestFirst from './test/setup/heaviest-first.ts';

// The suite must pass on a loaded 2-core machine (CI, a laptop building
// something else). Separate processes (forks) isolate Dawn and typed-array
// heavy files; at most two run at once so a file is never starved long
// enough for vitest's worker↔main RPC (60 s) to time out. Timeouts are
// generous because they bound hangs, not speed: timing lives in bench/.
// Every test starts with one turn of the event loop (test/setup), so a file
// of synchronous tests cannot starve that RPC either.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/setup/yield-between-tests.ts'],
    // The slowest files first (test/setup/heaviest-first.ts says why).
    sequence: { sequencer: HeaviestFirst },
    pool: 'forks',
    maxWorkers: 2,
    minWorkers: 1,
    testTimeout: 300_000,
    hookTimeout: 300_000,
    teardownTimeout: 60_000,
    // Two test files already use both cores: training runs on one thread unless a test asks for more.
    env: { LOOM_THREADS: '1' },
  },
});
