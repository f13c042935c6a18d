import { initialShiftState, nextShiftState, SHIFT_TIMEOUT_MS, type ShiftState } from '../../lib/shiftSequence';

const HIDDEN_CLASS = 'quick-exit-active';

/** Blank the page and tab title at once, forget every answer typed, then replace this page in the history. */
function leave(root: HTMLElement, href: string): void {
  for (const form of document.forms) form.reset();
  document.dispatchEvent(new CustomEvent('waymark:exit'));
  document.title = '\u200b';
  document.documentElement.classList.add(HIDDEN_CLASS);
  const overlay = document.createElement('div');
  overlay.className = 'quick-exit-overlay';
  overlay.setAttribute('role', 'alert');
  document.body.append(overlay);
  overlay.textContent = root.dataset.textActivated ?? '';
  window.location.replace(href);
}

export function startQuickExit(): void {
  const root = document.querySelector<HTMLElement>('[data-quick-exit-root]');
  const button = root?.querySelector<HTMLAnchorElement>('[data-quick-exit]');
  const status = root?.querySelector<HTMLElement>('[data-quick-exit-status]');
  if (!root || !button || !status || document.documentElement.dataset.quickExitReady) return;
  document.documentElement.dataset.quickExitReady = 'true';
  const originalTitle = document.title;
  const href = button.href;

  for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-quick-exit]')) {
    link.addEventListener('click', (event) => {
      event.preventDefault();
      leave(root, href);
    });
  }

  let state: ShiftState = initialShiftState;
  let timer: number | undefined;
  let clearTimer: number | undefined;
  const announce = (text: string) => {
    status.textContent = text;
  };
  const stopTimers = () => {
    window.clearTimeout(timer);
    window.clearTimeout(clearTimer);
  };

  document.addEventListener(
    'keyup',
    (event) => {
      const { state: next, action } = nextShiftState(state, { key: event.key, shiftKey: event.shiftKey });
      state = next;
      if (action === 'exit') {
        stopTimers();
        announce('');
        leave(root, href);
      } else if (action === 'count') {
        stopTimers();
        root.dataset.presses = String(state.count);
        announce((state.count === 1 ? root.dataset.textTwoMore : root.dataset.textOneMore) ?? '');
        timer = window.setTimeout(() => {
          state = initialShiftState;
          root.dataset.presses = '0';
          announce(root.dataset.textTimedOut ?? '');
          clearTimer = window.setTimeout(() => announce(''), SHIFT_TIMEOUT_MS);
        }, SHIFT_TIMEOUT_MS);
      } else if (action === 'reset') {
        stopTimers();
        root.dataset.presses = '0';
        announce('');
      }
    },
    true,
  );

  // Back/forward cache: a page restored after leaving must not stay blank.
  window.addEventListener('pageshow', () => {
    document.documentElement.classList.remove(HIDDEN_CLASS);
    document.querySelectorAll('.quick-exit-overlay').forEach((overlay) => overlay.remove());
    document.title = originalTitle;
    state = initialShiftState;
    root.dataset.presses = '0';
    stopTimers();
    announce('');
  });
}
