// Before every test, one turn of the event loop. vitest awaits each test,
// but a synchronous test's promise resolves in the microtask queue, so a
// file of many synchronous tests (compiling and interpreting every example)
// never lets the worker's timers and pipes run; after 60 s its RPC to the
// main process times out ("Timeout calling onTaskUpdate") although every
// test passed. A setImmediate between tests lets the replies in.
import { beforeEach } from 'vitest';

beforeEach(() => new Promise<void>((resolve) => setImmediate(resolve)));
