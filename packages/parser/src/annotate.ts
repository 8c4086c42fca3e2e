import type { ArticleMetadata, Block, Diagnostic, Entity } from '@warraq/schema';
import { type DateContext, findDates, publicationDay } from './dates/recognise.js';
import { publicationDayFromText } from './dates/text-day.js';
import type { Locator } from './diagnostics.js';
import { EntityRegistry, type NameFinder, type NameMatch } from './entities/registry.js';
import { type Annotation, buildInlines, RANK } from './inlines/tree.js';
import type { TextView } from './normalise/view.js';
import { findNumbers } from './numbers/recognise.js';
import { findQuotations } from './quotes/quotations.js';

export interface AnnotateInput {
  docId: string;
  text: string;
  view: TextView;
  blocks: Block[];
  metadata: ArticleMetadata;
  locator: Locator;
  findNames: NameFinder;
}

export interface Annotated {
  blocks: Block[];
  entities: Entity[];
  diagnostics: Diagnostic[];
}

/**
 * Runs the recognisers over each block's view and builds the block's inline tree in original
 * offsets: quotations, dates, numbers (those inside a date are the date's own), and names.
 */
export function annotateBlocks(input: AnnotateInput): Annotated {
  const { text, view, locator } = input;
  const diagnostics: Diagnostic[] = [];
  // the day the text itself names (اليوم الخميس) wins over a crawl date a day or two off
  const published = publicationDayFromText(view.text, publicationDay(input.metadata.published?.value));
  const registry = new EntityRegistry(input.docId);
  const names = safeNames(input.findNames, text, locator, diagnostics);
  let unresolved = 0;
  // what earlier blocks said, for a time of day printed without its day
  const dateContext: DateContext = {};

  const blocks = input.blocks.map((block) => {
    const { start, end } = block.span;
    const vs = view.toView(start);
    const ve = view.toView(end);
    const local = view.text.slice(vs, ve);
    const toStart = (v: number) => clamp(view.toOriginalStart(vs + v), start, end);
    const toEnd = (v: number) => clamp(view.toOriginalEnd(vs + v), start, end);
    const annotations: Annotation[] = [];

    const quotes = findQuotations(local);
    for (const q of quotes.quotations) {
      const s = toStart(q.start);
      const e = toEnd(q.end);
      annotations.push({
        start: s,
        end: e,
        rank: RANK.quotation,
        node: {
          type: 'quotation',
          kind: q.kind,
          open: text.slice(s, toEnd(q.openEnd)),
          close: text.slice(toStart(q.closeStart), e),
        },
      });
    }
    for (const u of quotes.unbalanced)
      diagnostics.push(
        locator.diagnostic(
          'QUOTE_UNBALANCED',
          'warning',
          u.problem === 'unclosed'
            ? `quotation mark ${u.mark} is never closed in this paragraph`
            : `closing quotation mark ${u.mark} has no opening mark`,
          toStart(u.at),
        ),
      );

    // a byline names people and outlets ("عين اليوم"): only printed dates count there
    const dates = findDates(local, published, dateContext).filter(
      (d) => block.kind !== 'byline' || (d.system !== 'relative' && d.system !== 'weekday'),
    );
    const dateSpans: [number, number][] = [];
    for (const d of dates) {
      const s = toStart(d.start);
      const e = toEnd(d.end);
      dateSpans.push([s, e]);
      const node: Annotation['node'] = { type: 'date', calendar: d.calendar, certainty: d.certainty };
      if (d.when !== undefined) node.when = d.when;
      if (d.from !== undefined) node.from = d.from;
      if (d.to !== undefined) node.to = d.to;
      if (d.whenCustom !== undefined) node.whenCustom = d.whenCustom;
      if (d.relative !== undefined) node.relative = d.relative;
      // a vague period (الفترة الماضية) has no value to resolve: only unknown ones wait for a date
      if (d.when === undefined && d.from === undefined && d.certainty === 'unknown') unresolved++;
      annotations.push({ start: s, end: e, rank: RANK.date, node });
    }

    for (const n of findNumbers(local)) {
      const s = toStart(n.start);
      const e = toEnd(n.end);
      if (dateSpans.some(([ds, de]) => s >= ds && e <= de)) continue;
      annotations.push({
        start: s,
        end: e,
        rank: RANK.number,
        node: { type: 'number', kind: n.kind, value: n.value },
      });
    }

    const people: { start: number; end: number; id: string }[] = [];
    for (const m of names) {
      if (m.start < start || m.end > end || m.end <= m.start) continue;
      const entity = registry.add(m, text.slice(m.start, m.end));
      const node: Annotation['node'] = { type: 'mention', entityKind: entity.kind, ref: entity.id };
      if (m.role?.text) node.role = m.role.text;
      annotations.push({ start: m.start, end: m.end, rank: RANK.mention, node });
      if (entity.kind === 'person') people.push({ start: m.start, end: m.end, id: entity.id });
    }
    for (const a of annotations) {
      if (a.node.type !== 'quotation' || a.node.kind !== 'attributed') continue;
      const speaker = speakerOf(text, a, people);
      if (speaker) a.node.speaker = speaker;
    }

    const built = buildInlines(text, start, end, annotations, locator);
    diagnostics.push(...built.diagnostics);
    return { ...block, content: built.content };
  });

  if (unresolved > 0 && !published)
    diagnostics.push(
      locator.diagnostic(
        'DATE_UNRESOLVED',
        'info',
        `${unresolved} date expression(s) need a publication date to resolve (metadata has none, or not to the day); left unresolved`,
        0,
      ),
    );
  return { blocks, entities: registry.entities(), diagnostics };
}

const SENTENCE_BREAK = /[.!?؟\n]/;
const SPEAKER_REACH = 120;

/**
 * Who said an attributed quotation: the person named last before it in the same sentence
 * (قال الوزير فلان: «…»), or else the first named soon after it («…»، قال فلان).
 */
function speakerOf(
  text: string,
  quote: Annotation,
  people: readonly { start: number; end: number; id: string }[],
) {
  const before = people.filter(
    (p) =>
      p.end <= quote.start &&
      quote.start - p.end <= SPEAKER_REACH &&
      !SENTENCE_BREAK.test(text.slice(p.end, quote.start)),
  );
  if (before.length > 0) return before[before.length - 1]?.id;
  const after = people.find(
    (p) =>
      p.start >= quote.end &&
      p.start - quote.end <= SPEAKER_REACH / 2 &&
      !SENTENCE_BREAK.test(text.slice(quote.end, p.start)),
  );
  return after?.id;
}

function clamp(n: number, lo: number, hi: number): number {
  return Math.max(lo, Math.min(n, hi));
}

/** The recogniser is another module: a fault in it must not sink the parse. */
function safeNames(find: NameFinder, text: string, locator: Locator, diagnostics: Diagnostic[]): NameMatch[] {
  try {
    return find(text)
      .filter(
        (m) => Number.isInteger(m.start) && Number.isInteger(m.end) && m.start >= 0 && m.end <= text.length,
      )
      .sort((a, b) => a.start - b.start || b.end - a.end);
  } catch (e) {
    diagnostics.push(
      locator.diagnostic(
        'NAMES_FAILED',
        'warning',
        `named-entity recognition failed and was skipped: ${e instanceof Error ? e.message : String(e)}`,
        0,
      ),
    );
    return [];
  }
}
