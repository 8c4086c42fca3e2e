// The shared configuration of every workspace (see test-support/vitest.config.ts).
export { default } from '../../test-support/vitest.config.js';
