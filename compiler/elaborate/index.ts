// Elaboration: loaded .loom modules -> a checked graph for one model method.
export { loadProgram, loadSource, type LoadedProgram, type LoadOptions, STD_DIR } from './load.ts';
export {
  elaborate,
  checkProgram,
  modelInfo,
  methodArgTypes,
  type ElaborateOptions,
  type ElaborateResult,
  type ModelInfo,
  type ArgTypesOptions,
  type ConfigValue,
} from './elaborate.ts';
export { DEFAULT_LIMITS, type ElaborateLimits } from './limits.ts';
