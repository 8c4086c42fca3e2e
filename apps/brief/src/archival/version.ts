import { createRequire } from 'node:module';

/** This package's version, for the PDF's creator tool (read from package.json, two folders up from dist/archival). */
export const BRIEF_VERSION: string = (
  createRequire(import.meta.url)('../../package.json') as { version: string }
).version;
