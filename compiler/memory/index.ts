// Memory planning: live ranges and best-fit buffer reuse over a kernel schedule.
export { planBuffers, type BufferRole, type BufferSpec, type MemoryPlan, type ScheduleStep } from './plan.ts';
export { planFusedMemory } from './fused.ts';
export { planUnfusedMemory, storageOf, unfusedCost, unfusedKernels, type UnfusedCost } from './unfused.ts';
