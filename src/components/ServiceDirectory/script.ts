/**
 * Instant filtering for the directory. The choices live in this closure only: never in the URL, never in storage,
 * and they are forgotten on the quick exit (`waymark:exit`).
 */
import { fillPlural } from '../../lib/pluralTemplate';
import { filterFromValues, matchesFilter, type ServiceFacets, type ServiceFilter } from '../../lib/serviceFilters';

type Facets = ServiceFacets & { id: string };

/** A card's facets; its kinds of help are the groups it sits in (`needsOf`), which the card does not repeat. */
function facetsOf(card: HTMLElement, needsOf: Map<string, Facets['needs']>): Facets {
  const words = (value: string | undefined) => (value ? value.split(' ').filter(Boolean) : []);
  const id = card.dataset.service ?? '';
  return {
    id,
    nations: words(card.dataset.nations) as Facets['nations'],
    needs: needsOf.get(id) ?? [],
    audience: words(card.dataset.audience) as Facets['audience'],
    selfContact: card.dataset.selfContact !== undefined,
  };
}

/** Fills a plural template rendered at build time (`data-count-one="{count} service shown, out of {total}."`). */
function pluralText(host: HTMLElement, prefix: string, count: number, values: Record<string, string> = {}): string {
  return fillPlural((category) => host.getAttribute(`data-${prefix}-${category}`) ?? undefined, host.dataset.locale ?? 'en', count, values);
}

export function startServiceFilter(): void {
  const form = document.querySelector<HTMLFormElement>('[data-svc-filter]');
  const status = form?.querySelector<HTMLElement>('[data-filter-status]');
  const none = form?.querySelector<HTMLElement>('[data-filter-none]');
  if (!form || !status || !none || form.dataset.ready) return;
  form.dataset.ready = 'true';

  const field = <T extends HTMLElement>(name: string) => form.querySelector<T>(`[data-filter="${name}"]`)!;
  const nation = field<HTMLSelectElement>('nation');
  const need = field<HTMLSelectElement>('need');
  const audience = field<HTMLSelectElement>('audience');
  const selfContact = field<HTMLInputElement>('selfContactOnly');
  const optionValues = (select: HTMLSelectElement) => [...select.options].map((option) => option.value).filter(Boolean);
  const allowed = { nations: optionValues(nation), needs: optionValues(need), audiences: optionValues(audience) };

  const groups = [...document.querySelectorAll<HTMLElement>('[data-service-groups] [data-group]')];
  const needsOf = new Map<string, Facets['needs']>();
  for (const group of groups) {
    for (const card of group.querySelectorAll<HTMLElement>('[data-service]')) {
      needsOf.set(card.dataset.service!, [...(needsOf.get(card.dataset.service!) ?? []), group.dataset.group as Facets['needs'][number]]);
    }
  }
  const cards = [...document.querySelectorAll<HTMLElement>('[data-service-groups] [data-service]')].map((card) => ({ card, facets: facetsOf(card, needsOf) }));
  const jumps = new Map([...document.querySelectorAll<HTMLElement>('[data-jump]')].map((item) => [item.dataset.jump!, item]));
  const groupCounts = new Map([...document.querySelectorAll<HTMLElement>('[data-group-count]')].map((item) => [item.dataset.groupCount!, item]));
  const mapButtons = [...document.querySelectorAll<SVGAElement>('[data-map-nation]')];
  const total = new Set(cards.map(({ facets }) => facets.id)).size;
  const locale = form.dataset.locale ?? 'en';

  const currentFilter = (): ServiceFilter =>
    filterFromValues({ nation: nation.value, need: need.value, audience: audience.value, selfContactOnly: selfContact.checked }, allowed);

  /** Shows the cards that match; `userChange` says the reader caused it, so the new count is spoken. */
  const apply = (userChange: boolean) => {
    const filter = currentFilter();
    const shown = new Set<string>();
    for (const { card, facets } of cards) {
      const visible = matchesFilter(facets, filter);
      card.hidden = !visible;
      if (visible) shown.add(facets.id);
    }
    for (const group of groups) {
      const groupNeed = group.dataset.group!;
      // A service is in every group it meets; with a need chosen, only that need's group is shown.
      const visible = filter.need && filter.need !== groupNeed ? 0 : group.querySelectorAll('[data-service]:not([hidden])').length;
      group.hidden = visible === 0;
      const jump = jumps.get(groupNeed);
      if (jump) jump.hidden = visible === 0;
      const count = groupCounts.get(groupNeed);
      if (count) count.textContent = `(${pluralText(form, 'group', visible)})`;
    }
    for (const button of mapButtons) button.setAttribute('aria-pressed', String(button.dataset.mapNation === filter.nation));
    none.hidden = shown.size > 0;
    const text = pluralText(form, 'count', shown.size, { total: new Intl.NumberFormat(locale).format(total) });
    // The live region speaks what the reader changed; a page (re)showing itself stays quiet.
    if (userChange || status.textContent !== text) status.textContent = text;
  };

  form.addEventListener('change', () => apply(true));
  form.addEventListener('submit', (event) => event.preventDefault());
  // The reset event fires before the fields are cleared.
  form.addEventListener('reset', () => window.setTimeout(() => apply(true), 0));
  /** Back to "everything", without the reset event (which speaks the count). */
  const clearQuietly = () => {
    for (const select of [nation, need, audience]) select.value = '';
    selfContact.checked = false;
    apply(false);
  };
  document.addEventListener('waymark:exit', clearQuietly);

  for (const button of mapButtons) {
    // The nation links become toggle buttons: press once to choose the nation, again to show all nations.
    button.setAttribute('role', 'button');
    if (button.dataset.buttonLabel) button.setAttribute('aria-label', button.dataset.buttonLabel);
    const choose = (event: Event) => {
      event.preventDefault();
      const chosen = button.dataset.mapNation ?? '';
      nation.value = nation.value === chosen ? '' : chosen;
      apply(true);
    };
    button.addEventListener('click', choose);
    button.addEventListener('keydown', (event) => {
      if (event.key === ' ') choose(event);
    });
  }

  // Browsers may restore old form values when going back; start clean every time the page is shown.
  window.addEventListener('pageshow', clearQuietly);

  // The page is built with the first count, so the form appears (in the room it kept) without a word spoken.
  apply(false);
  form.hidden = false;
}
