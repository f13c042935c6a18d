/**
 * Turns the checker form into live results. Answers live in this closure only: nothing is stored, nothing goes in the
 * URL (the form never submits), and the quick exit (`waymark:exit`) wipes them.
 */
import { answerParts, checkAnswers, joinAnswers, NOT_SURE, type CheckerResults, type CheckerRules, type Result } from '../../lib/checker/engine';
import { whoCanHelp, type ServiceReach } from '../../lib/checker/whoCanHelp';

interface Island {
  rules: CheckerRules;
  services: Record<string, ServiceReach>;
  reasons: Record<string, string>;
  /** The language whose plural rules pick the form of `counts`. */
  plural: string;
  /** Plural category (one, few, other …) → sentence with {{count}}. */
  counts: { yes: Record<string, string>; maybe: Record<string, string> };
  text: Record<'status' | 'progress' | 'basis' | 'helpsWith' | 'forEveryone' | 'separator' | 'change' | 'changeWhich', string>;
}

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => String(values[name] ?? whole));

/** Fetches the results part (CheckerResultsData) and returns its element; the page rendered without it. */
async function fetchResultsPart(address: string): Promise<HTMLElement> {
  const response = await fetch(address, { credentials: 'omit', cache: 'force-cache' });
  if (!response.ok) throw new Error(`${address}: ${response.status}`);
  // A <template> parses without running anything; the JSON island inside stays data.
  const template = document.createElement('template');
  template.innerHTML = await response.text();
  const part = template.content.querySelector<HTMLElement>('[data-page-part="checker-results"]');
  if (!part) throw new Error(`${address}: no checker results part`);
  return part;
}

export function startChecker(): void {
  const root = document.querySelector<HTMLElement>('[data-checker]');
  const form = root?.querySelector<HTMLFormElement>('[data-checker-form]');
  if (!root || !form || !root.dataset.results || root.dataset.ready) return;
  root.dataset.ready = 'true';
  const app = root.querySelector<HTMLElement>('[data-checker-app]')!;
  const table = root.querySelector<HTMLElement>('[data-checker-table]')!;
  root.querySelector<HTMLElement>('[data-checker-nojs]')!.hidden = true;
  table.hidden = true;
  app.hidden = false;
  fetchResultsPart(root.dataset.results).then(
    (part) => {
      app.append(part);
      runChecker(root, form, part);
    },
    () => {
      // Without the results the questions lead nowhere: the table of what you get at each stage stands in.
      app.hidden = true;
      table.hidden = false;
    },
  );
}

/** Runs the checker once its results part is in the page; answers given while it loaded count. */
function runChecker(root: HTMLElement, form: HTMLFormElement, part: HTMLElement): void {
  const island = JSON.parse(part.querySelector('[data-checker-rules]')?.textContent ?? '{}') as Island;
  const find = <T extends HTMLElement = HTMLElement>(selector: string) => root.querySelector<T>(selector)!;
  const store = part.querySelector<HTMLElement>('[data-checker-store]')!;
  const section = find('[data-checker-results]');
  const heading = find('#checker-results-title');
  const status = find('[data-checker-status]');
  const summary = find('[data-checker-answers]');
  const fieldsets = [...form.querySelectorAll<HTMLFieldSetElement>('[data-question]')];
  const fieldsetOf = (question: string) => fieldsets.find((fieldset) => fieldset.dataset.question === question);
  const labelOf = (question: string, answer: string) => answerParts(answer)
    .map((part) => root.querySelector(`label[for="checker-${question}-${part}"]`)?.textContent?.trim() ?? part)
    .join(island.text.separator);
  const shortOf = (question: string) => fieldsetOf(question)?.dataset.short ?? question;
  const titleOf = (id: string) => root.querySelector(`[data-entitlement="${id}"] h4`)?.textContent ?? id;

  const plural = new Intl.PluralRules(island.plural);
  const countOf = (group: 'yes' | 'maybe', count: number) =>
    fill(island.counts[group][plural.select(count)] ?? island.counts[group].other ?? '', { count });

  /** The answers the form holds now (radios and "all that apply" boxes), read once when the checker starts. */
  function answersInForm(): Record<string, string> {
    const found: Record<string, string> = {};
    for (const question of island.rules.questions) {
      const chosen = [...form.querySelectorAll<HTMLInputElement>(`input[name="${question.id}"]:checked`)].map((input) => input.value);
      const joined = chosen.length > 0 ? joinAnswers(question, chosen) : undefined;
      if (joined) found[question.id] = joined;
    }
    return found;
  }

  let answers: Record<string, string> = answersInForm();
  let announceTimer: number | undefined;
  let lastAnnounced = '';


  function describe(result: Result): string {
    if (result.basis.length === 0) return island.text.forEveryone;
    const said = result.basis.map(({ question, answer }) => `${shortOf(question)}: ${labelOf(question, answer)}`);
    return fill(island.text.basis, { answers: said.join(island.text.separator) });
  }

  function place(list: string, items: HTMLElement[]) {
    const target = find(`[data-list="${list}"]`);
    target.append(...items);
    target.closest<HTMLElement>('[data-group]')!.querySelector<HTMLElement>('[data-empty]')!.hidden = items.length > 0;
  }

  function showSummary(results: CheckerResults) {
    summary.replaceChildren(
      ...results.asked.filter((question) => results.answers[question.id]).map((question) => {
        const item = document.createElement('li');
        const button = document.createElement('button');
        const which = document.createElement('span');
        item.append(`${shortOf(question.id)}: ${labelOf(question.id, results.answers[question.id]!)} `, button);
        button.type = 'button';
        button.className = 'checker__change';
        button.append(island.text.change, ' ', which);
        which.className = 'visually-hidden';
        which.textContent = fill(island.text.changeWhich, { question: shortOf(question.id) });
        button.addEventListener('click', () => {
          const fieldset = fieldsetOf(question.id);
          const radio = fieldset?.querySelector<HTMLInputElement>('input:checked') ?? fieldset?.querySelector<HTMLInputElement>('input');
          fieldset?.scrollIntoView({ block: 'start' });
          radio?.focus();
        });
        return item;
      }),
    );
  }

  /** Shows the questions that matter now and, unless `withResults` is false, the results for the answers so far. */
  function render(announce: boolean, withResults = true) {
    const results = checkAnswers(island.rules, answers);
    const asked = new Set(results.asked.map((question) => question.id));
    for (const fieldset of fieldsets) fieldset.hidden = !asked.has(fieldset.dataset.question!);

    store.append(...section.querySelectorAll<HTMLElement>('[data-entitlement], [data-helper]'));
    if (!withResults) return;
    for (const level of ['yes', 'maybe', 'no'] as const) {
      place(level, results[level].map((result) => {
        const item = store.querySelector<HTMLElement>(`[data-entitlement="${result.id}"]`)!;
        item.querySelector('[data-why]')!.textContent = island.reasons[result.because] ?? '';
        item.querySelector('[data-basis]')!.textContent = describe(result);
        return item;
      }));
    }
    find('[data-group="no"]').hidden = results.no.length === 0;
    place('help', whoCanHelp(island.rules, results, island.services, results.answers).map((helper) => {
      const item = store.querySelector<HTMLElement>(`[data-helper="${helper.service}"]`)!;
      item.querySelector('[data-helps-with]')!.textContent = fill(island.text.helpsWith, {
        items: helper.helpsWith.map(titleOf).join(island.text.separator),
      });
      return item;
    }));
    showSummary(results);
    find('[data-checker-progress]').textContent = fill(island.text.progress, { answered: results.answeredCount, asked: results.asked.length });

    const message = fill(island.text.status, {
      yes: countOf('yes', results.yes.length),
      maybe: countOf('maybe', results.maybe.length),
    });
    window.clearTimeout(announceTimer);
    if (announce && message !== lastAnnounced) {
      // Wait until the person stops moving through the options, so each arrow key press is not read out.
      announceTimer = window.setTimeout(() => {
        status.textContent = message;
        lastAnnounced = message;
      }, 900);
    }
  }

  function clear() {
    window.clearTimeout(announceTimer);
    answers = {};
    lastAnnounced = '';
    form!.reset();
    store.append(...section.querySelectorAll<HTMLElement>('[data-entitlement], [data-helper]'));
    for (const element of store.querySelectorAll('[data-why], [data-basis], [data-helps-with]')) element.textContent = '';
    summary.replaceChildren();
    status.textContent = '';
    section.hidden = true;
    render(false, false);
  }

  form.addEventListener('submit', (event) => event.preventDefault());
  form.addEventListener('change', (event) => {
    const input = event.target as HTMLInputElement;
    if (input.type === 'checkbox') {
      // "All that apply": "not sure" stands alone, so choosing it clears the others and the others clear it.
      const boxes = [...form.querySelectorAll<HTMLInputElement>(`input[name="${input.name}"]`)];
      for (const box of boxes) if (input.checked && box !== input && (input.value === NOT_SURE || box.value === NOT_SURE)) box.checked = false;
      const question = island.rules.questions.find((candidate) => candidate.id === input.name);
      const joined = question && joinAnswers(question, boxes.filter((box) => box.checked).map((box) => box.value));
      const { [input.name]: _dropped, ...others } = answers;
      answers = joined ? { ...others, [input.name]: joined } : others;
    } else {
      if (input.type !== 'radio' || !input.checked) return;
      answers = { ...answers, [input.name]: input.value };
    }
    section.hidden = false;
    render(true);
  });
  find('[data-checker-show]').addEventListener('click', () => {
    section.hidden = false;
    render(false);
    heading.focus();
  });
  find('[data-checker-clear]').addEventListener('click', () => {
    clear();
    fieldsets[0]?.querySelector<HTMLInputElement>('input')?.focus();
  });
  find('[data-checker-print]').addEventListener('click', () => window.print());
  document.addEventListener('waymark:exit', clear);
  if (Object.keys(answers).length > 0) {
    section.hidden = false;
    render(false);
  } else render(false, false);
}
