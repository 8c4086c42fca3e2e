import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Where Warraq keeps its own state inside an archive folder: the cache, the staging area, the journal. */
export const INTERNAL_DIR = '.warraq';

/**
 * The layout of an output folder. A plain archive keeps its files at the top; a bag (RFC 8493)
 * keeps them under `data/` with the tag files at the top.
 */
export class ArchiveFolder {
  readonly internal: string;
  readonly staging: string;
  /** exists from the first rename of a publication to its last: the folder is then incomplete */
  readonly journal: string;
  readonly cache: string;
  readonly payload: string;
  private created = false;

  constructor(
    readonly root: string,
    readonly bag: boolean,
  ) {
    this.internal = join(root, INTERNAL_DIR);
    this.staging = join(this.internal, 'staging');
    this.journal = join(this.internal, 'PUBLISHING');
    this.cache = join(this.internal, 'cache');
    this.payload = bag ? join(root, 'data') : root;
  }

  /** An interrupted publication: some files are new, some old. */
  interrupted(): boolean {
    return existsSync(this.journal);
  }

  /**
   * A folder we may write into: absent, empty, or already an archive. Anything else is someone's
   * folder, and a build would delete its .xml files as stale.
   */
  problem(): string | undefined {
    if (!existsSync(this.root)) return undefined;
    const names = readdirSync(this.root);
    if (names.length === 0 || names.includes(INTERNAL_DIR) || names.includes('manifest.json'))
      return undefined;
    if (this.bag && names.includes('bagit.txt')) return undefined;
    return 'is not empty and is not a Warraq archive: refusing to write into it (choose a new folder)';
  }

  /**
   * Clears what a killed build left: the staging area and stray temp files. Needed even when the
   * folder is complete: a kill after the journal went but before the staging area did leaves both.
   */
  clearLeftovers(): void {
    rmSync(this.staging, { recursive: true, force: true });
    for (const dir of [this.root, this.payload])
      if (existsSync(dir))
        for (const name of readdirSync(dir))
          if (/^\..*\.tmp$/.test(name)) rmSync(join(dir, name), { force: true });
  }

  /** Clears what a killed build left and starts a new staging area. */
  startStaging(): void {
    this.created = !existsSync(this.root);
    this.clearLeftovers();
    mkdirSync(this.staging, { recursive: true });
  }

  /** Drops the staging area; a folder this build created is removed whole, so a refused first build leaves nothing. */
  abandonStaging(): void {
    rmSync(this.created ? this.root : this.staging, { recursive: true, force: true });
  }

  /** After a publication: the staging area goes, the folder stays. */
  finishStaging(): void {
    rmSync(this.staging, { recursive: true, force: true });
  }
}

/**
 * Fault injection for scripts/kill-test.mjs: WARRAQ_CRASH_TEST_STEP_MS pauses before each
 * publication step, so that kills land inside the publication (a few milliseconds otherwise).
 */
function pauseForCrashTest(): void {
  const ms = Number(process.env.WARRAQ_CRASH_TEST_STEP_MS ?? 0);
  if (ms > 0) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** One step of a publication: move a staged file into place, or delete a stale one. */
export type PublishStep = { move: string; to: string } | { remove: string };

/**
 * Publishes staged files: the journal first, then the renames and removals in the order given
 * (the manifest last of all), then the journal goes. Each rename is atomic; a kill in between
 * leaves the journal, and `validate` reports the folder as incomplete until a build finishes.
 */
export function publish(
  folder: ArchiveFolder,
  steps: readonly PublishStep[],
  /** what must follow the moves before the folder is complete again (a bag's tag files) */
  then: () => void = () => {},
): void {
  writeFileSync(`${folder.journal}.tmp`, `${steps.map((s) => JSON.stringify(s)).join('\n')}\n`);
  renameSync(`${folder.journal}.tmp`, folder.journal);
  for (const step of steps) {
    pauseForCrashTest();
    if ('remove' in step) rmSync(step.remove, { force: true });
    else {
      mkdirSync(dirname(step.to), { recursive: true });
      renameSync(step.move, step.to);
    }
  }
  then();
  rmSync(folder.journal);
  folder.finishStaging();
}
