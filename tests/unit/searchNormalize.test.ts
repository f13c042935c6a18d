import { describe, expect, it } from 'vitest';
import { normalizeForSearch, normalizeQuery } from '../../src/lib/searchNormalize';

const ZWNJ = '\u200C';
const words = (text: string) => normalizeForSearch(text).split(/\s+/).filter(Boolean);

describe('Persian words joined by a zero-width non-joiner', () => {
  it('finds "I want" (می‌خواهم) by its second part, and written solid or with the ZWNJ', () => {
    const indexed = words(`من کمک می${ZWNJ}خواهم`);
    expect(indexed).toContain('خواهم');
    expect(indexed).toContain(normalizeQuery('میخواهم'));
    expect(normalizeQuery(`می${ZWNJ}خواهم`).split(' ').every((word) => indexed.includes(word))).toBe(true);
    expect(normalizeQuery('میخواهم').split(' ').every((word) => indexed.includes(word))).toBe(true);
  });

  it('finds "modern slavery" (برده‌داری مدرن) when the reader types a space instead of the ZWNJ', () => {
    const indexed = words(`برده${ZWNJ}داری مدرن`);
    for (const word of normalizeQuery('برده داری').split(' ')) expect(indexed).toContain(word);
  });

  it('finds "exploitation" (بهره‌کشی) and "houses" (خانه‌ها) by each part', () => {
    expect(words(`بهره${ZWNJ}کشی`)).toEqual(words('بهره کشی بهرهکشی'));
    expect(words(`خانه${ZWNJ}ها`)).toEqual(['خانه', 'ها', 'خانهها']);
  });

  it('leaves no ZWNJ behind, even one at the end of a word', () => {
    expect(normalizeForSearch(`کتاب${ZWNJ} می${ZWNJ}${ZWNJ}روم`)).not.toContain(ZWNJ);
    expect(words(`کتاب${ZWNJ}`)).toEqual(words('کتاب'));
  });
});

describe('Ethiopic text with the traditional wordspace ፡', () => {
  it('splits Tigrinya "modern slavery" (ዘመናዊ፡ባርነት) into two words', () => {
    expect(words('ዘመናዊ፡ባርነት')).toEqual(['ዘመናዊ', 'ባርነት']);
  });

  it('splits Tigrinya "trafficking of people" at ፡ and at the full stop ።', () => {
    expect(words('ንግዲ፡ሰባት።ሓገዝ')).toEqual(['ንግዲ', 'ሰባት', 'ሓገዝ']);
  });

  it('splits Amharic "human trafficking" (የሰው፡ዝውውር) and the Ethiopic comma ፣', () => {
    expect(words('የሰው፡ዝውውር')).toEqual(['የሰው', 'ዝውውር']);
    expect(words('ፖሊስ፣ሚኒስትሪ')).toEqual(['ፖሊስ', 'ሚኒስትሪ']);
  });

  it('leaves Ethiopic words written with spaces as they are', () => {
    expect(normalizeForSearch('ህጹጽ ሓገዝ')).toBe('ህጹጽ ሓገዝ');
  });
});

describe('Arabic script variants', () => {
  it('drops the tatweel in a stretched heading (الاتجـــار بالبشر, human trafficking)', () => {
    expect(normalizeForSearch('الاتجـــار بالبشر')).toBe('الاتجار بالبشر');
    expect(normalizeQuery('الاتجـار')).toBe(normalizeQuery('الاتجار'));
  });

  it('treats Persian and Arabic yeh and kaf as one letter ("help", کمک and كمك; "forced labour")', () => {
    expect(normalizeForSearch('کمک')).toBe(normalizeForSearch('كمك'));
    expect(normalizeForSearch('کار اجباری')).toBe(normalizeForSearch('كار اجباري'));
  });

  it('matches "hospital" written with alef maksura or yeh (مستشفى, مستشفي)', () => {
    expect(normalizeForSearch('مستشفى')).toBe(normalizeForSearch('مستشفي'));
  });

  it('ignores short vowels and hamza on alef ("help", مُسَاعَدَة; "safety", أمان)', () => {
    expect(normalizeForSearch('مُسَاعَدَة')).toBe('مساعدة');
    expect(normalizeForSearch('أمان')).toBe(normalizeForSearch('امان'));
  });

  it('reads Arabic-Indic and Persian digits as the digits on the page (٩٩٩, ۹۹۹ → 999)', () => {
    expect(normalizeForSearch('٩٩٩')).toBe('999');
    expect(normalizeForSearch('۹۹۹')).toBe('999');
  });

  it('splits words an Arabic comma or question mark joins (نعم،لا؟)', () => {
    expect(words('نعم،لا؟')).toEqual(['نعم', 'لا']);
  });
});

describe('every language', () => {
  it('leaves English and Albanian text alone', () => {
    expect(normalizeForSearch('Reasonable Grounds decision')).toBe('Reasonable Grounds decision');
    expect(normalizeForSearch('Ndihmë për viktimat')).toBe('Ndihmë për viktimat');
  });

  it('removes soft hyphens and zero-width joiners inside a word', () => {
    expect(normalizeForSearch('Help\u00ADline')).toBe('Helpline');
    expect(normalizeForSearch('ሰ\u200Dላም')).toBe('ሰላም');
  });

  it('gives the same text when run twice, so index and query can share it', () => {
    for (const text of [`می${ZWNJ}خواهم برده${ZWNJ}داری`, 'ዘመናዊ፡ባርነት።', 'الاتجـــار ٩٩٩ مُساعدة', 'Reasonable Grounds']) {
      expect(normalizeForSearch(normalizeForSearch(text))).toBe(normalizeForSearch(text));
    }
  });

  it('tidies a query and gives an empty one when nothing searchable is left', () => {
    expect(normalizeQuery(`  می${ZWNJ}خواهم   کمک `)).toBe('مي خواهم ميخواهم كمك'); // Persian yeh and kaf become Arabic ones
    expect(normalizeQuery('ـــ ፡ ')).toBe('');
  });
});

describe('Thai, written without spaces between words', () => {
  it('splits "human trafficking" (การค้ามนุษย์) into words, in the index and in the query alike', () => {
    expect(words('การค้ามนุษย์')).toEqual(['การ', 'ค้า', 'มนุษย์']);
    expect(normalizeQuery('การค้ามนุษย์').split(' ')).toEqual(words('การค้ามนุษย์'));
  });

  it('finds "you have the right to get help" by one word in the middle of the phrase', () => {
    const indexed = words('คุณมีสิทธิ์ได้รับความช่วยเหลือ');
    expect(indexed).toContain('สิทธิ์');
    for (const word of normalizeQuery('ความช่วยเหลือ').split(' ')) expect(indexed).toContain(word);
  });

  it('leaves Latin words and numbers next to Thai as they are, and is idempotent', () => {
    const text = 'โทร 999 หรือ Modern Slavery Helpline';
    expect(words(text)).toEqual(['โทร', '999', 'หรือ', 'Modern', 'Slavery', 'Helpline']);
    expect(normalizeForSearch(normalizeForSearch('การค้ามนุษย์'))).toBe(normalizeForSearch('การค้ามนุษย์'));
  });
});

describe('Indic scripts', () => {
  it('keeps Hindi conjuncts whole ("health", स्वास्थ्य; "rights", अधिकारों)', () => {
    expect(words('स्वास्थ्य सेवा')).toEqual(['स्वास्थ्य', 'सेवा']);
    expect(normalizeQuery('अधिकारों')).toBe('अधिकारों');
  });

  it('keeps conjuncts in Bengali ("trafficking", পাচার; "modern slavery", আধুনিক দাসত্ব) and Punjabi ("help", ਸਹਾਇਤਾ)', () => {
    expect(words('আধুনিক দাসত্ব')).toEqual(['আধুনিক', 'দাসত্ব']);
    expect(words('ਮਦਦ ਅਤੇ ਸਹਾਇਤਾ')).toEqual(['ਮਦਦ', 'ਅਤੇ', 'ਸਹਾਇਤਾ']);
    expect(words('മനുഷ്യക്കടത്ത്')).toEqual(['മനുഷ്യക്കടത്ത്']);
  });

  it('ends a word at the danda (।), even with no space after it', () => {
    expect(words('मदद मिलेगी।अगला')).toEqual(['मदद', 'मिलेगी', 'अगला']);
    expect(words('সাহায্য পাবেন।')).toEqual(['সাহায্য', 'পাবেন']);
  });

  it('treats a Bengali ya-phala written with a zero-width joiner (র‍্য) like the plain spelling', () => {
    expect(normalizeQuery('র\u200D্যাব')).toBe(normalizeQuery('র্যাব'));
  });
});
