/**
 * Clubs in sports reporting. A club's name is often an everyday word (الهلال, النصر, الوحدة) and the
 * model, trained on general news of 2007, reads it as one; among sports words it is the club. A name
 * of data/sports-clubs.ts is an organisation where the words around it (WINDOW either side) hold
 * at least MIN_SPORTS_WORDS sports words (another club's name counts as one, the same name again
 * does not), or where CLUB_OPENERS stands right before it, and no other mention covers any of its
 * words. A one-word name followed by words that make it a longer phrase
 * (الاتحاد الدولي), or read as an adjective of the word before it, is not the club unless a word
 * that names a club's people stands right before it (لاعب الهلال, مدرب النصر).
 */
import { type Candidate, type Context, PRIORITY, phraseAt } from './context.js';
import { CLUB_OPENERS, SPORTS_CLUBS, SPORTS_WORDS } from './data/sports-clubs.js';
import { foldName } from './fold.js';
import { phraseIndex } from './lexicon.js';
import { occupancy } from './select.js';
import { isDemonym, isStopAt } from './words.js';

const WINDOW = 25;
const MIN_SPORTS_WORDS = 2;

interface ClubIndex {
  /** club names by their first folded word, longest first (lexicon.ts phraseIndex) */
  readonly clubs: ReadonlyMap<string, readonly (readonly string[])[]>;
  readonly sportsWords: ReadonlySet<string>;
  readonly openers: ReadonlySet<string>;
}

let index: ClubIndex | undefined;

function clubIndex(): ClubIndex {
  index ??= {
    clubs: phraseIndex(SPORTS_CLUBS),
    sportsWords: new Set(SPORTS_WORDS.map(foldName)),
    openers: new Set(CLUB_OPENERS.map(foldName)),
  };
  return index;
}

function isSportsWord(ctx: Context, i: number, words: ReadonlySet<string>): boolean {
  return (ctx.readings[i] ?? []).some((r) => words.has(r.stem));
}

/** The mentions with the clubs of sports passages added where nothing else was found. */
export function withSportsClubs(ctx: Context, mentions: readonly Candidate[]): Candidate[] {
  const { clubs, sportsWords, openers } = clubIndex();
  const n = ctx.tokens.length;
  const named = clubsAt(ctx, clubs);
  // most texts name no club: nothing to count then
  if (!named.some((club) => club !== undefined)) return [...mentions];
  const sports = new Int32Array(n + 1);
  for (let i = 0; i < n; i++)
    sports[i + 1] =
      (sports[i] as number) + (isSportsWord(ctx, i, sportsWords) || named[i] !== undefined ? 1 : 0);
  const occupied = occupancy(mentions, n);
  const added: Candidate[] = [];
  for (let i = 0; i < n; i++) {
    if (occupied[i]) continue;
    const club = named[i];
    if (!club) continue;
    const end = i + club.length;
    let free = true;
    for (let k = i; k < end; k++) if (occupied[k]) free = false;
    if (!free) continue;
    const from = Math.max(0, i - WINDOW);
    const to = Math.min(n, end + WINDOW);
    // the same name again is no evidence (الهلال the moon, five times in one passage)
    let around = (sports[to] as number) - (sports[from] as number);
    for (let k = from; k < to; k++) if (named[k]?.name === club.name) around--;
    const right = i > 0 && !ctx.tokens[i]?.breakBefore && isSportsWord(ctx, i - 1, openers);
    if (around < MIN_SPORTS_WORDS && !right) continue;
    if (
      club.length === 1 &&
      !right &&
      (continuesAsPhrase(ctx, end, club.name) || describesWordBefore(ctx, i, club.skip))
    )
      continue;
    added.push({
      first: i,
      end,
      skip: club.skip,
      kind: 'organisation',
      entity: undefined,
      priority: PRIORITY.club,
    });
    i = end - 1;
  }
  return added.length === 0 ? [...mentions] : [...mentions, ...added].sort((a, b) => a.first - b.first);
}

interface ClubAt {
  readonly length: number;
  readonly skip: number;
  /** its folded words without the clitic: الاتحاد for والاتحاد */
  readonly name: string;
}

/**
 * The club name starting at each word, if any: another club named nearby is a sports word for this
 * one (هجر × الرائد, a fixture; الأهلي والشباب), as the name itself is not.
 */
function clubsAt(ctx: Context, clubs: ClubIndex['clubs']): (ClubAt | undefined)[] {
  const found = new Array<ClubAt | undefined>(ctx.tokens.length);
  for (let i = 0; i < ctx.tokens.length; i++) {
    const club = phraseAt(ctx, clubs, i, true);
    if (!club) continue;
    const stem = (ctx.readings[i] ?? []).find((r) => r.skip === club.skip)?.stem ?? '';
    const rest = ctx.tokens.slice(i + 1, i + club.length).map((t) => t.text);
    found[i] = { ...club, name: [stem, ...rest].join(' ') };
  }
  return found;
}

/**
 * Whether the word after a one-word name makes it part of a longer phrase (الاتحاد الدولي, الهلال
 * الأحمر): a word with the article that is not a nationality (الهلال السعودي is still the club),
 * or a nationality followed by ل (الاتحاد السعودي لكرة القدم, the federation).
 */
function continuesAsPhrase(ctx: Context, next: number, name: string | undefined): boolean {
  const token = ctx.tokens[next];
  if (!token || token.breakBefore) return false;
  if (!token.text.startsWith('ال') && !token.text.startsWith('لل')) return false;
  // الاتحاد السعودي is the federation (والاتحاد الأوروبي too); الهلال السعودي the club
  if (!isDemonym(ctx.lex, token.text) || name === 'الاتحاد') return true;
  const after = ctx.tokens[next + 1];
  return after !== undefined && !after.breakBefore && after.text.startsWith('ل');
}

/**
 * Whether a one-word name without a clitic follows a word with the article, as an adjective does
 * (الدوري الأهلي, المنتخب الشباب), or names a national team (منتخب الشباب): a club named alone
 * follows a verb, a preposition or a clitic (فاز الهلال, أمام النصر, والشباب), or النادي.
 */
function describesWordBefore(ctx: Context, i: number, skip: number): boolean {
  const before = ctx.tokens[i - 1];
  if (skip > 0 || !before || ctx.tokens[i]?.breakBefore) return false;
  // منتخب الشباب, منتخب مصر: a national team of some kind, never a club
  if (before.text === 'منتخب') return true;
  return before.text.startsWith('ال') && before.text !== 'النادي' && !isStopAt(ctx, i - 1);
}
