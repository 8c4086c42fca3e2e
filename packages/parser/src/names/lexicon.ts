/**
 * The knowledge the recogniser uses, folded and indexed once: gazetteer names by their first word,
 * titles and role words, given names, stopwords, and the stems of country names (to tell the
 * demonym السوري from a family name like الحريري).
 */
import { existsSync, readFileSync } from 'node:fs';
import { COMMON_WORDS, PAST_VERBS } from './data/common-words.js';
import { FAMILY_NAMES } from './data/family-names.js';
import {
  AMBIGUOUS_GIVEN,
  ARABIC_GIVEN,
  FOREIGN_GIVEN,
  NAME_CONNECTORS,
  NAME_SUFFIXES,
} from './data/given-names.js';
import { MORE_AMBIGUOUS_GIVEN, MORE_ARABIC_GIVEN, MORE_FOREIGN_GIVEN } from './data/given-names-more.js';
import { ORGANISATIONS } from './data/organisations.js';
import { WORLD_ORGANISATIONS } from './data/organisations-world.js';
import { PERSONS } from './data/persons.js';
import { MORE_PERSONS } from './data/persons-more.js';
import { WORLD_PERSONS } from './data/persons-world.js';
import { COUNTRY_VARIANTS, PLACES } from './data/places.js';
import { MORE_PLACES } from './data/places-more.js';
import { REGION_NAMES } from './data/regions.generated.js';
import { COMMON_ADJECTIVES, STOPWORDS } from './data/stopwords.js';
import { HONORIFICS, ROLE_HEADS, ROLE_INNER_WORDS } from './data/titles.js';
import { foldName } from './fold.js';
import { lexiconFromJson } from './lexicon-json.js';
import { tokenize } from './tokens.js';
import type { NameEntity, NameKind } from './types.js';

export interface GazetteerEntry {
  /** folded words of the name */
  readonly words: readonly string[];
  readonly entity: NameEntity;
}

export interface Lexicon {
  /** gazetteer names indexed by their first folded word, longest first */
  readonly gazetteer: ReadonlyMap<string, readonly GazetteerEntry[]>;
  /** multi-word title and role phrases indexed by first word */
  readonly honorifics: ReadonlyMap<string, readonly (readonly string[])[]>;
  readonly roleHeads: ReadonlyMap<string, readonly (readonly string[])[]>;
  readonly roleInner: ReadonlySet<string>;
  readonly given: ReadonlySet<string>;
  readonly ambiguousGiven: ReadonlySet<string>;
  /** family names that stand for a person alone (الطراونة, سميث) */
  readonly familyNames: ReadonlySet<string>;
  readonly connectors: ReadonlySet<string>;
  readonly nameSuffixes: ReadonlySet<string>;
  readonly stopwords: ReadonlySet<string>;
  readonly commonAdjectives: ReadonlySet<string>;
  /** bare stems of country and region names: سور, عراق, اميرك */
  readonly placeStems: ReadonlySet<string>;
}

/** Country names from CLDR that are also everyday words (مالي financial, بنين sons). */
const UNSAFE_REGION_NAMES = new Set(['مالي', 'بنين', 'جيرسي', 'تشاد', 'توغو']);

export function wordsOf(name: string): string[] {
  return tokenize(foldName(name)).map((t) => t.text);
}

/** Phrases by their first folded word, longest first: what phraseAt (context.ts) reads. */
export function phraseIndex(phrases: readonly string[]): Map<string, string[][]> {
  const index = new Map<string, string[][]>();
  for (const phrase of phrases) {
    const words = wordsOf(phrase);
    const first = words[0];
    if (first === undefined) continue;
    const list = index.get(first) ?? [];
    list.push(words);
    list.sort((a, b) => b.length - a.length);
    index.set(first, list);
  }
  return index;
}

function foldedSet(words: readonly string[]): Set<string> {
  return new Set(words.map(foldName));
}

class GazetteerBuilder {
  readonly index = new Map<string, GazetteerEntry[]>();
  readonly byKey = new Map<string, NameEntity>();
  private readonly claimed = new Set<string>();

  entity(key: string, kind: NameKind, identifiers: NameEntity['identifiers'] = []): NameEntity {
    let entity = this.byKey.get(key);
    if (!entity) {
      entity = { key, kind, names: [], identifiers };
      this.byKey.set(key, entity);
    }
    return entity;
  }

  addName(entity: NameEntity, text: string): void {
    const words = wordsOf(text);
    const first = words[0];
    if (first === undefined) return;
    // the first entity to claim a spelling keeps it: data files are ordered from most to least likely
    const spelling = words.join(' ');
    if (this.claimed.has(spelling)) return;
    this.claimed.add(spelling);
    if (!entity.names.some((n) => n.text === text)) {
      entity.names.push({ text, lang: 'ar', type: entity.names.length === 0 ? 'main' : 'alias' });
    }
    const list = this.index.get(first) ?? [];
    list.push({ words, entity });
    this.index.set(first, list);
  }

  /** Longest names first in each bucket (a stable sort: equal lengths keep the data files' order). */
  finish(): Map<string, GazetteerEntry[]> {
    for (const list of this.index.values()) list.sort((a, b) => b.words.length - a.words.length);
    return this.index;
  }

  addLines(lines: readonly string[], kind: NameKind): void {
    for (const line of lines) {
      const [key, ...names] = line.split('|');
      if (!key) continue;
      const entity = this.entity(key, kind);
      for (const name of names) this.addName(entity, name);
    }
  }
}

/** A past-tense verb with its feminine (ـت) and plural (ـوا) endings: وصل وصلت وصلوا, نفى نفت نفوا. */
function verbForms(verb: string): string[] {
  const stem = /[ىا]$/.test(verb) ? verb.slice(0, -1) : verb;
  return [verb, `${stem}ت`, `${stem}وا`];
}

function stemOf(bare: string): string[] {
  const stems = [bare];
  for (const ending of ['يه', 'يا', 'ا', 'ه']) {
    if (bare.endsWith(ending) && bare.length - ending.length >= 3) stems.push(bare.slice(0, -ending.length));
  }
  return stems;
}

/** The lexicon from the data files: every entry folded and indexed. */
export function buildLexicon(): Lexicon {
  const gazetteer = new GazetteerBuilder();
  const countryByCode = new Map<string, NameEntity>();
  const placeStems = new Set<string>();
  const addStems = (name: string): void => {
    for (const word of wordsOf(name)) {
      // المانيا begins with ال that is not the article: keep both readings
      const forms = word.startsWith('ال') ? [word, word.slice(2)] : [word];
      for (const bare of forms) if (bare.length >= 3) for (const stem of stemOf(bare)) placeStems.add(stem);
    }
  };
  // persons first, then organisations, then places: a spelling claimed by a more specific list wins
  gazetteer.addLines(PERSONS, 'person');
  gazetteer.addLines(WORLD_PERSONS, 'person');
  gazetteer.addLines(MORE_PERSONS, 'person');
  gazetteer.addLines(ORGANISATIONS, 'organisation');
  gazetteer.addLines(WORLD_ORGANISATIONS, 'organisation');
  for (const [scheme, code, name, slug] of REGION_NAMES) {
    const entity = gazetteer.entity(`place-${slug}`, 'place', [{ scheme, value: code }]);
    if (scheme === 'iso3166') countryByCode.set(code, entity);
    if (!UNSAFE_REGION_NAMES.has(name)) gazetteer.addName(entity, name);
    addStems(name);
  }
  for (const line of COUNTRY_VARIANTS) {
    const [code, ...names] = line.split('|');
    const entity = code ? countryByCode.get(code) : undefined;
    if (!entity) continue;
    for (const name of names) {
      gazetteer.addName(entity, name);
      addStems(name);
    }
  }
  gazetteer.addLines(PLACES, 'place');
  gazetteer.addLines(MORE_PLACES, 'place');
  const given = foldedSet(
    [
      ...ARABIC_GIVEN,
      ...FOREIGN_GIVEN,
      ...AMBIGUOUS_GIVEN,
      ...MORE_ARABIC_GIVEN,
      ...MORE_FOREIGN_GIVEN,
      ...MORE_AMBIGUOUS_GIVEN,
    ].filter(Boolean),
  );
  const stopwords = foldedSet(STOPWORDS);
  // the common-word lists never take a listed given name away (جمعة, طالب stay names with support)
  for (const word of foldedSet([...COMMON_WORDS, ...PAST_VERBS.flatMap(verbForms)].filter(Boolean))) {
    if (!given.has(word)) stopwords.add(word);
  }
  const ambiguousGiven = foldedSet([...AMBIGUOUS_GIVEN, ...MORE_AMBIGUOUS_GIVEN].filter(Boolean));
  return {
    gazetteer: gazetteer.finish(),
    honorifics: phraseIndex(HONORIFICS),
    roleHeads: phraseIndex(ROLE_HEADS),
    roleInner: foldedSet(ROLE_INNER_WORDS),
    given,
    ambiguousGiven,
    familyNames: foldedSet(FAMILY_NAMES.filter(Boolean)),
    connectors: foldedSet(NAME_CONNECTORS),
    nameSuffixes: foldedSet(NAME_SUFFIXES),
    stopwords,
    commonAdjectives: foldedSet(COMMON_ADJECTIVES),
    placeStems,
  };
}

let cached: Lexicon | undefined;

/**
 * The lexicon as the build wrote it (dist/names/lexicon.json, by scripts/write-lexicon.mjs): folding
 * and indexing every entry took ~100 ms of each process's start-up. Run from the sources (tests),
 * where there is no such file, it is built here.
 */
const BUILT = new URL('./lexicon.json', import.meta.url);

/** The lexicon, read (or built) on first use and shared afterwards. */
export function lexicon(): Lexicon {
  cached ??= existsSync(BUILT) ? lexiconFromJson(readFileSync(BUILT, 'utf8')) : buildLexicon();
  return cached;
}
