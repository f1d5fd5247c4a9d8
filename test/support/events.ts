// Synthetic events are shared with the benchmarks, which ship in the build.
export { mulberry32, syntheticEvent, syntheticNdjson } from '../../bench/synthetic-events.js';
