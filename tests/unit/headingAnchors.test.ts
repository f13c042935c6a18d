import { describe, expect, it } from 'vitest';
import { anchorsFromEnglish, englishPageFileOf } from '../../src/lib/headingAnchors';

const english = [{ depth: 2, slug: 'use-a-private-window' }, { depth: 3, slug: 'on-a-phone' }, { depth: 2, slug: 'what-a-shared-link-can-reveal' }];

describe('heading anchors of a translated page', () => {
  it('are the English ids, in order, when the outline is the same', () => {
    expect(anchorsFromEnglish(english, [2, 3, 2])).toEqual({ ok: true, ids: ['use-a-private-window', 'on-a-phone', 'what-a-shared-link-can-reveal'] });
  });

  it('are not given when the outline differs, saying how', () => {
    expect(anchorsFromEnglish(english, [2, 2])).toEqual({ ok: false, reason: 'has 2 headings where English has 3' });
    expect(anchorsFromEnglish(english, [2, 2, 2])).toEqual({ ok: false, reason: 'heading 2 is level 2 where English has level 3' });
  });

  it('come from the English file beside the translation', () => {
    expect(englishPageFileOf('/site/content/pages/ar/safety/staying-safe-online.mdx')).toBe('/site/content/pages/en/safety/staying-safe-online.mdx');
    expect(englishPageFileOf('/site/content/pages/en/safety/staying-safe-online.mdx')).toBeUndefined();
    expect(englishPageFileOf('/site/content/journeys/ar/scotland.yaml')).toBeUndefined();
  });
});
