// Worker entry when the core runs from its TypeScript sources (the project's own tests): loads
// the .ts entry through tsx. Built packages start dist/redaction-worker.js directly.
import { register } from 'tsx/esm/api';

register();
await import(new URL('./redaction-worker.ts', import.meta.url).href);
