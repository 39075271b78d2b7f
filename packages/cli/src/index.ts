export { main } from './main.js';
export type { CliIO } from './io.js';
export { EXIT_OK, EXIT_INVALID, EXIT_USAGE } from './io.js';
