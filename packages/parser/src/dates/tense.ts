import { letterPattern } from './letter-pattern.js';

/**
 * Whether the clause before a date speaks of the future: a verb with the future prefix س (سيقام،
 * ستعقد) or a word of planning (من المقرر، المرتقب، يعتزم، سوف). News names a weekday or a month
 * without a qualifier; the tense of its clause tells the coming one from the last one.
 */
const FUTURE = letterPattern(
  String.raw`(?:^|[^\p{L}\p{M}])(?:[وف]?(?:س(?!يا|يد|يط|ير|يف|يول|ين|تة|تين|تار|تو|نة|نوات|نوي|نت|ني)[يتن][\p{L}]{3,}|سيتم|ستتم|سيكون|ستكون|سوف|المقرر|المقررة|المنتظر|المنتظرة|المرتقب|المرتقبة|المزمع|المزمعة|يعتزم|تعتزم|يرتقب|ينتظر\s+ان|تنتظر\s+ان))(?![\p{L}\p{M}])`,
  'u',
);
/**
 * Verbs that schedule an event, in the imperfect: "يلتقي الفريقان يوم الجمعة", "تقام المباراة الأحد".
 * News uses them for what is coming; a past narrative says كان يلتقي.
 */
const SCHEDULED = letterPattern(
  String.raw`(?:^|[^\p{L}\p{M}])[وف]?(?:يلتقي|تلتقي|يواجه|تواجه|يستضيف|تستضيف|يحل|تحل|يقام|تقام|ينطلق|تنطلق|يبدا|تبدا|ينعقد|تنعقد|يعقد|تعقد|يجري|تجري|يخوض|تخوض|يختتم|تختتم|يفتتح|تفتتح|يدشن|تدشن)(?![\p{L}\p{M}])`,
  'u',
);
const PAST_AUXILIARY = letterPattern(
  String.raw`(?:^|[^\p{L}\p{M}])[وف]?(?:كان|كانت|كانوا)(?![\p{L}\p{M}])`,
  'u',
);
const CLAUSE_END = /[.!?؟؛:\n]/g;

function clauseBefore(view: string, at: number): string {
  const before = view.slice(Math.max(0, at - 80), at);
  let clauseStart = 0;
  for (const m of before.matchAll(CLAUSE_END)) clauseStart = m.index + 1;
  return before.slice(clauseStart);
}

export function futureClause(view: string, at: number): boolean {
  return FUTURE.test(clauseBefore(view, at));
}

/**
 * A clause that schedules an event in the present tense. Used for weekdays only: within a week the
 * present tense points forward, while "يبدأ التسجيل مطلع مايو" in August may still report a past May.
 */
export function scheduledClause(view: string, at: number): boolean {
  const clause = clauseBefore(view, at);
  return SCHEDULED.test(clause) && !PAST_AUXILIARY.test(clause);
}
