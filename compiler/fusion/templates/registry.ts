// The fused-kernel templates, in priority order: a node is an anchor of the
// first template that claims it. Fusion and lowering consult only this list
// (docs/fusion.md, "Adding a kernel template"). A new template is one file
// beside these and one line here.
import type { Node } from '../../graph/types.ts';
import type { AccessAnalysis } from '../access.ts';
import type { KernelTemplate } from '../template.ts';
import { attention } from './attention.ts';
import { contraction } from './contraction.ts';
import { copy } from './copy.ts';
import { elementwise } from './elementwise.ts';
import { gather } from './gather.ts';
import { groupedMatmul } from './grouped-matmul.ts';
import { q4Matmul } from './q4-matmul.ts';
import { signMatmul } from './sign-matmul.ts';
import { skipZeroMatmul } from './skip-zero-matmul.ts';
import { reduction } from './reduction.ts';
import { routing } from './routing.ts';
import { scan } from './scan.ts';
import { scatter } from './scatter.ts';

export const TEMPLATES: readonly KernelTemplate[] = [
  copy,
  attention,
  scan,
  groupedMatmul,
  q4Matmul,
  signMatmul,
  skipZeroMatmul,
  routing,
  contraction,
  scatter,
  gather,
  reduction,
  elementwise,
];

const byKind = new Map(TEMPLATES.map((t) => [t.kind, t]));
if (byKind.size !== TEMPLATES.length) throw new Error('fusion templates: two templates share a kind');
const fallbacks = TEMPLATES.filter((t) => t.fallback);
if (fallbacks.length !== 1) throw new Error('fusion templates: exactly one template must be the fallback');
const copiers = TEMPLATES.filter((t) => t.copies);
if (copiers.length !== 1) throw new Error('fusion templates: exactly one template must write out copies');

/** The template taking groups without anchors (elementwise). */
export const FALLBACK: KernelTemplate = fallbacks[0]!;
/** The template writing out views and generated values that must be in memory. */
export const COPY: KernelTemplate = copiers[0]!;

/** The template of kernel kind `kind`. */
export function templateOf(kind: string): KernelTemplate {
  const t = byKind.get(kind);
  if (!t) throw new Error(`fusion: no kernel template of kind "${kind}"`);
  return t;
}

/** Index in TEMPLATES of the template `n` anchors, or −1 when it anchors none. */
export function anchorIndex(n: Node, analysis: AccessAnalysis): number {
  for (let i = 0; i < TEMPLATES.length; i++) if (TEMPLATES[i]!.anchors(n, analysis)) return i;
  return -1;
}

/** The template `n` anchors, if any. */
export function anchorTemplate(n: Node, analysis: AccessAnalysis): KernelTemplate | undefined {
  const i = anchorIndex(n, analysis);
  return i < 0 ? undefined : TEMPLATES[i];
}
