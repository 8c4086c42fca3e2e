export { type BriefArgs, parseArgs, USAGE } from './args.js';
export { renderBrief } from './brief.js';
export { main } from './cli.js';
export { arabicDate, BODY_SIZE, composeBrief, PAGE } from './compose-brief.js';
export { type KeyFacts, keyFacts } from './key-facts.js';
export { writeFileAtomic } from './write-atomic.js';
