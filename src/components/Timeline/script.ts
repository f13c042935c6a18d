/**
 * The personal timeline in the browser: reads the form, works out the key dates on the device (src/lib/timeline.ts)
 * and shows them from the page's own templates. Answers live only in this function's memory and the form: nothing
 * is stored, nothing goes in the address, and everything is wiped on the quick exit or when the page is left.
 */
import { calendarDateOfLocal, formatCalendarDate, parseIsoDate, toIsoDate } from '../../lib/dates';
import { buildTimeline, TIMELINE_NATIONS, type TimelineAnswers, type TimelineNation, type Timeline } from '../../lib/timeline';
import { timelineFactsFromScript, type ScriptFact } from '../../lib/timelineWords';
import { formatWithPattern, parseDatePattern } from '../../lib/datePattern';

const FIELDS = ['referral', 'reasonableGrounds', 'conclusiveGrounds', 'crime', 'employmentEnded'] as const;
type Field = (typeof FIELDS)[number];

/** Fetches the timeline's page part (TimelineDates.astro) and returns its element; the page rendered without it. */
async function fetchDatesPart(address: string): Promise<HTMLElement> {
  const response = await fetch(address, { credentials: 'omit', cache: 'force-cache' });
  if (!response.ok) throw new Error(`${address}: ${response.status}`);
  const template = document.createElement('template');
  template.innerHTML = await response.text();
  const part = template.content.querySelector<HTMLElement>('[data-page-part="timeline-dates"]');
  if (!part) throw new Error(`${address}: no timeline dates part`);
  return part;
}

export function startTimeline(): void {
  const root = document.querySelector<HTMLElement>('[data-timeline]');
  const form = root?.querySelector<HTMLFormElement>('[data-timeline-form]');
  const results = root?.querySelector<HTMLElement>('[data-timeline-results]');
  const list = results?.querySelector<HTMLElement>('[data-key-dates]');
  const problemList = results?.querySelector<HTMLElement>('[data-problems]');
  const noDates = results?.querySelector<HTMLElement>('[data-no-dates]');
  const heading = results?.querySelector<HTMLElement>('h2');
  if (!root || !form || !results || !list || !problemList || !noDates || !heading) return;

  const locale = root.dataset.locale || document.documentElement.lang;
  const datePattern = parseDatePattern(root.dataset.datePattern);
  const formatDate = (date: Date) => (datePattern ? formatWithPattern(date, datePattern) : formatCalendarDate(date, locale));
  // The facts and templates come with the page part, fetched now; answers given while it loads wait for it.
  const notice = root.querySelector<HTMLElement>('[data-timeline-nojs]')!;
  const loading = fetchDatesPart(root.dataset.dates ?? '').then((part) => {
    root.append(part);
    return timelineFactsFromScript(JSON.parse(part.dataset.facts ?? '{}') as Record<string, ScriptFact>);
  });
  loading.catch(() => {
    // Without the facts no date can be worked out: the notice comes back, and the rules below still say it all.
    form.hidden = true;
    notice.hidden = false;
  });
  const inputOf = (field: Field) => form.querySelector<HTMLInputElement>(`[data-field="${field}"]`)!;
  const errorOf = (field: Field | 'nation') => form.querySelector<HTMLElement>(`[data-error-for="${field}"]`)!;
  const template = (selector: string) => root.querySelector<HTMLTemplateElement>(`template${selector}`)!.content.cloneNode(true) as DocumentFragment;

  notice.hidden = true;
  // The form takes the notice's place, which was as big as the form from the first paint: nothing moves.
  form.hidden = false;

  const setError = (field: Field | 'nation', on: boolean) => {
    errorOf(field).hidden = !on;
    const targets = field === 'nation' ? [...form.querySelectorAll<HTMLInputElement>('[data-nation-choice]')] : [inputOf(field)];
    for (const input of targets) {
      const hint = field === 'nation' ? [] : [`tl-${field}-hint`];
      input.setAttribute('aria-describedby', [...hint, ...(on ? [errorOf(field).id] : [])].join(' '));
      if (on) input.setAttribute('aria-invalid', 'true');
      else input.removeAttribute('aria-invalid');
    }
  };

  const clearResults = () => {
    list.replaceChildren();
    problemList.replaceChildren();
    noDates.hidden = true;
    results.hidden = true;
  };
  const clearAll = () => {
    clearResults();
    setError('nation', false);
    for (const field of FIELDS) setError(field, false);
  };

  const show = (timeline: Timeline) => {
    clearResults();
    for (const problem of timeline.problems) problemList.append(template(`[data-problem="${problem}"]`));
    noDates.hidden = timeline.keyDates.length > 0;
    for (const keyDate of timeline.keyDates) {
      const item = template(`[data-key-date="${keyDate.id}"][data-nation="${keyDate.nation}"]`);
      item.querySelectorAll<HTMLElement>('[data-basis]').forEach((line) => {
        if (line.dataset.basis !== keyDate.basis) line.remove();
      });
      const time = item.querySelector<HTMLTimeElement>('[data-date]');
      if (time && keyDate.date) {
        time.dateTime = toIsoDate(keyDate.date);
        time.textContent = formatDate(keyDate.date);
      }
      if (!keyDate.passed) item.querySelector('[data-passed]')?.remove();
      if (!keyDate.askAdviser) item.querySelector('[data-adviser]')?.remove();
      list.append(item);
    }
    results.hidden = false;
    heading.focus();
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearAll();
    const chosen = form.querySelector<HTMLInputElement>('[data-nation-choice]:checked')?.value;
    const nation = TIMELINE_NATIONS.find((candidate) => candidate === chosen) as TimelineNation | undefined;
    const invalid: HTMLElement[] = [];
    if (!nation) {
      setError('nation', true);
      invalid.push(form.querySelector<HTMLInputElement>('[data-nation-choice]')!);
    }
    const answers: Omit<TimelineAnswers, 'nation'> = {};
    for (const field of FIELDS) {
      const input = inputOf(field);
      const text = input.value.trim();
      const date = text ? parseIsoDate(text) : undefined;
      if ((text && !date) || input.validity.badInput) {
        setError(field, true);
        invalid.push(input);
      } else if (date) answers[field] = date;
    }
    if (invalid.length > 0 || !nation) {
      invalid[0]?.focus();
      return;
    }
    const today = calendarDateOfLocal(new Date());
    loading.then((facts) => show(buildTimeline({ ...answers, nation }, facts, today)), () => undefined);
  });

  form.addEventListener('reset', clearAll);
  // The quick exit resets every form and then fires this; leaving the page any other way wipes the answers too.
  document.addEventListener('waymark:exit', () => {
    form.reset();
    clearAll();
  });
  window.addEventListener('pagehide', () => {
    form.reset();
    clearAll();
  });
}
