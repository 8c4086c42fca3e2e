import type { NameFinder } from './entities/registry.js';
import { findNames } from './names/index.js';

/** The default named-entity recogniser: the one in src/names (callers may pass their own). */
export const defaultFindNames: NameFinder = findNames;
