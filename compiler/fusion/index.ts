// Fusion: a graph → kernel groups with iteration spaces, loop levels, composed
// view loads and outputs, ready for lowering by the kernel templates.
export { fuse } from './fuse.ts';
export { programCost, kernelCost, type KernelCost, type ProgramCost } from './cost.ts';
export { validateProgram } from './validate.ts';
export { runFused, type FusedFeeds, type FusedResult } from './reference.ts';
export { rowSchedule, type RowSchedule } from './schedule.ts';
export { formatProgram, formatKernel, formatLoad } from './print.ts';
export { applyMovement, contiguousView, isIdentityView, isViewNode, readView, viewFootprint, viewOffset, type AxisGuard, type View } from './view.ts';
export type { FusedProgram, IterationSpace, KernelGroup, KernelKind, KernelLoad, KernelNode, Level, ProgramResult, ValueAccess } from './types.ts';
export { FALLBACK, TEMPLATES, anchorTemplate, templateOf } from './templates/registry.ts';
export type { AnchorLevels, KernelTemplate, LevelInfo, SpaceShape, StageDraft } from './template.ts';
