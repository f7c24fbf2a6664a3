import { Marked, type Token, type Tokens } from 'marked';

/**
 * The simple markup a coordinator types into a newsletter section:
 *
 *   **bold**   *italic*   - a bullet (a line starting "- ")   [words](https://link)
 *
 * plus paragraphs (a blank line between them) and line breaks kept as typed. Markdown is
 * read by `marked` (a well-kept parser) and turned into the small tree below, which both the
 * in-app preview and the PDF draw. Everything else Markdown would do is switched off, so
 * text pasted from Word or an email prints as typed: a line starting "#" or ">" or indented
 * by four spaces stays an ordinary line, and "<b>" is shown, never obeyed.
 */

export type Inline =
  | { type: 'text'; text: string }
  | { type: 'strong'; children: Inline[] }
  | { type: 'em'; children: Inline[] }
  | { type: 'link'; href: string; children: Inline[] }
  | { type: 'break' };

export type Block =
  | { type: 'paragraph'; children: Inline[] }
  | { type: 'list'; ordered: boolean; start: number; items: Block[][] };

const off = () => undefined;
const parser = new Marked({ gfm: true, breaks: true, async: false });
parser.use({
  tokenizer: {
    code: off,
    fences: off,
    heading: off,
    lheading: off,
    hr: off,
    blockquote: off,
    html: off,
    tag: off,
    def: off,
    table: off,
  },
});

const SAFE_LINK = /^(https?:\/\/|mailto:)/i;

/** A link address worth following: web and email links only (never "javascript:" or a file). */
export function isSafeLink(href: string): boolean {
  return SAFE_LINK.test(href.trim());
}

function inlines(tokens: readonly Token[] | undefined): Inline[] {
  const out: Inline[] = [];
  const push = (node: Inline) => {
    const last = out[out.length - 1];
    // Neighbouring text runs join, so a paragraph prints as one flow of words.
    if (node.type === 'text' && last?.type === 'text') out[out.length - 1] = { type: 'text', text: last.text + node.text };
    else out.push(node);
  };
  for (const token of tokens ?? []) {
    switch (token.type) {
      case 'strong':
        push({ type: 'strong', children: inlines((token as Tokens.Strong).tokens) });
        break;
      case 'em':
        push({ type: 'em', children: inlines((token as Tokens.Em).tokens) });
        break;
      case 'link': {
        const link = token as Tokens.Link;
        const children = inlines(link.tokens);
        if (isSafeLink(link.href)) push({ type: 'link', href: link.href.trim(), children });
        else for (const c of children) push(c);
        break;
      }
      case 'br':
        push({ type: 'break' });
        break;
      case 'image':
        // Pictures are added with their own control (with alt text), never fetched from a link.
        push({ type: 'text', text: (token as Tokens.Image).text });
        break;
      default: {
        const nested = (token as { tokens?: Token[] }).tokens;
        if (nested && nested.length > 0) for (const c of inlines(nested)) push(c);
        else push({ type: 'text', text: (token as { text?: string }).text ?? token.raw });
      }
    }
  }
  return out;
}

function blocks(tokens: readonly Token[]): Block[] {
  const out: Block[] = [];
  for (const token of tokens) {
    if (token.type === 'space') continue;
    if (token.type === 'list') {
      const list = token as Tokens.List;
      const start = typeof list.start === 'number' ? list.start : 1;
      out.push({ type: 'list', ordered: list.ordered, start, items: list.items.map((item) => blocks(item.tokens)) });
      continue;
    }
    const nested = (token as { tokens?: Token[] }).tokens;
    const children = nested ? inlines(nested) : [{ type: 'text' as const, text: token.raw.trim() }];
    if (children.length > 0) out.push({ type: 'paragraph', children });
  }
  return out;
}

/** The body of a section as paragraphs and lists. Never throws: any text is some markup. */
export function parseMarkup(text: string): Block[] {
  const tokens = parser.lexer(text.replace(/\r\n?/g, '\n'));
  return blocks(tokens);
}

/** The words of some inline content, without formatting (for alt-text-like summaries and tests). */
export function inlineText(nodes: readonly Inline[]): string {
  return nodes.map((n) => (n.type === 'text' ? n.text : n.type === 'break' ? '\n' : inlineText(n.children))).join('');
}

/** The words of a whole body, one line per paragraph or list item. */
export function plainText(text: string): string {
  const lines: string[] = [];
  const walk = (bs: readonly Block[]) => {
    for (const b of bs) {
      if (b.type === 'paragraph') lines.push(inlineText(b.children));
      else for (const item of b.items) walk(item);
    }
  };
  walk(parseMarkup(text));
  return lines.join('\n');
}

// ----- the formatting buttons ---------------------------------------------------------------

export interface Edit {
  text: string;
  selectionStart: number;
  selectionEnd: number;
}

/**
 * Bold or italic: wraps the selected words in the marker ("**" or "*"), or removes it when
 * they are wrapped already; with nothing selected, inserts a placeholder to type over.
 */
export function toggleWrap(text: string, start: number, end: number, marker: string, placeholder: string): Edit {
  let from = Math.min(start, end);
  let to = Math.max(start, end);
  // Spaces caught at the edges of a double-click stay outside the marker: "** word**" is not bold.
  while (from < to && /\s/.test(text[from] ?? '')) from += 1;
  while (to > from && /\s/.test(text[to - 1] ?? '')) to -= 1;
  const selected = text.slice(from, to);
  const m = marker.length;
  if (from >= m && text.slice(from - m, from) === marker && text.slice(to, to + m) === marker) {
    return { text: text.slice(0, from - m) + selected + text.slice(to + m), selectionStart: from - m, selectionEnd: to - m };
  }
  const inner = selected || placeholder;
  return { text: `${text.slice(0, from)}${marker}${inner}${marker}${text.slice(to)}`, selectionStart: from + m, selectionEnd: from + m + inner.length };
}

/** Bullet list: starts each selected line with "- " (or takes it off if every line has it). */
export function toggleBullets(text: string, start: number, end: number): Edit {
  const from = text.lastIndexOf('\n', Math.min(start, end) - 1) + 1;
  const endAt = text.indexOf('\n', Math.max(start, end, from));
  const to = endAt === -1 ? text.length : endAt;
  const lines = text.slice(from, to).split('\n');
  const bulleted = lines.every((l) => /^- /.test(l) || l.trim() === '');
  const next = lines.map((l) => (bulleted ? l.replace(/^- /, '') : l.trim() === '' ? l : `- ${l.replace(/^[*\u2022]\s*/, '')}`)).join('\n');
  return { text: text.slice(0, from) + next + text.slice(to), selectionStart: from, selectionEnd: from + next.length };
}

/** A link: [words](address). The address gets "https://" if it has no scheme. */
export function insertLink(text: string, start: number, end: number, words: string, address: string): Edit {
  const from = Math.min(start, end);
  const to = Math.max(start, end);
  const trimmed = address.trim();
  const href = /^[a-z][a-z0-9+.-]*:/i.test(trimmed) ? trimmed : /@/.test(trimmed) && !trimmed.includes('/') ? `mailto:${trimmed}` : `https://${trimmed}`;
  const label = (words.trim() || trimmed).replace(/[[\]]/g, '');
  const link = `[${label}](${href.replace(/[()\s]/g, (c) => encodeURIComponent(c))})`;
  return { text: text.slice(0, from) + link + text.slice(to), selectionStart: from, selectionEnd: from + link.length };
}

// A UK postcode split over two lines ("S2" at the end of one, "3EU" on the next) is easy to
// copy down wrong, so wherever a body is shown its two halves are glued with a no-break space.
const POSTCODE = /\b([A-Z]{1,2}\d[A-Z\d]?) (\d[A-Z]{2})\b/g;

export function keepPostcodesTogether(text: string): string {
  return text.replace(POSTCODE, '$1\u00a0$2');
}

/** How a link reads on paper: its words, then where it goes when that is not the same. */
export function linkForPrint(words: string, href: string): string {
  const shown = href.replace(/^mailto:/i, '').replace(/^https?:\/\//i, '').replace(/\/$/, '');
  const plainWords = words.replace(/^https?:\/\//i, '').replace(/\/$/, '');
  return plainWords.toLowerCase() === shown.toLowerCase() ? shown : `${words} (${shown})`;
}
