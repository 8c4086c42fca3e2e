import { foldWord } from '../normalise/fold.js';

/** Arabic number words, as the view spells them (harakat dropped, alef and yeh folded). */
const UNITS: Record<string, number> = {
  واحد: 1,
  واحدة: 1,
  اثنان: 2,
  اثنين: 2,
  اثنتان: 2,
  اثنتين: 2,
  ثلاث: 3,
  ثلاثة: 3,
  أربع: 4,
  أربعة: 4,
  خمس: 5,
  خمسة: 5,
  ست: 6,
  ستة: 6,
  سبع: 7,
  سبعة: 7,
  ثمان: 8,
  ثماني: 8,
  ثمانية: 8,
  تسع: 9,
  تسعة: 9,
  عشر: 10,
  عشرة: 10,
};
const TENS: Record<string, number> = {
  عشرون: 20,
  عشرين: 20,
  ثلاثون: 30,
  ثلاثين: 30,
  أربعون: 40,
  أربعين: 40,
  خمسون: 50,
  خمسين: 50,
  ستون: 60,
  ستين: 60,
  سبعون: 70,
  سبعين: 70,
  ثمانون: 80,
  ثمانين: 80,
  تسعون: 90,
  تسعين: 90,
};
const HUNDREDS: Record<string, number> = {
  مئة: 100,
  مائة: 100,
  مئتان: 200,
  مئتين: 200,
  مائتان: 200,
  مائتين: 200,
  ثلاثمئة: 300,
  ثلاثمائة: 300,
  أربعمئة: 400,
  أربعمائة: 400,
  خمسمئة: 500,
  خمسمائة: 500,
  ستمئة: 600,
  ستمائة: 600,
  سبعمئة: 700,
  سبعمائة: 700,
  ثمانمئة: 800,
  ثمانمائة: 800,
  تسعمئة: 900,
  تسعمائة: 900,
};
/** scale words: the value they multiply by, and whether they may stand alone as a number */
export const SCALES: Record<string, { power: number; alone?: number }> = {
  ألف: { power: 3, alone: 1 },
  ألفا: { power: 3 },
  آلاف: { power: 3 },
  ألفان: { power: 3, alone: 2 },
  ألفين: { power: 3, alone: 2 },
  مليون: { power: 6, alone: 1 },
  مليونا: { power: 6 },
  ملايين: { power: 6 },
  مليونان: { power: 6, alone: 2 },
  مليونين: { power: 6, alone: 2 },
  مليار: { power: 9, alone: 1 },
  مليارا: { power: 9 },
  مليارات: { power: 9 },
  ملياران: { power: 9, alone: 2 },
  مليارين: { power: 9, alone: 2 },
  بليون: { power: 9, alone: 1 },
  تريليون: { power: 12, alone: 1 },
};
const ORDINALS: Record<string, number> = {
  الأول: 1,
  الأولى: 1,
  أول: 1,
  الثاني: 2,
  الثانية: 2,
  الثالث: 3,
  الثالثة: 3,
  الرابع: 4,
  الرابعة: 4,
  الخامس: 5,
  الخامسة: 5,
  السادس: 6,
  السادسة: 6,
  السابع: 7,
  السابعة: 7,
  الثامن: 8,
  الثامنة: 8,
  التاسع: 9,
  التاسعة: 9,
  العاشر: 10,
  العاشرة: 10,
};
/** one-word units too often something else (ست lady, سبع lion, عشر a tenth) to count alone */
const AMBIGUOUS_ALONE = new Set(['ست', 'سبع', 'تسع', 'خمس', 'عشر', 'ثمان', 'ثلاث', 'أربع'].map(foldWord));

const fold = (table: Record<string, number>) =>
  new Map(Object.entries(table).map(([k, v]) => [foldWord(k), v]));
export const units = fold(UNITS);
export const tens = fold(TENS);
export const hundreds = fold(HUNDREDS);
export const ordinals = fold(ORDINALS);
export const scales = new Map(Object.entries(SCALES).map(([k, v]) => [foldWord(k), v]));

export function isAmbiguousAlone(word: string): boolean {
  return AMBIGUOUS_ALONE.has(word);
}

/** teens: "أحد عشر" = 11, "ثلاثة عشر" = 13 (two words, the second عشر/عشرة) */
export const TEEN_FIRST = fold({ أحد: 1, إحدى: 1, اثنا: 2, اثني: 2, اثنتا: 2, اثنتي: 2, ...UNITS });
