/**
 * The editor at /admin/: Decap CMS (loaded after this file, from /admin/decap-cms.js) with Waymark's file formats,
 * editor components for the MDX blocks, and the translator's widgets. It starts by hand, once the page has loaded,
 * with the generated configuration (config.json) and the English version of every unit (english-versions.json).
 *
 * Bundled by esbuild into /admin/waymark-cms.js (scripts/lib/adminBuild.ts); no public page loads it.
 */
import { parse, stringify } from 'yaml';
import { readMdx, readYaml, writeMdx, writeYaml } from '../lib/cms/contentFiles';
import { mdxBlocks } from '../lib/cms/mdxBlocks';
import { translationStateOf, unitKeyOf, type EnglishVersions } from '../lib/cms/translationRecord';

type Element = unknown;
interface WidgetProps {
  value?: unknown;
  onChange: (value: unknown) => void;
  forID: string;
  classNameWrapper: string;
  locale?: string;
  collection: { get: (key: string) => unknown };
  entry: { get: (key: string) => unknown };
  field: { get: (key: string) => unknown };
}
interface DecapGlobals {
  CMS: {
    init: (options: { config: unknown }) => void;
    registerWidget: (name: string, control: unknown, preview?: unknown) => void;
    registerEditorComponent: (component: unknown) => void;
    registerCustomFormat: (name: string, extension: string, formatter: { fromFile: (text: string) => unknown; toFile: (data: Record<string, unknown>) => string }) => void;
  };
  h: (type: unknown, props?: Record<string, unknown> | null, ...children: unknown[]) => Element;
  createClass: (spec: Record<string, unknown>) => unknown;
  CMS_MANUAL_INIT?: boolean;
}

const page = window as unknown as DecapGlobals;
page.CMS_MANUAL_INIT = true;

interface Config {
  i18n: { default_locale: string };
  collections: { name: string; fields?: { name: string; options?: string[] }[] }[];
}

function registerFormats(): void {
  const { CMS } = page;
  CMS.registerCustomFormat('waymark-yaml', 'yaml', { fromFile: readYaml, toFile: writeYaml });
  CMS.registerCustomFormat('waymark-mdx', 'mdx', { fromFile: readMdx, toFile: writeMdx });
}

function registerBlocks(config: Config): void {
  const nations = config.collections.find((collection) => collection.name === 'pages')?.fields?.find((field) => field.name === 'nations')?.options ?? [];
  for (const block of mdxBlocks(nations)) {
    page.CMS.registerEditorComponent({
      id: block.id,
      label: block.label,
      fields: block.fields,
      pattern: block.pattern,
      fromBlock: block.fromBlock,
      toBlock: block.toBlock,
      toPreview: (data: Record<string, string>) => block.toBlock(data),
    });
  }
}

/** The translator's widgets: the English version a translation follows, and its status. */
function registerTranslationWidgets(config: Config, versions: EnglishVersions): void {
  const { h, createClass, CMS } = page;
  const english = config.i18n.default_locale;
  const note = (props: WidgetProps, text: string) => h('p', { className: props.classNameWrapper, id: props.forID }, text);

  CMS.registerWidget('waymark-translated-from', createClass({
    render(this: { props: WidgetProps }) {
      const { props } = this;
      if (props.locale === english) return note(props, 'English is the source: nothing to record here.');
      const key = unitKeyOf(String(props.collection.get('name')), String(props.entry.get('slug')));
      const current = key ? versions[key] : undefined;
      const recorded = typeof props.value === 'string' ? props.value : undefined;
      const state = translationStateOf(recorded, current);
      const words = {
        current: 'Current: this translation follows the English as it is now.',
        stale: 'Out of date: the English changed since this translation was made. Update the words, then mark it as current.',
        missing: 'Not recorded: no one has said which English this follows. Check it against the English, then mark it as current.',
        unknown: 'This text has no English version to follow.',
      } as const;
      return h('div', { className: props.classNameWrapper, 'data-translation-state': state },
        h('p', { id: `${props.forID}-state` }, words[state]),
        h('p', null, `English version now: ${current ?? '–'} · this translation follows: ${recorded ?? '–'}`),
        current && state !== 'current'
          ? h('button', { type: 'button', id: props.forID, 'aria-describedby': `${props.forID}-state`, onClick: () => props.onChange(current) }, 'Mark as current (I updated it to match the English)')
          : null);
    },
  }));

  CMS.registerWidget('waymark-status', createClass({
    render(this: { props: WidgetProps }) {
      const { props } = this;
      if (props.locale === english) return note(props, 'English is the source: it has no translation status.');
      const options = (props.field.get('options') as { toJS?: () => string[] } | undefined)?.toJS?.() ?? [];
      const value = typeof props.value === 'string' ? props.value : '';
      // Nothing is chosen for the translator: the status changes only when a person picks one.
      return h('select', { id: props.forID, className: props.classNameWrapper, value, onChange: (event: { target: { value: string } }) => props.onChange(event.target.value) },
        h('option', { value: '' }, '(not set)'),
        ...options.map((option) => h('option', { value: option, key: option }, option)));
    },
  }));
}

/** A map of ids to lists (a checker rule's conditions), edited as YAML text. */
function registerYamlWidget(): void {
  const { h, createClass, CMS } = page;
  CMS.registerWidget('waymark-yaml', createClass({
    getInitialState(this: { props: WidgetProps }) {
      const value = (this.props.value as { toJS?: () => unknown } | undefined)?.toJS?.() ?? this.props.value;
      return { text: value === undefined ? '' : stringify(value, { flowCollectionPadding: false }), error: '' };
    },
    isValid(this: { state: { error: string } }) {
      return this.state.error ? { error: { message: this.state.error } } : true;
    },
    render(this: { props: WidgetProps; state: { text: string; error: string }; setState: (state: object) => void }) {
      const { props, state } = this;
      return h('textarea', {
        id: props.forID, className: props.classNameWrapper, rows: 4, value: state.text,
        onChange: (event: { target: { value: string } }) => {
          const text = event.target.value;
          try {
            props.onChange(parse(text));
            this.setState({ text, error: '' });
          } catch (error) {
            this.setState({ text, error: `not YAML: ${(error as Error).message}` });
          }
        },
      });
    },
  }));
}

type EnglishPages = Record<string, { title: string; summary: string; body: string }>;

/** The English page beside its translation: title, summary and text, as they are now. */
function registerEnglishWidget(pages: EnglishPages): void {
  const { h, createClass, CMS } = page;
  CMS.registerWidget('waymark-english', createClass({
    render(this: { props: WidgetProps }) {
      const { props } = this;
      const english = pages[String(props.entry.get('slug'))];
      if (!english) return h('p', { id: props.forID, className: props.classNameWrapper }, 'There is no English page with this name.');
      return h('details', { id: props.forID, className: props.classNameWrapper, open: true, lang: 'en', dir: 'ltr', 'data-english-page': '' },
        h('summary', null, english.title),
        h('p', null, h('strong', null, english.summary)),
        h('pre', { style: { whiteSpace: 'pre-wrap', font: 'inherit', maxHeight: '24rem', overflow: 'auto' } }, english.body));
    },
  }));
}

/**
 * Page text opens in Decap's plain text editor, which keeps every character as written; the rich text editor (where
 * the blocks are inserted from a list) rewrites the whole text in its own style, e.g. "*" for "-" in lists.
 * Decap remembers the last choice in this browser.
 */
const MARKDOWN_MODE_KEY = 'cms.md-mode';

async function start(): Promise<void> {
  if (!localStorage.getItem(MARKDOWN_MODE_KEY)) localStorage.setItem(MARKDOWN_MODE_KEY, 'raw');
  const json = <T>(file: string) => fetch(file).then((response) => response.json() as Promise<T>);
  const [config, versions, englishPages] = await Promise.all([json<Config>('config.json'), json<EnglishVersions>('english-versions.json'), json<EnglishPages>('english-pages.json')]);
  registerEnglishWidget(englishPages);
  registerFormats();
  registerBlocks(config);
  registerTranslationWidgets(config, versions);
  registerYamlWidget();
  page.CMS.init({ config: { ...config, load_config_file: false } });
}

window.addEventListener('load', () => {
  void start();
});
