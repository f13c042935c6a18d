/**
 * Take-away tools: pocket cards and "show this" phrase cards (printed to PDF, measured, QR codes decoded), and the
 * share and read-aloud tools on content pages (Web Share, Clipboard and Web Speech stubbed to watch the calls).
 */
import { readFileSync } from 'node:fs';
import { brotliCompressSync } from 'node:zlib';
import { test, expect, type Page } from '@playwright/test';
import jsQR from 'jsqr';
import { parse } from 'yaml';
import { DIST_DIR, EXIT_URL_PATTERN, behaviourLanguages, enabledLanguages } from './support/site';
import { expectNoSidewaysScroll, expectNothingStored, openAndCheck, watchForeignRequests } from './support/checks';
import { A4_MM, CARD_MM, CARDS_PER_SHEET, sheetLayout } from '../../src/lib/cardSheet';
import { NRM_SUPPORT_SERVICE_IDS, POCKET_SYSTEMS, cardContacts, printableWebAddress } from '../../src/lib/pocketContacts';
import { shownNumber } from '../../src/lib/phoneNumbers';
import type { Language } from '../../src/i18n/languages';

const PX_PER_MM = 96 / 25.4;
const PT_PER_MM = 72 / 25.4;
const PRINT_VIEWPORT = { width: 900, height: 1200 };
const byCode = (code: string) => enabledLanguages.find((language) => language.code === code)!;
/** Printing a PDF is slow: it is done in one language per script; every language's cards are measured as laid out for print. */
const printsPdf = (language: Language) => behaviourLanguages.some((other) => other.code === language.code);

type ServiceYaml = { name: string; verified: boolean; nations: string[]; audience: string[]; contacts: { kind: string; value: string; display?: string; hours?: string }[] };
const service = (id: string): ServiceYaml => parse(readFileSync(`content/services/${id}.yaml`, 'utf8'));

/** Page count and page sizes (in mm) of a PDF made by Chromium. */
function pdfPages(pdf: Buffer): { count: number; sizes: { width: number; height: number }[] } {
  const text = pdf.toString('latin1');
  const count = (text.match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
  const sizes = [...text.matchAll(/\/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]/g)].map((box) => ({
    width: (Number(box[3]) - Number(box[1])) / PT_PER_MM,
    height: (Number(box[4]) - Number(box[2])) / PT_PER_MM,
  }));
  return { count, sizes };
}

async function expectA4(page: Page, pages: number) {
  const { count, sizes } = pdfPages(await page.pdf({ preferCSSPageSize: true }));
  expect(count, 'printed pages').toBe(pages);
  expect(sizes.length).toBeGreaterThan(0);
  for (const size of sizes) {
    expect(Math.abs(size.width - A4_MM.width), `page width ${size.width} mm`).toBeLessThan(0.5);
    expect(Math.abs(size.height - A4_MM.height), `page height ${size.height} mm`).toBeLessThan(0.5);
  }
}

/** Where each card sits on its sheet (mm from the sheet's top-left corner), and whether anything spills out of it. */
async function measureCards(page: Page) {
  return page.evaluate((pxPerMm) => [...document.querySelectorAll<HTMLElement>('.card-sheet')].map((sheet) => {
    const origin = sheet.getBoundingClientRect();
    const cards = [...sheet.querySelectorAll<HTMLElement>('.card-sheet__grid > *')].map((card) => {
      const box = card.getBoundingClientRect();
      const spills = [...card.querySelectorAll('*')].filter((inner) => {
        const r = inner.getBoundingClientRect();
        return r.width > 0 && (r.left < box.left - 0.5 || r.right > box.right + 0.5 || r.top < box.top - 0.5 || r.bottom > box.bottom + 0.5);
      }).length;
      return {
        side: card.dataset.cardSide ?? card.dataset.phrase ?? '',
        x: (box.left - origin.left) / pxPerMm,
        y: (box.top - origin.top) / pxPerMm,
        width: box.width / pxPerMm,
        height: box.height / pxPerMm,
        overflow: card.scrollHeight - card.clientHeight,
        spills,
      };
    });
    const marks = sheet.querySelector('.card-sheet__marks path')?.getAttribute('d') ?? '';
    return { cards, marks };
  }), PX_PER_MM);
}

function expectCardSized(card: { width: number; height: number }) {
  expect(Math.abs(card.width - CARD_MM.width), `card width ${card.width} mm`).toBeLessThan(0.2);
  expect(Math.abs(card.height - CARD_MM.height), `card height ${card.height} mm`).toBeLessThan(0.2);
}

/** The x of every vertical crop mark and the y of every horizontal one, in mm. */
function markLines(d: string) {
  const marks = [...d.matchAll(/M([\d.]+) ([\d.]+)([vh])/g)];
  return {
    x: [...new Set(marks.filter((m) => m[3] === 'v').map((m) => Number(m[1])))].sort((a, b) => a - b),
    y: [...new Set(marks.filter((m) => m[3] === 'h').map((m) => Number(m[2])))].sort((a, b) => a - b),
  };
}

/** Reads a QR code from a screenshot: the PNG is decoded by the page's own canvas, then jsQR reads the pixels. */
async function decodeQr(page: Page, png: Buffer): Promise<string | undefined> {
  const { width, height, data } = await page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.naturalWidth;
    canvas.height = image.naturalHeight;
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const pixels = context.getImageData(0, 0, canvas.width, canvas.height);
    return { width: pixels.width, height: pixels.height, data: Array.from(pixels.data) };
  }, png.toString('base64'));
  return jsQR(Uint8ClampedArray.from(data), width, height)?.data;
}

/**
 * Writes the cards in a language's script, at 1.2 times the English length, from that language's translated UI
 * strings: the card text is English until translators deliver it, and the cards must already hold Arabic (right to
 * left) and Ethiopic text.
 */
async function writeCardsIn(page: Page, language: Language) {
  const flat = (value: unknown): string[] => (typeof value === 'string' ? [value] : Object.values(value as object).flatMap(flat));
  const sample = flat(JSON.parse(readFileSync(`locales/${language.path}/common.json`, 'utf8'))).join(' ').replace(/\{\{\w+\}\}/g, '');
  await page.evaluate(({ code, dir, sample }) => {
    const sheets = document.querySelector<HTMLElement>('.card-sheets')!;
    sheets.lang = code;
    sheets.dir = dir;
    const walker = document.createTreeWalker(sheets, NodeFilter.SHOW_TEXT);
    const nodes: Text[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
    let offset = 0;
    for (const node of nodes) {
      // Numbers, web addresses and service names stay as they are printed.
      const parent = node.parentElement!;
      if (parent.closest('[dir]') !== sheets || parent.closest('.card-sheet__label')) continue;
      const length = Math.ceil(node.nodeValue!.trim().length * 1.2);
      if (length === 0) continue;
      if (offset + length > sample.length) offset = 0;
      node.nodeValue = sample.slice(offset, offset + length);
      offset += length;
    }
  }, { code: language.code, dir: language.dir, sample });
}

/** Every card is a bank card, placed where the crop marks say, with nothing spilling over its edges. */
function expectSheetsPrintWell(sheets: Awaited<ReturnType<typeof measureCards>>, language: Language, cardsPerSheet: number) {
  const layout = sheetLayout();
  for (const sheet of sheets) {
    expect(sheet.cards).toHaveLength(cardsPerSheet);
    const lines = markLines(sheet.marks);
    for (const [index, card] of sheet.cards.entries()) {
      expectCardSized(card);
      expect(card.overflow, `card ${index + 1} (${card.side}) is too full`).toBeLessThanOrEqual(1);
      expect(card.spills, `text spills out of card ${index + 1} (${card.side})`).toBe(0);
      const column = index % 2;
      // Right to left, the first card sits on the right: duplex printing still lines up because the grid is centred.
      const expectedX = language.dir === 'rtl' ? layout.marginInline + (1 - column) * CARD_MM.width : layout.marginInline + column * CARD_MM.width;
      expect(Math.abs(card.x - expectedX), `card ${index + 1} x`).toBeLessThan(0.3);
      expect(Math.abs(card.y - (layout.marginTop + Math.floor(index / 2) * CARD_MM.height)), `card ${index + 1} y`).toBeLessThan(0.3);
      expect(lines.x.some((x) => Math.abs(x - card.x) < 0.3) && lines.x.some((x) => Math.abs(x - (card.x + card.width)) < 0.3), 'crop marks at the card sides').toBe(true);
      expect(lines.y.some((y) => Math.abs(y - card.y) < 0.3) && lines.y.some((y) => Math.abs(y - (card.y + card.height)) < 0.3), 'crop marks at the card top and bottom').toBe(true);
    }
  }
}

test.describe('pocket cards', () => {
  test.use({ viewport: PRINT_VIEWPORT });

  // How much fits on a card depends on each translation's words, so the cards are laid out for print and measured in
  // every language; the PDF (A4 pages, how many) is printed in one language per script.
  for (const language of enabledLanguages) {
    const path = `/${language.path}/cards/pocket/`;
    const pdf = printsPdf(language);
    test(`${path} ${pdf ? 'prints on A4' : 'lays out for print'}: a sheet of fronts and a sheet of backs for each part of the UK`, async ({ page }) => {
      await page.goto(path);
      if (pdf) await expectA4(page, POCKET_SYSTEMS.length * 2);
      await page.emulateMedia({ media: 'print' });
      const sheets = await measureCards(page);
      expect(sheets).toHaveLength(POCKET_SYSTEMS.length * 2);
      expect(sheets.map((sheet) => sheet.cards[0]!.side)).toEqual(POCKET_SYSTEMS.flatMap(() => ['front', 'back']));
      expect(sheets.every((sheet) => sheet.cards.every((card) => card.side === sheet.cards[0]!.side))).toBe(true);
      expectSheetsPrintWell(sheets, await mainLanguage(page), CARDS_PER_SHEET);
    });
  }

  for (const language of behaviourLanguages) {
    const path = `/${language.path}/cards/pocket/`;
    test(`${path}: the QR code decodes to the site in ${language.englishName}, with nothing added`, async ({ browser }) => {
      const context = await browser.newContext({ viewport: PRINT_VIEWPORT, deviceScaleFactor: 2 });
      const page = await context.newPage();
      await page.goto(path);
      await page.emulateMedia({ media: 'print' });
      const expected = new URL(`/${language.path}/`, (await page.locator('link[rel="canonical"]').getAttribute('href'))!).href;
      for (const sheet of [0, 2, 4]) {
        const qr = page.locator('.card-sheet').nth(sheet).locator('.pocket-card__qr svg').first();
        expect(await decodeQr(page, await qr.screenshot())).toBe(expected);
      }
      expect(new URL(expected).search + new URL(expected).hash).toBe('');
      await expect(page.locator('.pocket-card__url').first()).toHaveText(expected.replace(/^https?:\/\//, ''));
      await context.close();
    });
  }

  test('who to call comes from the services data, by part of the UK, with "check before use" on unchecked services', async ({ page }) => {
    await page.goto('/en/cards/pocket/');
    const police = service('police-emergency');
    const helpline = service('modern-slavery-helpline');
    for (const system of POCKET_SYSTEMS) {
      const card = page.locator(`[data-system="${system}"] .pocket-card--front:not([data-card-copy])`);
      await expect(card.locator(`a[href="tel:${police.contacts.find((c) => c.kind === 'shortcode')!.value}"]`)).toBeVisible();
      await expect(card.locator(`a[href="tel:${helpline.contacts.find((c) => c.kind === 'phone')!.value}"]`)).toHaveText(shownNumber(helpline.contacts.find((c) => c.kind === 'phone')!));
      await expect(card).toContainText(police.contacts.find((c) => c.kind === 'silent')!.value);
      const lines = card.locator('li[data-service]');
      await expect(lines).toHaveCount(NRM_SUPPORT_SERVICE_IDS[system].length);
      for (const id of NRM_SUPPORT_SERVICE_IDS[system]) {
        const data = service(id);
        const line = card.locator(`li[data-service="${id}"]`);
        await expect(line).toContainText(data.name);
        for (const contact of cardContacts(data)) {
          await expect(line).toContainText(contact.kind === 'web' ? printableWebAddress(contact.value) : shownNumber(contact));
        }
        if (data.verified) await expect(line).not.toContainText('check before use');
        else await expect(line).toContainText('check before use');
      }
    }
  });

  test('the back lists the three rights from content/cards', async ({ page }) => {
    await page.goto('/en/cards/pocket/');
    const rights = parse(readFileSync('content/cards/en/rights.yaml', 'utf8')).rights as { id: string; title: string }[];
    const back = page.locator('.pocket-card--back:not([data-card-copy])').first();
    await expect(back.locator('li[data-right]')).toHaveCount(3);
    for (const right of rights) await expect(back.locator(`li[data-right="${right.id}"]`)).toContainText(right.title);
  });

  test('the QR code is drawn once and reused by every card', async ({ page }) => {
    await page.goto('/en/cards/pocket/');
    await expect(page.locator('symbol#pocket-qr')).toHaveCount(1);
    await expect(page.locator('.pocket-card__qr use[href="#pocket-qr"]')).toHaveCount(POCKET_SYSTEMS.length * CARDS_PER_SHEET);
  });

  test('on screen, one front and one back per part of the UK; the print copies are hidden from everyone', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto('/ti/cards/pocket/');
    await expect(page.locator('.pocket-card:visible')).toHaveCount(POCKET_SYSTEMS.length * 2);
    await expect(page.locator('[data-card-copy]:not([aria-hidden="true"])')).toHaveCount(0);
    await expect(page.locator('[data-card-copy] a')).toHaveCount(0);
    await expectNoSidewaysScroll(page);
  });

  for (const code of ['ar', 'ti']) {
    test(`cards written in ${byCode(code).englishName} (${byCode(code).dir === 'rtl' ? 'right to left' : 'Ethiopic script'}) still print as bank cards on six A4 pages`, async ({ page }) => {
      const language = byCode(code);
      await page.goto(`/${language.path}/cards/pocket/`);
      await expect(page.locator('html')).toHaveAttribute('dir', language.dir);
      await writeCardsIn(page, language);
      await expectA4(page, POCKET_SYSTEMS.length * 2);
      await page.emulateMedia({ media: 'print' });
      expectSheetsPrintWell(await measureCards(page), language, CARDS_PER_SHEET);
      // The QR code sits at the end of the line: on the left in Arabic, on the right in Tigrinya.
      const front = page.locator('.pocket-card--front').first();
      const card = (await front.boundingBox())!;
      const qr = (await front.locator('.pocket-card__qr').boundingBox())!;
      const qrOnLeft = qr.x + qr.width / 2 < card.x + card.width / 2;
      expect(qrOnLeft).toBe(language.dir === 'rtl');
    });
  }
});

/** The language the card text is written in (English until a translation exists). */
async function mainLanguage(page: Page): Promise<Language> {
  const code = await page.locator('main').getAttribute('lang');
  return enabledLanguages.find((language) => language.code === code)!;
}

test.describe('"show this" phrase cards', () => {
  for (const language of enabledLanguages) {
    const path = `/${language.path}/cards/phrases/`;
    const pdf = printsPdf(language);
    test(`${path} ${pdf ? 'prints on one A4 page' : 'lays out for print on one sheet'}: two cards of each phrase, with crop marks`, async ({ page }) => {
      await page.setViewportSize(PRINT_VIEWPORT);
      await page.goto(path);
      if (pdf) await expectA4(page, 1);
      await page.emulateMedia({ media: 'print' });
      const phrases = await page.locator('.phrase:not([data-card-copy])').count();
      expect(phrases).toBe(language.code === 'en' ? 4 : 5);
      const sheets = await measureCards(page);
      expect(sheets, 'one sheet').toHaveLength(1);
      expectSheetsPrintWell(sheets, await mainLanguage(page), phrases * 2);
    });
  }

  test('"I need an interpreter" names the language in its own script and in English', async ({ page }) => {
    await page.goto('/ti/cards/phrases/');
    const english = page.locator('#phrase-interpreter .phrase__text[lang="en"]');
    await expect(english).toContainText('I need an interpreter in Tigrinya (');
    await expect(english.locator('span[lang="ti"]')).toHaveText(byCode('ti').nativeName);
    await page.goto('/ar/cards/phrases/');
    await expect(page.locator('#phrase-interpreter span[lang="ar"][dir="rtl"]')).toHaveText(byCode('ar').nativeName);
  });

  test('the English page has no interpreter phrase and links to the phrases beside English in every other language', async ({ page }) => {
    await page.goto('/en/cards/phrases/');
    await expect(page.locator('#phrase-interpreter')).toHaveCount(0);
    for (const other of enabledLanguages.filter((language) => language.code !== 'en')) {
      await expect(page.locator(`.phrase-help a[hreflang="${other.code}"][href="/${other.path}/cards/phrases/"]`)).toHaveText(other.nativeName);
    }
  });

  test('the Helpline phrase carries the Helpline number from the services data', async ({ page }) => {
    await page.goto('/sq/cards/phrases/');
    const phone = service('modern-slavery-helpline').contacts.find((c) => c.kind === 'phone')!;
    await expect(page.locator(`#phrase-helpline a[href="tel:${phone.value}"]`)).toHaveText(shownNumber(phone));
  });

  test('on a phone, each phrase fills the screen in large text, and "Next phrase" shows the next one', async ({ page }) => {
    await page.goto('/ar/cards/phrases/');
    const viewport = page.viewportSize()!;
    const phrases = page.locator('.phrase:not([data-card-copy])');
    for (let index = 0; index < (await phrases.count()); index += 1) {
      const box = (await phrases.nth(index).boundingBox())!;
      expect(box.height).toBeGreaterThanOrEqual(viewport.height - 80);
      const size = await phrases.nth(index).locator('.phrase__text').first().evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
      expect(size).toBeGreaterThanOrEqual(24);
    }
    await page.locator('#phrase-interpreter .phrase__next a').click();
    await expect(page.locator('#phrase-private .phrase__text').first()).toBeInViewport();
    await expect(page.locator('#phrase-interpreter .phrase__text').first()).not.toBeInViewport();
    await expectNoSidewaysScroll(page);
  });
});

test.describe('the card pages', () => {
  for (const language of behaviourLanguages) {
    for (const kind of ['pocket', 'phrases']) {
      const path = `/${language.path}/cards/${kind}/`;
      test(`${path} needs no script of its own and has no page tools`, async ({ page }) => {
        const scripts: string[] = [];
        page.on('request', (request) => request.resourceType() === 'script' && scripts.push(request.url()));
        await page.goto(path);
        expect(scripts.filter((url) => !/QuickExit/.test(url))).toEqual([]);
        await expect(page.locator('[data-page-tools]')).toHaveCount(0);
      });
    }
  }
});

/** Stubs the Web Share, Clipboard and Web Speech APIs before any page script runs, and records every call. */
async function stubDeviceApis(page: Page, options: { share?: boolean; clipboard?: boolean | 'fails'; voices?: { lang: string; localService: boolean; name: string }[] }) {
  await page.addInitScript(({ share, clipboard, voices }) => {
    const calls: unknown[][] = [];
    (window as unknown as { __calls: unknown[][] }).__calls = calls;
    Object.defineProperty(navigator, 'share', { configurable: true, value: share ? async (data: unknown) => void calls.push(['share', data]) : undefined });
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: clipboard ? { writeText: async (text: string) => { calls.push(['copy', text]); if (clipboard === 'fails') throw new Error('denied'); } } : undefined,
    });
    const known = [...(voices ?? [])];
    const listeners: EventListener[] = [];
    class FakeUtterance extends EventTarget {
      text: string; lang = ''; voice: unknown = null;
      constructor(text: string) { super(); this.text = text; }
    }
    const utterances: FakeUtterance[] = [];
    (window as unknown as Record<string, unknown>).__utterances = utterances;
    (window as unknown as Record<string, unknown>).SpeechSynthesisUtterance = FakeUtterance;
    const synth = {
      getVoices: () => known.slice(),
      speak: (utterance: FakeUtterance) => { utterances.push(utterance); calls.push(['speak', utterance.text, utterance.lang, (utterance.voice as { name?: string } | null)?.name]); },
      pause: () => calls.push(['pause']),
      resume: () => calls.push(['resume']),
      cancel: () => calls.push(['cancel']),
      addEventListener: (type: string, listener: EventListener) => type === 'voiceschanged' && listeners.push(listener),
      removeEventListener: () => undefined,
    };
    Object.defineProperty(window, 'speechSynthesis', { configurable: true, value: synth });
    (window as unknown as Record<string, unknown>).__addVoice = (voice: { lang: string; localService: boolean; name: string }) => {
      known.push(voice);
      for (const listener of listeners) listener(new Event('voiceschanged'));
    };
  }, { share: options.share ?? false, clipboard: options.clipboard ?? false, voices: options.voices ?? [] });
}

const calls = (page: Page) => page.evaluate(() => (window as unknown as { __calls: unknown[][] }).__calls);
const englishVoice = { lang: 'en-GB', localService: true, name: 'Device English' };

test.describe('sharing a page', () => {
  test('with a share sheet: one button shares the title, summary and the plain page address', async ({ page, baseURL }) => {
    const foreign = watchForeignRequests(page, baseURL!);
    await stubDeviceApis(page, { share: true, clipboard: true });
    await page.goto('/ar/rights/your-choice/?utm_source=test#top');
    const tools = page.locator('[data-page-tools]');
    await expect(tools.locator('[data-copy]')).toBeHidden();
    await expect(tools.locator('[data-whatsapp]')).toBeHidden();
    await expect(tools.locator('[data-share-address]')).toBeHidden();
    await tools.locator('[data-share]').click();
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(canonical).toMatch(/\/ar\/rights\/your-choice\/$/);
    expect(await calls(page)).toEqual([['share', {
      title: await page.locator('h1').textContent(),
      text: await page.locator('.lead').textContent(),
      url: canonical,
    }]]);
    expect(foreign).toEqual([]);
  });

  test('without one: "Copy link" copies the plain address and says so; the WhatsApp link stays', async ({ page, context }) => {
    await stubDeviceApis(page, { clipboard: true });
    await page.goto('/en/support/health-care/');
    const tools = page.locator('[data-page-tools]');
    await expect(tools.locator('[data-share]')).toBeHidden();
    await expect(tools.locator('[data-share-address]')).toBeHidden();
    await tools.getByRole('button', { name: 'Copy link' }).click();
    const canonical = (await page.locator('link[rel="canonical"]').getAttribute('href'))!;
    expect(await calls(page)).toEqual([['copy', canonical]]);
    await expect(tools.getByRole('status')).toHaveText('Link copied. You can paste it into a message.');
    await expect(tools.getByRole('link', { name: 'Share on WhatsApp' })).toBeVisible();
    // The quick exit forgets the message.
    await page.evaluate(() => document.dispatchEvent(new CustomEvent('waymark:exit')));
    await expect(tools.getByRole('status')).toHaveText('');
    await expectNothingStored(page, context);
  });

  test('when copying is refused, the address is shown to copy by hand', async ({ page }) => {
    await stubDeviceApis(page, { clipboard: 'fails' });
    await page.goto('/en/nrm/');
    const tools = page.locator('[data-page-tools]');
    await tools.getByRole('button', { name: 'Copy link' }).click();
    await expect(tools.getByRole('status')).toHaveText('Could not copy. Select the link above and copy it.');
    await expect(tools.locator('[data-share-address]')).toBeVisible();
  });

  test('the WhatsApp link carries the title and the plain address, and nothing else', async ({ page }) => {
    await page.goto('/ti/legal/');
    const href = (await page.locator('[data-whatsapp]').getAttribute('href'))!;
    const url = new URL(href);
    expect(url.origin + url.pathname).toBe('https://wa.me/');
    expect([...url.searchParams.keys()]).toEqual(['text']);
    const canonical = (await page.locator('link[rel="canonical"]').getAttribute('href'))!;
    expect(url.searchParams.get('text')).toBe(`${await page.locator('h1').textContent()} ${canonical}`);
    expect(new URL(canonical).search + new URL(canonical).hash).toBe('');
  });

  test('the tools sit on content pages only, in the one small script a content page loads', async ({ page }) => {
    await page.goto('/en/');
    await expect(page.locator('[data-page-tools]')).toHaveCount(1);
    const scripts = page.locator('script[src]');
    await expect(scripts, 'a content page loads one script file').toHaveCount(1);
    const src = (await scripts.getAttribute('src'))!;
    const code = readFileSync(`${DIST_DIR}${src}`);
    expect(code.toString(), 'the script imports nothing more').not.toMatch(/\bimport\b/);
    const bytes = brotliCompressSync(code).length;
    expect(bytes, 'brotli bytes of the quick exit, share and read-aloud script').toBeLessThanOrEqual(3 * 1024);
    for (const path of ['/en/services/', '/en/cards/pocket/', '/en/search/', '/']) {
      await page.goto(path);
      await expect(page.locator('[data-page-tools]')).toHaveCount(0);
    }
  });
});

test.describe('read aloud', () => {
  test('is hidden when the device has no voice for the page language', async ({ page }) => {
    await stubDeviceApis(page, { voices: [{ lang: 'fr-FR', localService: true, name: 'French' }] });
    await page.goto('/en/rights/');
    await expect(page.locator('[data-read]')).toBeHidden();
    await expect(page.getByRole('button', { name: 'Read aloud' })).toHaveCount(0);
  });

  test('is hidden when the only voice is an online one, which would send the text away', async ({ page }) => {
    await stubDeviceApis(page, { voices: [{ lang: 'en-GB', localService: false, name: 'Online English' }] });
    await page.goto('/en/rights/');
    await expect(page.locator('[data-read]')).toBeHidden();
  });

  test('appears when a voice for the page language arrives later', async ({ page }) => {
    await stubDeviceApis(page, {});
    await page.goto('/en/rights/');
    await expect(page.locator('[data-read]')).toBeHidden();
    await page.evaluate((voice) => (window as unknown as { __addVoice: (v: unknown) => void }).__addVoice(voice), englishVoice);
    await expect(page.getByRole('button', { name: 'Read aloud' })).toBeVisible();
  });

  test('follows the language of the text in main, which is English on an untranslated page', async ({ page }) => {
    await stubDeviceApis(page, { voices: [englishVoice] });
    await page.goto('/ar/rights/interpreters/');
    const textLanguage = await page.locator('main').getAttribute('lang');
    if (textLanguage === 'en') await expect(page.locator('[data-read]')).toBeVisible();
    else await expect(page.locator('[data-read]')).toBeHidden();
    await page.evaluate(() => (window as unknown as { __addVoice: (v: unknown) => void }).__addVoice({ lang: 'ar-SA', localService: true, name: 'Arabic' }));
    await expect(page.locator('[data-read]')).toBeVisible();
    await page.locator('[data-read-toggle]').click();
    const spoken = (await calls(page)).filter((call) => call[0] === 'speak');
    expect(spoken[0]![3]).toBe(textLanguage === 'en' ? 'Device English' : 'Arabic');
  });

  test('reads the main text in order, with the device voice, leaving out the tools, notices and page notes', async ({ page }) => {
    await stubDeviceApis(page, { voices: [englishVoice] });
    await page.goto('/en/rights/');
    await page.getByRole('button', { name: 'Read aloud' }).click();
    const spoken = (await calls(page)).filter((call) => call[0] === 'speak');
    expect(spoken.length).toBeGreaterThan(3);
    expect(spoken[0]).toEqual(['speak', await page.locator('h1').textContent(), 'en-GB', 'Device English']);
    expect(spoken[1]![1]).toBe(await page.locator('.lead').textContent());
    const text = spoken.map((call) => call[1]).join(' ');
    expect(text).toContain('You have rights in the UK.');
    for (const absent of ['Share on WhatsApp', 'Link to this page', 'Read aloud', 'Last checked', 'Leave this page', 'In danger now?', 'Pages in this section']) {
      expect(text).not.toContain(absent);
    }
    expect(spoken.every((call) => String(call[1]).length <= 200)).toBe(true);
  });

  test('can pause, continue and stop, and goes back to "Read aloud" at the end', async ({ page }) => {
    await stubDeviceApis(page, { voices: [englishVoice] });
    await page.goto('/en/nrm/');
    const toggle = page.locator('[data-read-toggle]');
    const stop = page.getByRole('button', { name: 'Stop' });
    await expect(stop).toBeHidden();
    await toggle.click();
    await expect(toggle).toHaveText('Pause');
    await expect(stop).toBeVisible();
    await toggle.click();
    await expect(toggle).toHaveText('Continue');
    await toggle.click();
    await expect(toggle).toHaveText('Pause');
    await stop.click();
    await expect(toggle).toHaveText('Read aloud');
    await expect(toggle).toBeFocused();
    await expect(stop).toBeHidden();
    const names = (await calls(page)).map((call) => call[0]);
    expect(names.filter((name) => name !== 'speak')).toEqual(['cancel', 'pause', 'resume', 'cancel']);
    await toggle.click();
    await page.evaluate(() => {
      const utterances = (window as unknown as { __utterances: EventTarget[] }).__utterances;
      utterances[utterances.length - 1]!.dispatchEvent(new Event('end'));
    });
    await expect(toggle).toHaveText('Read aloud');
  });

  test('stops speaking at once when the quick exit is used', async ({ page, context }) => {
    await context.route(EXIT_URL_PATTERN, (route) => route.fulfill({ status: 204 }));
    await stubDeviceApis(page, { voices: [englishVoice] });
    await page.goto('/en/help/get-help-now/');
    await page.getByRole('button', { name: 'Read aloud' }).click();
    const before = (await calls(page)).length;
    await page.locator('#quick-exit').click();
    await expect.poll(async () => (await calls(page)).slice(before).map((call) => call[0])).toContain('cancel');
    await expectNothingStored(page, context);
  });
});

test.describe('the tools without JavaScript', () => {
  for (const path of behaviourLanguages.flatMap((language) => [`/${language.path}/`, `/${language.path}/rights/your-choice/`])) {
    test(`${path}: the address and a WhatsApp link, no dead buttons, and the page passes the checks`, async ({ page, context, baseURL }) => {
      await openAndCheck({ page, context, baseURL }, path, { javascript: false });
      const tools = page.locator('[data-page-tools]');
      const canonical = (await page.locator('link[rel="canonical"]').getAttribute('href'))!;
      await expect(tools.locator('.page-tools__url')).toHaveText(canonical);
      await expect(tools.locator('[data-whatsapp]')).toBeVisible();
      await expect(tools.locator('button:visible')).toHaveCount(0);
      await expect(tools.locator('[data-read]')).toBeHidden();
    });
  }

  test('with JavaScript switched off, the card pages read fully', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    for (const path of ['/ar/cards/pocket/', '/ti/cards/phrases/']) {
      await page.goto(path);
      await expect(page.locator('h1')).toBeVisible();
      await expect(page.locator('.card-sheet').first()).toBeVisible();
      await expectNoSidewaysScroll(page);
    }
    await context.close();
  });
});
