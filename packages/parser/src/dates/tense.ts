/**
 * Whether the clause before a date speaks of the future: a verb with the future prefix س (سيقام،
 * ستعقد) or a word of planning (من المقرر، المرتقب، يعتزم، سوف). News names a weekday or a month
 * without a qualifier; the tense of its clause tells the coming one from the last one.
 */
const FUTURE =
  /(?:^|[^\p{L}\p{M}])(?:[وف]?(?:س(?!يا|يد|يط|ير|يف|يول|ين|تة|تين|تار|تو|نة|نوات|نوي|نت|ني)[يتن][\p{L}]{3,}|سيتم|ستتم|سيكون|ستكون|سوف|المقرر|المقررة|المنتظر|المنتظرة|المرتقب|المرتقبة|المزمع|المزمعة|يعتزم|تعتزم|يرتقب|ينتظر\s+ان|تنتظر\s+ان))(?![\p{L}\p{M}])/u;
const CLAUSE_END = /[.!?؟؛:\n]/g;

export function futureClause(view: string, at: number): boolean {
  const before = view.slice(Math.max(0, at - 80), at);
  let clauseStart = 0;
  for (const m of before.matchAll(CLAUSE_END)) clauseStart = m.index + 1;
  return FUTURE.test(before.slice(clauseStart));
}
