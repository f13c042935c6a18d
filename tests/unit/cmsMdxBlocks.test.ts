/** The editor components read every MDX block the English pages use, and write it back as it was. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mdxBlocks } from '../../src/lib/cms/mdxBlocks';
import { SYSTEMS } from '../../src/content/schemas';
import { filesUnder } from '../../scripts/lib/files.ts';

const MDX_BLOCKS = mdxBlocks(SYSTEMS);
const bodies = filesUnder('content/pages/en', '.mdx').map((file) => readFileSync(file, 'utf8'));
const unanchored = (pattern: RegExp) => new RegExp(pattern.source.replace(/^\^/, '').replace(/\$$/, ''), 'g');

describe('editor components for the MDX blocks', () => {
  for (const block of MDX_BLOCKS) {
    it(`${block.id}: every use on an English page reads back to the same text`, () => {
      const uses = bodies.flatMap((body) => [...body.matchAll(unanchored(block.pattern))]);
      expect(uses.length).toBeGreaterThan(0);
      for (const use of uses) {
        expect(use[0]).toMatch(block.pattern);
        expect(block.toBlock(block.fromBlock(use))).toBe(use[0]);
      }
    });
  }

  it('chooses a fact, a service or a term from the entries that exist', () => {
    for (const id of ['fact', 'contact', 'service', 'term']) {
      expect(MDX_BLOCKS.find((block) => block.id === id)!.fields[0]).toMatchObject({ name: 'id', widget: 'relation' });
    }
  });
});
