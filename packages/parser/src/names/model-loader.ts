/** The model shipped in @warraq/names-model, decoded once on first use. */
import { readNamesModel } from '@warraq/names-model';
import { decodeModel } from './model/codec.js';
import type { NamesModel } from './model/model.js';

let cached: NamesModel | undefined;

export function defaultNamesModel(): NamesModel {
  cached ??= decodeModel(readNamesModel());
  return cached;
}
