/**
 * Words that announce an organisation without being part of its name: in شركة سوني, صحيفة الحياة,
 * قناة الجزيرة, حركة حماس the name is سوني, الحياة, الجزيرة, حماس (the usual annotation practice
 * for Arabic NER). Ministries, universities and councils differ: وزارة الخارجية is the name.
 * Folded forms.
 */
export const EXTERNAL_ORG_HEADS: ReadonlySet<string> = new Set([
  'شركه',
  'صحيفه',
  'جريده',
  'مجله',
  'قناه',
  'وكاله',
  'فريق',
  'نادي',
  'حركه',
  'موقع',
  'مجموعه',
  'تلفزيون',
  'اذاعه',
]);
