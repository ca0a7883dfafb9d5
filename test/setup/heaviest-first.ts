// The order test files start in. Vitest's own order runs the files it has
// timed longest-first, but a fresh checkout (CI) has no timings and it falls
// back to the largest files first: the CUDA emulation parts
// (test/cuda/examples-*.test.ts, a few lines each that compile every
// example with g++ and nvcc, about 85 s apiece) would start last and finish
// alone on one core. The files measured slowest (seconds, a quiet 2-core
// run) therefore start first, in this order; the rest keep vitest's order.
import { BaseSequencer, type TestSpecification } from 'vitest/node';

const SLOWEST_FIRST: readonly RegExp[] = [
  /test\/cuda\/examples-\d+\.test\.ts$/,
  /test\/cuda\/executor\.test\.ts$/,
  /test\/backends\/webgpu\/shaders\.test\.ts$/,
  /test\/cli\/check-graph\.test\.ts$/,
  /test\/syntax\/fuzz-chars\.test\.ts$/,
  /test\/backends\/webgpu\/numerics\.test\.ts$/,
  /test\/cuda\/mma\.test\.ts$/,
  /test\/emit\/package\.test\.ts$/,
  /test\/emit\/chromium\.test\.ts$/,
];

const rank = (f: TestSpecification): number => {
  const i = SLOWEST_FIRST.findIndex((re) => re.test(f.moduleId.replaceAll('\\', '/')));
  return i < 0 ? SLOWEST_FIRST.length : i;
};

export default class HeaviestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    // A stable sort: within a rank (and for every unlisted file) vitest's order stands.
    return sorted.map((f, i) => ({ f, i, r: rank(f) })).sort((a, b) => a.r - b.r || a.i - b.i).map((x) => x.f);
  }
}
