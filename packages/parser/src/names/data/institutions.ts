/**
 * The words of institution phrases (src/names/institutions.ts), written from general knowledge of
 * how Arabic news names public bodies, not from any evaluation text.
 */

/**
 * Nouns that head the name of a body: لجنة الانضباط, الإدارة العامة للزراعة, مصلحة الزكاة والدخل.
 * Heads that announce a name without being part of it (شركة, صحيفة, قناة: org-heads.ts) are not
 * here, nor ministries (وزارة: the lexicon's), nor heads that are more often a plain noun in news
 * than a body (مكتب office, مركز position and centre, جهاز device, قيادة leadership, صندوق fund and
 * box, غرفة room, سلطة power: the ANERcorp train split's السلطة المركزية, غرفة الضريح).
 */
export const INSTITUTION_HEADS: readonly string[] = [
  'لجنة',
  'إدارة',
  'مديرية',
  'هيئة',
  'جمعية',
  'مؤسسة',
  'مصلحة',
  'مجلس',
  'منظمة',
  'وكالة',
  'بنك',
  'محكمة',
  'نيابة',
  'اتحاد',
  'رابطة',
  'نقابة',
  'مفوضية',
  'معهد',
  'أكاديمية',
  'أمانة',
  'بلدية',
  'إمارة',
  'حرس',
];

/**
 * Heads that are also everyday nouns (management, establishment, interest: إدارة الأعمال, المؤسسة
 * الأمنية, من مصلحة الشعب, all in the ANERcorp train split): with the article they name a body only
 * with a ل-phrase (الإدارة العامة للتعليم, المؤسسة العامة للبترول), and without it never right
 * after a preposition or مجلس (مجلس إدارة الشركة is a board, not a directorate).
 */
export const EVERYDAY_HEADS: readonly string[] = ['إدارة', 'مؤسسة', 'مصلحة'];

/** Nouns after a head that make a generic body, not a named one: بلدية المنطقة, مجلس إدارة الشركة. */
export const GENERIC_COMPLEMENTS: readonly string[] =
  'المنطقة المدينة المحافظة البلدة القرية الولاية الشركة الأعمال'.split(' ');

/**
 * Words that describe a body without naming it, so they never open its name (اللجنة المنظمة, the
 * organising committee; المجلس الجديد; المحكمة المختصة; وكالة الأنباء الرسمية), and words that end
 * the phrase wherever they stand (days, times, ordinals: أعلنت اللجنة الأولمبية الاثنين).
 */
export const DESCRIBING_WORDS: readonly string[] = [
  'الجديد',
  'الجديدة',
  'الحالي',
  'الحالية',
  'السابق',
  'السابقة',
  'المقبل',
  'المقبلة',
  'الماضي',
  'الماضية',
  'الجاري',
  'الجارية',
  'المذكور',
  'المذكورة',
  'المعني',
  'المعنية',
  'المختص',
  'المختصة',
  'المختصين',
  'المنظمة',
  'المسؤول',
  'المسؤولة',
  'التابع',
  'التابعة',
  'المكلف',
  'المكلفة',
  'المشرف',
  'المشرفة',
  'الحقيقي',
  'الحقيقية',
  'المشترك',
  'المشتركة',
  'الرسمي',
  'الرسمية',
  'نفسه',
  'نفسها',
  'ذاته',
  'ذاتها',
  'كله',
  'كلها',
  'اليوم',
  'الأحد',
  'الاثنين',
  'الإثنين',
  'الثلاثاء',
  'الأربعاء',
  'الخميس',
  'الجمعة',
  'السبت',
  'الأول',
  'الأولى',
  'الثاني',
  'الثانية',
  'الثالث',
  'الثالثة',
  'الرابع',
  'الرابعة',
  'الخامس',
  'الخامسة',
  'الأخير',
  'الأخيرة',
  'الذي',
  'التي',
  'الذين',
  'اللذين',
  'اللتين',
  'اللاتي',
];

/** Generic place heads between ب and a place at the end of a body's name: المحكمة الابتدائية بمدينة …. */
export const PLACE_HEADS: readonly string[] = ['منطقة', 'محافظة', 'مدينة', 'ولاية'];

/**
 * Words of the stopword list (data/stopwords.ts: they never start or continue a person's name)
 * that do continue a body's name: مجلس الأمن الدولي, الإدارة العامة, اللجنة العربية الخاصة,
 * مجلس الوزراء, مديرية الشرطة.
 */
export const BODY_NAME_WORDS: readonly string[] = (
  'العربي العربية الإسلامي الإسلامية الدولي الدولية الوطني الوطنية العسكري ' +
  'العسكرية السياسي السياسية الاقتصادي الاقتصادية الأمني الأمنية المحلي المحلية الخارجي الخارجية ' +
  'الداخلي الداخلية الحكومي الحكومية الشعبي الشعبية الخاص الخاصة العامة المتحدة الشرطة الدولة ' +
  'الوزراء الأمن الشعب الجيش'
).split(' ');

/**
 * Adjectives that do not look like one (a nisba ends in ي or ية, a participle starts with الم):
 * after a head with the article only an adjective continues a name (اللجنة العليا), where a noun
 * starts the rest of the sentence (واستثنى المجلس الملكيات).
 */
export const PLAIN_ADJECTIVES: readonly string[] =
  'العام العامة الخاص الخاصة العليا الأعلى الكبرى الأكبر الدائم الدائمة الحر الحرة'.split(' ');

/**
 * Heads of bodies named after a king or a prince, which name one only that way: مركز الملك سلمان
 * للإغاثة, مدينة الملك عبدالعزيز للعلوم والتقنية, مستشفى الملك فهد. (مدينة also needs a ل-phrase:
 * without one, مدينة الأمير عبدالله بن جلوي الرياضية is a sports ground.)
 */
export const ROYAL_NAMED_HEADS: readonly string[] = [
  'مركز',
  'مدينة',
  'مستشفى',
  'مجمع',
  'كلية',
  'مكتبة',
  'جامعة',
];

/** The titles before the person a body is named after. */
export const ROYAL_TITLES: readonly string[] = ['الملك', 'الأمير', 'الأميرة', 'الشيخ', 'السلطان'];

/**
 * Services named by their sector and the place they serve, as Saudi and Gulf papers write them:
 * تعليم الخرج (the education directorate of al-Kharj), صحة جدة, شرطة دبي, مرور الرياض. A body only
 * right before a listed place (تعليم المرأة is education).
 */
export const SECTOR_HEADS: readonly string[] = ['تعليم', 'صحة', 'شرطة', 'مرور', 'جوازات'];
