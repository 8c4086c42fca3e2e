/**
 * The one table of letter variants that Arabic news writes interchangeably, shared by the
 * normalised matching view (dates, numbers, quotations) and by the names recogniser.
 */

/** Alef with hamza or madda, wasla → alef; alef maqsura and Persian/Kurdish yeh → yeh; keheh → kaf. */
export const LETTER_VARIANTS: Readonly<Record<string, string>> = {
  أ: 'ا',
  إ: 'ا',
  آ: 'ا',
  ٱ: 'ا',
  ٲ: 'ا',
  ٳ: 'ا',
  ى: 'ي',
  ی: 'ي',
  ې: 'ي',
  ک: 'ك',
};

/**
 * Only for matching names: teh marbuta and the heh variants → heh, and gaf → kaf. News spells a name
 * with ة or ه alike (مكة / مكه), but the matching view of dates and numbers keeps ة, where it tells
 * words apart (ثلاثة, سنة).
 */
export const NAME_ONLY_VARIANTS: Readonly<Record<string, string>> = {
  ة: 'ه',
  ۀ: 'ه',
  ھ: 'ه',
  ہ: 'ه',
  گ: 'ك',
};
