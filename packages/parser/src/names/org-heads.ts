/**
 * Words that announce an organisation without being part of its name: in شركة سوني, صحيفة الحياة,
 * قناة الجزيرة the name is سوني, الحياة, الجزيرة (the usual annotation practice
 * for Arabic NER). Ministries, universities, councils, movements and agencies differ: وزارة الخارجية, حركة فتح,
 * وكالة رويترز are the names.
 * Folded forms.
 */
export const EXTERNAL_ORG_HEADS: ReadonlySet<string> = new Set([
  'شركه',
  'صحيفه',
  'جريده',
  'مجله',
  'قناه',

  'فريق',
  'نادي',

  'موقع',
  'مجموعه',
  'تلفزيون',
  'اذاعه',
]);
