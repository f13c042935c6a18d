/**
 * A built page as a small element tree, parsed by htmlparser2 (entities decoded), so the checks read attributes
 * and text the way a browser would, and can name the element they found a problem on.
 */
import { Parser } from 'htmlparser2';

export interface HtmlElement {
  name: string;
  attributes: Record<string, string>;
  children: HtmlNode[];
  parent: HtmlElement | undefined;
}
export interface HtmlText {
  text: string;
  parent: HtmlElement;
}
export type HtmlNode = HtmlElement | HtmlText;

export interface BuiltPage {
  /** The URL path the page is served at: `/en/rights/`, `/`, `/404.html`. */
  path: string;
  root: HtmlElement;
  /** Every element, in document order. */
  elements: HtmlElement[];
  /** Every id on the page, which a `#fragment` may point to. */
  ids: Set<string>;
}

export const isElement = (node: HtmlNode): node is HtmlElement => 'name' in node;

export function parsePage(path: string, html: string): BuiltPage {
  const root: HtmlElement = { name: '#document', attributes: {}, children: [], parent: undefined };
  const elements: HtmlElement[] = [];
  const ids = new Set<string>();
  let current = root;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const element: HtmlElement = { name, attributes, children: [], parent: current };
        current.children.push(element);
        elements.push(element);
        if (attributes.id !== undefined) ids.add(attributes.id);
        current = element;
      },
      ontext(text) {
        // The parser hands text over in pieces (at each entity); a reader sees one run.
        const last = current.children.at(-1);
        if (last && !isElement(last)) last.text += text;
        else current.children.push({ text, parent: current });
      },
      onclosetag() {
        current = current.parent ?? root;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  return { path, root, elements, ids };
}

/** All the text inside an element, as a reader gets it. */
export function textOf(element: HtmlElement): string {
  return element.children.map((child) => (isElement(child) ? textOf(child) : child.text)).join('');
}

/** Every text node of the page, with the element it sits in. */
export function textNodes(page: BuiltPage): HtmlText[] {
  const found: HtmlText[] = [];
  const visit = (element: HtmlElement) => {
    for (const child of element.children) {
      if (isElement(child)) visit(child);
      else found.push(child);
    }
  };
  visit(page.root);
  return found;
}

/** The nearest element (itself included) with this tag name. */
export function closest(element: HtmlElement | undefined, name: string): HtmlElement | undefined {
  for (let at = element; at; at = at.parent) if (at.name === name) return at;
  return undefined;
}

const NAMING_ATTRIBUTES = ['id', 'class', 'href', 'src', 'rel', 'hreflang', 'name', 'property', 'http-equiv', 'type'];

/** A short tag that names an element in a report: `<a href="/en/x/#y" class="tel">`. */
export function describeElement(element: HtmlElement): string {
  const shown = NAMING_ATTRIBUTES.filter((name) => element.attributes[name] !== undefined).map((name) => {
    const value = element.attributes[name]!;
    return `${name}="${value.length > 80 ? `${value.slice(0, 77)}…` : value}"`;
  });
  return `<${[element.name, ...shown].join(' ')}>`;
}
