import { speechChunks, voiceForLanguage } from '../../lib/readAloud';

/** Text outside these is read aloud; the tools, page notes and hidden parts are not. */
const NOT_READ = '[data-pagefind-ignore],[data-page-tools],[hidden],[aria-hidden="true"],script,style,template';
const BLOCKS = 'h1,h2,h3,h4,h5,h6,p,li,dt,dd,th,td,caption,figcaption,blockquote,summary,pre,div,section,aside';

/** The main text, one string per block, in reading order. */
function mainTextBlocks(main: HTMLElement): string[] {
  const blocks: string[] = [];
  const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
  let block: Element | null = null;
  let text = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.closest(NOT_READ)) continue;
    const own = parent.closest(BLOCKS);
    if (own !== block) {
      blocks.push(text);
      text = '';
      block = own;
    }
    text += node.nodeValue ?? '';
  }
  blocks.push(text);
  return blocks;
}

function startShare(root: HTMLElement, say: (text: string) => void): void {
  const { shareTitle: title = '', shareText: text = '', shareUrl: url = '' } = root.dataset;
  const shareButton = root.querySelector<HTMLButtonElement>('[data-share]');
  const whatsApp = root.querySelector<HTMLElement>('[data-whatsapp]');
  const address = root.querySelector<HTMLElement>('[data-share-address]');
  const copyButton = root.querySelector<HTMLButtonElement>('[data-copy]');
  if (!shareButton || !whatsApp || !address || !copyButton) return;
  if (typeof navigator.share === 'function') {
    shareButton.hidden = false;
    whatsApp.hidden = true;
    address.hidden = true;
    // A closed share sheet rejects the promise; there is nothing to tell the reader.
    shareButton.addEventListener('click', () => navigator.share({ title, text, url }).catch(() => undefined));
  } else if (typeof navigator.clipboard?.writeText === 'function') {
    copyButton.hidden = false;
    address.hidden = true;
    copyButton.addEventListener('click', () => {
      navigator.clipboard.writeText(url).then(
        () => say(root.dataset.textCopied ?? ''),
        () => {
          // The address takes the button's place (they share one), to be copied by hand.
          copyButton.hidden = true;
          address.hidden = false;
          say(root.dataset.textCopyFailed ?? '');
        },
      );
    });
  }
}

type ReadState = 'idle' | 'speaking' | 'paused';

function startReadAloud(root: HTMLElement): () => void {
  const box = root.querySelector<HTMLElement>('[data-read]');
  const toggle = root.querySelector<HTMLButtonElement>('[data-read-toggle]');
  const stopButton = root.querySelector<HTMLButtonElement>('[data-read-stop]');
  const main = document.querySelector<HTMLElement>('main');
  const synth = window.speechSynthesis as SpeechSynthesis | undefined;
  if (!box || !toggle || !stopButton || !main || !synth || typeof SpeechSynthesisUtterance === 'undefined') return () => undefined;
  const lang = main.lang || document.documentElement.lang;
  let voice: SpeechSynthesisVoice | undefined;
  let state: ReadState = 'idle';
  let session = 0;

  const show = (next: ReadState) => {
    state = next;
    toggle.textContent = (next === 'idle' ? root.dataset.textRead : next === 'speaking' ? root.dataset.textPause : root.dataset.textResume) ?? '';
    stopButton.hidden = next === 'idle';
  };
  const stop = () => {
    session += 1;
    if (state !== 'idle') synth.cancel();
    show('idle');
  };
  const findVoice = () => {
    voice = voiceForLanguage(synth.getVoices(), lang);
    box.hidden = !voice;
    if (!voice) stop();
  };

  toggle.addEventListener('click', () => {
    if (state === 'speaking') {
      synth.pause();
      show('paused');
    } else if (state === 'paused') {
      synth.resume();
      show('speaking');
    } else if (voice) {
      const current = ++session;
      synth.cancel();
      const chunks = speechChunks(mainTextBlocks(main));
      chunks.forEach((chunk, index) => {
        const utterance = new SpeechSynthesisUtterance(chunk);
        utterance.lang = voice!.lang;
        utterance.voice = voice!;
        if (index === chunks.length - 1) utterance.addEventListener('end', () => current === session && show('idle'));
        utterance.addEventListener('error', () => current === session && stop());
        synth.speak(utterance);
      });
      show(chunks.length ? 'speaking' : 'idle');
    }
  });
  stopButton.addEventListener('click', () => {
    stop();
    toggle.focus();
  });
  findVoice();
  synth.addEventListener?.('voiceschanged', findVoice);
  window.addEventListener('pagehide', stop);
  return stop;
}

export function startPageTools(): void {
  const root = document.querySelector<HTMLElement>('[data-page-tools]');
  const status = root?.querySelector<HTMLElement>('[data-tools-status]');
  if (!root || !status) return;
  const say = (text: string) => {
    status.textContent = text;
  };
  startShare(root, say);
  const stopReading = startReadAloud(root);
  // The quick exit: stop speaking at once and forget what the tools said.
  document.addEventListener('waymark:exit', () => {
    stopReading();
    say('');
  });
}
