import { describe, expect, it } from 'vitest';
import { groupBySection, sectionOfToolPath, toolLabelKey } from '../../src/lib/siteIndex';

const SECTIONS = ['help', 'rights', 'nrm', 'services', 'about'];

describe('the list of every page', () => {
  it('puts a tool page in its section, or under Tools', () => {
    expect(sectionOfToolPath('nrm/journey/', SECTIONS)).toBe('nrm');
    expect(sectionOfToolPath('services/', SECTIONS)).toBe('services');
    expect(sectionOfToolPath('tools/checker/', SECTIONS)).toBe('tools');
  });

  it('names a tool page label key after its path', () => {
    expect(toolLabelKey('tools/checker/')).toBe('tools-checker');
    expect(toolLabelKey('about/translation-status/')).toBe('about-translation-status');
  });

  it('groups pages in section order, each sorted by its order then path, and skips empty sections', () => {
    const groups = groupBySection(
      [
        { path: 'nrm/scotland/', title: 'Scotland', section: 'nrm', order: 5 },
        { path: 'rights/', title: 'Rights', section: 'rights', order: 1 },
        { path: 'nrm/', title: 'NRM', section: 'nrm', order: 1 },
        { path: 'nrm/children/', title: 'Children', section: 'nrm' },
        { path: 'tools/checker/', title: 'Checker', section: 'tools', order: 90 },
      ],
      [...SECTIONS, 'tools'],
    );
    expect(groups.map((group) => [group.section, group.entries.map((entry) => entry.path)])).toEqual([
      ['rights', ['rights/']],
      ['nrm', ['nrm/', 'nrm/scotland/', 'nrm/children/']],
      ['tools', ['tools/checker/']],
    ]);
  });
});
