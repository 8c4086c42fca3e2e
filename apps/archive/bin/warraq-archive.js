#!/usr/bin/env -S node --max-semi-space-size=4 --single-threaded-gc
// Thin launcher: all logic lives in the package so it can be tested and imported.
// The flags, measured as whole builds (apps/archive/README.md):
// --max-semi-space-size=4 caps every V8 heap's young generation at 2 × 4 MB, worker threads'
//   included (it wins over their resourceLimits): the main thread's grew to 32 MB of mostly empty
//   space over a long build. 10,000 articles, --jobs 2: peak RSS 329 → 281 MB, same time.
// --single-threaded-gc: each thread collects its own garbage; V8's helper threads only competed
//   with the workers for the cores. 2,000 articles: --jobs 1 41.3 → 36.2 s, --jobs 2 32.7 → 24.3 s.
// `env -S` passes them on Linux and macOS; npm's Windows shims read it too. Run as
// `node bin/warraq-archive.js …`, the command works the same, without them.
import { main } from '../dist/cli.js';

process.exitCode = await main(process.argv.slice(2));
