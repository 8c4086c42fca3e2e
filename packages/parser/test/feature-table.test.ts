import { Worker } from 'node:worker_threads';
import { readNamesModel } from '@warraq/names-model';
import { describe, expect, it } from 'vitest';
import { findNames } from '../src/names/index.js';
import { decodeModel } from '../src/names/model/codec.js';
import { FeatureTable } from '../src/names/model/feature-table.js';
import { shareDefaultNamesModel } from '../src/names/model-loader.js';

describe('FeatureTable', () => {
  it('gives each name its row, and nothing for a name it does not hold', () => {
    const names = ['w=قال', 'w=بغداد', '', 'p=ال|s=ة', 'suffix=😀', 'w=قالت'];
    const table = FeatureTable.fromJoined(names.join('\n'), names.length);
    expect(table.size).toBe(names.length);
    expect(names.map((n) => table.get(n))).toEqual([0, 1, 2, 3, 4, 5]);
    for (const absent of ['w=قا', 'w=قالتا', 'x', 'suffix=😁']) expect(table.get(absent)).toBeUndefined();
  });

  it('finds a prefix|first|second name from its parts as from the whole string', () => {
    const names = ['w-1w=قال|بايدن', 'ww+1=بايدن|في', 'w-1w+1=<s>|قال', 'w-1w=ق|الب', 'lx=a|b|c'];
    const table = FeatureTable.fromJoined(names.join('\n'), names.length);
    expect(table.getPair('w-1w=', 'قال', 'بايدن')).toBe(0);
    expect(table.getPair('ww+1=', 'بايدن', 'في')).toBe(1);
    expect(table.getPair('w-1w+1=', '<s>', 'قال')).toBe(2);
    expect(table.getPair('w-1w=', 'ق', 'الب')).toBe(3);
    // the name is the joined string, wherever a part's own '|' falls
    expect(table.getPair('lx=', 'a', 'b|c')).toBe(4);
    expect(table.getPair('lx=', 'a|b', 'c')).toBe(4);
    expect(table.getPair('lx=', 'a|', 'b|c')).toBeUndefined();
    expect(table.getPair('w-1w=', 'قا', 'ل|بايدن')).toBeUndefined();
    expect(table.getPair('w-1w=', 'قال', 'بايد')).toBeUndefined();
    expect(table.getPair('ww+1=', 'قال', 'بايدن')).toBeUndefined();
  });

  it('finds a prefix and a slice of a word as the joined string', () => {
    const names = ['p2=وا', 's3=ريه', 'w=سوريه', 'bs2=s>'];
    const table = FeatureTable.fromJoined(names.join('\n'), names.length);
    expect(table.getSlice('p2=', 'والسوريه', 0, 2)).toBe(0);
    expect(table.getSlice('s3=', 'والسوريه', 5)).toBe(1);
    expect(table.getSlice('w=', 'سوريه')).toBe(2);
    expect(table.getSlice('bs2=', '<s>', 1)).toBe(3);
    expect(table.getSlice('p2=', 'والسوريه', 0, 3)).toBeUndefined();
    expect(table.getSlice('s3=', 'والسوريه', 4)).toBeUndefined();
    expect(table.getSlice('p3=', 'والسوريه', 0, 2)).toBeUndefined();
  });

  it('agrees with a Map of the shipped model: every feature, and features it lacks', () => {
    const bytes = readNamesModel();
    const model = decodeModel(bytes);
    const at = 20 + 4 * model.transitions.length + 2 * model.weights.length;
    const names = new TextDecoder().decode(bytes.subarray(at)).split('\n');
    const map = new Map(names.map((n, i) => [n, i]));
    expect(model.features.size).toBe(map.size);
    for (const [name, row] of map)
      if (model.features.get(name) !== row) expect(model.features.get(name)).toBe(row);
    for (const name of names.slice(0, 2000))
      expect(model.features.get(`${name}\u0640`)).toBe(map.get(`${name}\u0640`));
  });
});

describe('the default model shared between threads', () => {
  it('lives in SharedArrayBuffers and names what the thread-local model names', () => {
    const shared = shareDefaultNamesModel();
    expect(shared.weights.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(shared.features.slots.buffer).toBeInstanceOf(SharedArrayBuffer);
    const text = 'قال الرئيس الأمريكي جورج بوش في بغداد إن وزارة الخارجية ستعلن القرار.';
    const local = decodeModel(readNamesModel());
    expect(findNames(text, { model: local })).toEqual(findNames(text));
  });

  it('is adopted by a worker thread without a copy of its weights', async () => {
    const shared = shareDefaultNamesModel();
    const url = new URL('../dist/index.js', import.meta.url).href;
    const worker = new Worker(
      `const { parentPort, workerData } = require('node:worker_threads');
       import(workerData.url).then((parser) => {
         parser.adoptNamesModel(workerData.shared);
         const names = parser.findNames(workerData.text).map((m) => m.kind + ':' + m.start + '-' + m.end);
         workerData.shared.weights[0] = 12345;
         parentPort.postMessage(names);
       });`,
      { eval: true, workerData: { url, shared, text: 'زار جورج بوش بغداد.' } },
    );
    const saved = shared.weights[0];
    try {
      const names = await new Promise((resolve, reject) => {
        worker.once('message', resolve);
        worker.once('error', reject);
      });
      expect(names).toHaveLength(2);
      expect(names).toEqual(findNames('زار جورج بوش بغداد.').map((m) => `${m.kind}:${m.start}-${m.end}`));
      // the worker's write is seen here: one copy of the weights, not two
      expect(shared.weights[0]).toBe(12345);
    } finally {
      shared.weights[0] = saved as number;
      await worker.terminate();
    }
  });
});
