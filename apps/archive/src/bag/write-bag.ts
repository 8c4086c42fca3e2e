import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import type { ArchiveFolder, PublishStep } from '../commit/archive-folder.js';
import { encodeBagPath, filesUnder, hashFile } from './bag-files.js';

/** A bag keeps the received files (articles and their metadata) under data/source/, as received. */
export const SOURCE_DIR = 'source';

export interface BagInfo {
  sourceOrganization: string;
  baggingDate: string;
  externalIdentifier: string;
  softwareAgent: string;
}

function sameBytes(a: string, b: string): boolean {
  return existsSync(b) && statSync(a).size === statSync(b).size && readFileSync(a).equals(readFileSync(b));
}

/**
 * Steps that bring data/source/ in line with the corpus: each received file whose copy differs is
 * staged and moved in; copies of files no longer in the corpus are removed.
 */
export function sourceSteps(
  folder: ArchiveFolder,
  files: readonly { file: string; relative: string }[],
): PublishStep[] {
  const steps: PublishStep[] = [];
  const target = join(folder.payload, SOURCE_DIR);
  const wanted = new Set<string>();
  for (const { file, relative } of files) {
    wanted.add(relative);
    const published = join(target, relative);
    if (sameBytes(file, published)) continue;
    const staged = join(folder.staging, SOURCE_DIR, relative);
    mkdirSync(dirname(staged), { recursive: true });
    copyFileSync(file, staged);
    steps.push({ move: staged, to: published });
  }
  if (existsSync(target))
    for (const relative of filesUnder(target, ''))
      if (!wanted.has(relative)) steps.push({ remove: join(target, relative) });
  return steps;
}

function humanSize(bytes: number): string {
  const units = ['bytes', 'KB', 'MB', 'GB', 'TB'];
  let size = bytes;
  let unit = 0;
  while (size >= 1024 && unit < units.length - 1) {
    size /= 1024;
    unit++;
  }
  return unit === 0 ? `${bytes} bytes` : `${size.toFixed(1)} ${units[unit]}`;
}

function writeAtomic(path: string, text: string): void {
  writeFileSync(`${path}.tmp`, text);
  renameSync(`${path}.tmp`, path);
}

/**
 * The tag files of a bag over what is now under data/: bagit.txt, manifest-sha256.txt and
 * manifest-sha512.txt (every payload file), bag-info.txt, and tagmanifest-sha256.txt over those.
 * Called while the publication's journal is still in place.
 */
export function writeTagFiles(folder: ArchiveFolder, info: BagInfo): void {
  const root = folder.root;
  const payload = filesUnder(folder.payload, 'data');
  let octets = 0;
  let sha256 = '';
  let sha512 = '';
  for (const path of payload) {
    const h = hashFile(join(root, path));
    octets += h.size;
    sha256 += `${h.sha256}  ${encodeBagPath(path)}\n`;
    sha512 += `${h.sha512}  ${encodeBagPath(path)}\n`;
  }
  writeAtomic(join(root, 'bagit.txt'), 'BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n');
  writeAtomic(join(root, 'manifest-sha256.txt'), sha256);
  writeAtomic(join(root, 'manifest-sha512.txt'), sha512);
  writeAtomic(
    join(root, 'bag-info.txt'),
    [
      `Source-Organization: ${info.sourceOrganization}`,
      `Bagging-Date: ${info.baggingDate}`,
      `Payload-Oxum: ${octets}.${payload.length}`,
      `Bag-Size: ${humanSize(octets)}`,
      `External-Identifier: ${info.externalIdentifier}`,
      `Bag-Software-Agent: ${info.softwareAgent}`,
      '',
    ].join('\n'),
  );
  let tags = '';
  for (const name of ['bag-info.txt', 'bagit.txt', 'manifest-sha256.txt', 'manifest-sha512.txt'])
    tags += `${hashFile(join(root, name)).sha256}  ${name}\n`;
  writeAtomic(join(root, 'tagmanifest-sha256.txt'), tags);
}
