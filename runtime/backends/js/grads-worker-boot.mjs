// Entry of a data-parallel worker thread (data-parallel.ts). The worker's
// code is TypeScript and a worker does not inherit the main thread's loader
// hooks, so it registers tsx itself, as bin/loom.js does for the CLI.
import { register } from 'tsx/esm/api';

register();
await import('./grads-worker.ts');
