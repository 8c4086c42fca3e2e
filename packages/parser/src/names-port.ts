import type { NameFinder } from './entities/registry.js';

/**
 * The default named-entity recogniser. Until src/names exposes findNames, no names are found;
 * callers can pass their own through ParseOptions.findNames.
 */
export const defaultFindNames: NameFinder = () => [];
