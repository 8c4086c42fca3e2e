/**
 * Document-level propagation: a person named once in full (usually after a title) is found again
 * where the text later (or earlier) uses the full name or the family name alone (بلينكين; سون for
 * سون يانغ, whose family name comes first).
 */
import { type Candidate, type Context, PRIORITY, wordsMatch } from './context.js';
import { FAMILY_NAME_FIRST } from './data/family-names.js';
import { mentionWords } from './entities.js';
import { foldName } from './fold.js';
import { gazetteerAt } from './gazetteer-match.js';
import { selectCandidates } from './select.js';
import type { NameEntity } from './types.js';
import { isDemonym, isStopAt, isStopword } from './words.js';

let familyFirst: ReadonlySet<string> | undefined;

/** Family names written before the given name (سون يانغ): see data/family-names.ts. */
function isFamilyNameFirst(word: string): boolean {
  familyFirst ??= new Set(FAMILY_NAME_FIRST.map(foldName));
  return familyFirst.has(word);
}

interface KnownForm {
  readonly words: readonly string[];
  readonly entity: NameEntity;
}

export function propagatePersons(
  ctx: Context,
  kept: readonly Candidate[],
  entityOf: (c: Candidate) => NameEntity,
  occupied: Uint8Array,
): { added: Candidate[]; relinked: Map<Candidate, NameEntity> } {
  const forms = new Map<string, KnownForm[]>();
  const add = (words: readonly string[], entity: NameEntity): void => {
    const first = words[0];
    if (first === undefined) return;
    const list = forms.get(first) ?? [];
    if (list.some((f) => f.words.join(' ') === words.join(' '))) return;
    list.push({ words, entity });
    list.sort((a, b) => b.words.length - a.words.length);
    forms.set(first, list);
  };
  for (const c of kept) {
    if (c.kind !== 'person' || c.end - c.first < 2) continue;
    const words = mentionWords(ctx, c);
    const entity = entityOf(c);
    add(words, entity);
    const last = words[words.length - 1] ?? '';
    const beforeLast = words[words.length - 2] ?? '';
    // a clan name goes with its particle: آل ثاني, not ثاني (second)
    if (ctx.lex.connectors.has(beforeLast)) add([beforeLast, last], entity);
    else if (usableAlone(ctx, last) && !gazetteerAt(ctx, c.end - 1, false)) add([last], entity);
    const first = words[0] ?? '';
    if (isFamilyNameFirst(first) && usableAlone(ctx, first)) add([first], entity);
  }
  const relinked = new Map<Candidate, NameEntity>();
  if (forms.size === 0) return { added: [], relinked };
  // a given name used alone (وقال جورج) is the one person of the text named in full with it
  const byFirstName = new Map<string, NameEntity | null>();
  for (const c of kept) {
    if (c.kind !== 'person' || c.end - c.first < 2) continue;
    const first = mentionWords(ctx, c)[0] ?? '';
    const entity = entityOf(c);
    const seen = byFirstName.get(first);
    byFirstName.set(first, seen === undefined || seen === entity ? entity : null);
  }
  // and a family name found alone as a person of its own (وأشار مميش لـ…) is the one it is taken
  // from, as it would be where nothing had found it
  const byFamilyName = (word: string): NameEntity | undefined =>
    forms.get(word)?.find((f) => f.words.length === 1)?.entity;
  for (const c of kept) {
    if (c.kind !== 'person' || c.entity || c.end - c.first !== 1) continue;
    const word = mentionWords(ctx, c)[0] ?? '';
    // a given name two persons share (null) links to neither, whatever else it is
    const given = byFirstName.get(word);
    const entity = given === undefined ? byFamilyName(word) : given;
    if (entity) relinked.set(c, entity);
  }
  const found: Candidate[] = [];
  for (let i = 0; i < ctx.tokens.length; i++) {
    if (occupied[i]) continue;
    for (const reading of ctx.readings[i] ?? []) {
      const form = (forms.get(reading.stem) ?? []).find((f) => wordsMatch(ctx, i, reading.stem, f.words));
      if (!form || isStopAt(ctx, i)) continue;
      found.push({
        first: i,
        end: i + form.words.length,
        skip: reading.skip,
        kind: 'person',
        entity: form.entity,
        priority: PRIORITY.propagated,
      });
      break;
    }
  }
  return { added: selectCandidates(found, ctx.tokens.length, occupied), relinked };
}

/** A family name that can stand alone for the person: not an everyday or first name. */
function usableAlone(ctx: Context, word: string): boolean {
  const { lex } = ctx;
  if (word.length < 3 || lex.given.has(word) || lex.connectors.has(word) || lex.nameSuffixes.has(word))
    return false;
  if (isStopword(lex, word) || lex.commonAdjectives.has(word) || isDemonym(lex, word)) return false;
  if (lex.honorifics.has(word) || lex.roleHeads.has(word)) return false;
  if (/^ا..ا.$|^ا...ا.$|^ت..ي.$|^است|ات$|ه$/.test(word)) return false;
  return !word.startsWith('ال') || word.endsWith('ي');
}
