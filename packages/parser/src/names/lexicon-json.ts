/**
 * The lexicon as JSON, for the build to write once (scripts/write-lexicon.mjs) and every process to
 * read with one JSON.parse. Maps and sets keep their order; an entity reached from several names is
 * written once and read back as one object, as buildLexicon shares it.
 */
import type { GazetteerEntry, Lexicon } from './lexicon.js';
import type { NameEntity } from './types.js';

const FORMAT = 'warraq-lexicon-1';

type PhraseIndex = [string, string[][]][];
interface LexiconJson {
  format: typeof FORMAT;
  entities: NameEntity[];
  /** first word → [entity number, words] */
  gazetteer: [string, [number, string[]][]][];
  honorifics: PhraseIndex;
  roleHeads: PhraseIndex;
  sets: Record<SetName, string[]>;
}

const SET_NAMES = [
  'roleInner',
  'given',
  'ambiguousGiven',
  'familyNames',
  'connectors',
  'nameSuffixes',
  'stopwords',
  'commonAdjectives',
  'placeStems',
] as const;
type SetName = (typeof SET_NAMES)[number];

export function lexiconToJson(lex: Lexicon): string {
  const numbers = new Map<NameEntity, number>();
  const entities: NameEntity[] = [];
  const numberOf = (entity: NameEntity): number => {
    let n = numbers.get(entity);
    if (n === undefined) {
      n = entities.push(entity) - 1;
      numbers.set(entity, n);
    }
    return n;
  };
  const phrases = (index: Lexicon['honorifics']): PhraseIndex =>
    [...index].map(([first, list]) => [first, list.map((words) => [...words])]);
  const json: LexiconJson = {
    format: FORMAT,
    entities,
    gazetteer: [...lex.gazetteer].map(([first, list]) => [
      first,
      list.map((e): [number, string[]] => [numberOf(e.entity), [...e.words]]),
    ]),
    honorifics: phrases(lex.honorifics),
    roleHeads: phrases(lex.roleHeads),
    sets: Object.fromEntries(SET_NAMES.map((name) => [name, [...lex[name]]])) as Record<SetName, string[]>,
  };
  return JSON.stringify(json);
}

export function lexiconFromJson(text: string): Lexicon {
  const json = JSON.parse(text) as LexiconJson;
  if (json.format !== FORMAT) throw new Error(`lexicon.json is not ${FORMAT}: rebuild @warraq/parser`);
  const { entities } = json;
  const gazetteer = new Map<string, GazetteerEntry[]>();
  for (const [first, list] of json.gazetteer)
    gazetteer.set(
      first,
      list.map(([n, words]) => ({ words, entity: entities[n]! })),
    );
  const sets = Object.fromEntries(SET_NAMES.map((name) => [name, new Set(json.sets[name])])) as Record<
    SetName,
    Set<string>
  >;
  return {
    gazetteer,
    honorifics: new Map(json.honorifics),
    roleHeads: new Map(json.roleHeads),
    ...sets,
  };
}
