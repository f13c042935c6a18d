import { describe, expect, it } from 'vitest';
import { isCleanUrl, pageUrl, shareData, whatsAppHref } from '../../src/lib/shareLinks';

describe('the address a reader shares', () => {
  it('is the page on the public site, in its language, without a query or hash', () => {
    expect(pageUrl('/ar/rights/your-choice/', 'https://waymark.example')).toBe('https://waymark.example/ar/rights/your-choice/');
    expect(pageUrl('/en/nrm/?utm_source=x#top', 'https://waymark.example/')).toBe('https://waymark.example/en/nrm/');
  });

  it('counts a query, a hash or a user name as not clean', () => {
    expect(isCleanUrl('https://waymark.example/en/')).toBe(true);
    expect(isCleanUrl('https://waymark.example/en/?ref=whatsapp')).toBe(false);
    expect(isCleanUrl('https://waymark.example/en/#answers')).toBe(false);
    expect(isCleanUrl('https://someone@waymark.example/en/')).toBe(false);
  });
});

describe('the WhatsApp link', () => {
  it('opens WhatsApp with the title and the plain address typed in', () => {
    const href = whatsAppHref('Your rights & choices', 'https://waymark.example/en/rights/');
    expect(href).toBe('https://wa.me/?text=Your%20rights%20%26%20choices%20https%3A%2F%2Fwaymark.example%2Fen%2Frights%2F');
    const url = new URL(href);
    expect([...url.searchParams.keys()]).toEqual(['text']);
    expect(url.searchParams.get('text')).toBe('Your rights & choices https://waymark.example/en/rights/');
  });

  it('keeps titles in other scripts intact', () => {
    const text = new URL(whatsAppHref('حقوقك', 'https://waymark.example/ar/rights/')).searchParams.get('text');
    expect(text).toBe('حقوقك https://waymark.example/ar/rights/');
  });

  it('refuses an address with tracking parameters', () => {
    expect(() => whatsAppHref('Title', 'https://waymark.example/en/?utm_source=share')).toThrow(/query or hash/);
  });
});

describe('what the share sheet gets', () => {
  it('is the title, the summary as text, and the clean address', () => {
    expect(shareData('Get help now', 'Who to call.', 'https://waymark.example/en/help/get-help-now/')).toEqual({
      title: 'Get help now',
      text: 'Who to call.',
      url: 'https://waymark.example/en/help/get-help-now/',
    });
    expect(() => shareData('A', 'B', 'https://waymark.example/en/#x')).toThrow();
  });
});
