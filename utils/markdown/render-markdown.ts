import createDOMPurify, { type Config, type DOMPurify } from 'dompurify';
import { Marked, type Tokens } from 'marked';
import { articleIdFromHref } from '../knowledge/article-links';
import { splitFrontmatter } from '../knowledge/frontmatter';

/** Attribute carrying the id of the article an in-panel link opens. */
export const ARTICLE_LINK_ATTRIBUTE = 'data-article-id';
/** In-panel address of an article; the panel's router handles it, nothing is fetched. */
export const articleHref = (id: string): string => `#artikel/${id}`;

const ARTICLE_HASH = /^#artikel\/([a-z0-9]+(?:-[a-z0-9]+)*)$/;
const EXTERNAL = /^https?:\/\//i;

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/**
 * Markdown as Komma renders it. Raw HTML is shown as text, not interpreted: articles need none,
 * and a pack from a URL is untrusted. Images become their alt text, so opening an article never
 * contacts a third party. Links go only to other articles, web pages or e-mail addresses.
 */
const markdown = new Marked({
  gfm: true,
  renderer: {
    html({ text }: Tokens.HTML | Tokens.Tag) {
      return escapeHtml(text);
    },
    image({ text }: Tokens.Image) {
      return escapeHtml(text);
    },
    link({ href, title, tokens }: Tokens.Link) {
      const text = this.parser.parseInline(tokens);
      const titleAttribute = title ? ` title="${escapeHtml(title)}"` : '';
      const id = articleIdFromHref(href);
      if (id !== null) {
        return `<a href="${articleHref(id)}" ${ARTICLE_LINK_ATTRIBUTE}="${id}"${titleAttribute}>${text}</a>`;
      }
      if (EXTERNAL.test(href) || /^mailto:/i.test(href)) {
        return `<a href="${escapeHtml(href)}"${titleAttribute}>${text}</a>`;
      }
      return text;
    },
  },
});

const SANITIZE: Config = {
  // prettier-ignore
  ALLOWED_TAGS: [
    'p', 'br', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'blockquote', 'pre', 'code', 'em',
    'strong', 'del', 'a', 'table', 'thead', 'tbody', 'tr', 'th', 'td',
  ],
  ALLOWED_ATTR: ['href', 'title', 'align', 'start', ARTICLE_LINK_ATTRIBUTE],
  ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|#artikel\/)/i,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
};

let purifier: DOMPurify | undefined;

/** A private DOMPurify instance, so our link hook never runs for anyone else's sanitising. */
function getPurifier(): DOMPurify {
  if (purifier) return purifier;
  if (typeof window === 'undefined') throw new Error('renderMarkdown needs a DOM (window) to sanitise HTML');
  const instance = createDOMPurify(window);
  instance.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeName !== 'A') return;
    const href = node.getAttribute('href') ?? '';
    const articleId = ARTICLE_HASH.exec(href)?.[1];
    if (articleId !== undefined) {
      node.setAttribute(ARTICLE_LINK_ATTRIBUTE, articleId);
      return;
    }
    node.removeAttribute(ARTICLE_LINK_ATTRIBUTE);
    if (EXTERNAL.test(href)) {
      node.setAttribute('target', '_blank');
      node.setAttribute('rel', 'noopener noreferrer');
    } else if (!/^mailto:/i.test(href)) {
      node.removeAttribute('href');
    }
  });
  purifier = instance;
  return instance;
}

/**
 * Renders an article (with or without its frontmatter) to sanitised HTML for the side panel.
 * Links to other articles get `href="#artikel/<id>"` and `data-article-id`; web links open in a
 * new tab without access to the panel.
 */
export function renderMarkdown(source: string): string {
  // Only a block of "key: value" lines is frontmatter; a body may open with a --- rule.
  const split = splitFrontmatter(source);
  const body = split && /^[A-Za-z_][\w-]*:/.test(split.yaml.trimStart()) ? split.body : source;
  const html = markdown.parse(body, { async: false });
  return getPurifier().sanitize(html, SANITIZE);
}
