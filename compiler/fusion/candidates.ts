// The partitioner's work list: merge candidates by saved bytes. An entry
// records the versions of its two groups; the partitioner drops entries whose
// groups changed since (their score may be stale) and pushes fresh ones.

/** A candidate merge of groups a < b, scored when both had the given versions. */
export interface Candidate {
  score: number;
  a: number;
  b: number;
  va: number;
  vb: number;
}

/** Max-heap by score; ties go to the pair created first (smaller ids), so results are deterministic. */
export class CandidateHeap {
  private readonly items: Candidate[] = [];

  private static before(x: Candidate, y: Candidate): boolean {
    if (x.score !== y.score) return x.score > y.score;
    if (x.a !== y.a) return x.a < y.a;
    return x.b < y.b;
  }

  push(c: Candidate): void {
    const h = this.items;
    h.push(c);
    let i = h.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!CandidateHeap.before(h[i]!, h[p]!)) break;
      [h[i], h[p]] = [h[p]!, h[i]!];
      i = p;
    }
  }

  pop(): Candidate | undefined {
    const h = this.items;
    const top = h[0];
    const last = h.pop();
    if (h.length > 0 && last) {
      h[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let best = i;
        if (l < h.length && CandidateHeap.before(h[l]!, h[best]!)) best = l;
        if (r < h.length && CandidateHeap.before(h[r]!, h[best]!)) best = r;
        if (best === i) break;
        [h[i], h[best]] = [h[best]!, h[i]!];
        i = best;
      }
    }
    return top;
  }
}

/** A number naming an unordered pair of group ids (ids stay below 2^26). */
export const pairKey = (a: number, b: number): number => (a < b ? a * 67108864 + b : b * 67108864 + a);
