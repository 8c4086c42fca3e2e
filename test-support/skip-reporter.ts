/**
 * Prints one line for each suite or test that was skipped, with its title. vitest's default reporter
 * only counts skipped tests; a user without ../shared should read *why* a suite did not run (the
 * title written by `needsShared` says which data and where to put it) without a verbose run that
 * lists hundreds of passing tests.
 */
import type { Reporter, TestCase, TestModule, TestSuite } from 'vitest/node';

function isSkipped(entity: TestCase | TestSuite): boolean {
  return entity.type === 'suite' ? entity.state() === 'skipped' : entity.result().state === 'skipped';
}

/** The outermost skipped entities below `parent`: a skipped suite stands for everything inside it. */
function* outermostSkipped(parent: TestModule | TestSuite): Generator<TestCase | TestSuite> {
  for (const child of parent.children) {
    if (isSkipped(child)) yield child;
    else if (child.type === 'suite') yield* outermostSkipped(child);
  }
}

export class SkippedReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    for (const module of testModules) {
      for (const entity of outermostSkipped(module)) {
        process.stdout.write(`   ↓ skipped: ${module.relativeModuleId} › ${entity.fullName}\n`);
      }
    }
  }
}
