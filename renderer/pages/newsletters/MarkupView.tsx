import { Fragment, type ReactNode } from 'react';
import { keepPostcodesTogether, parseMarkup, type Block, type Inline } from '../../../shared/domain/newsletter-markup';

/**
 * A section body as it will read: the same parse the PDF uses, drawn as HTML. Text goes in
 * as React text, so anything typed (even "<script>") is shown, never run. Links open outside
 * Peer Desk, in the web browser or email program.
 */

function inline(nodes: readonly Inline[]): ReactNode[] {
  return nodes.map((node, i) => {
    switch (node.type) {
      case 'text':
        return <Fragment key={i}>{keepPostcodesTogether(node.text)}</Fragment>;
      case 'break':
        return <br key={i} />;
      case 'strong':
        return <strong key={i}>{inline(node.children)}</strong>;
      case 'em':
        return <em key={i}>{inline(node.children)}</em>;
      case 'link':
        return (
          <a key={i} href={node.href} target="_blank" rel="noreferrer noopener">
            {inline(node.children)}
          </a>
        );
    }
  });
}

function blocks(list: readonly Block[]): ReactNode[] {
  return list.map((block, i) => {
    if (block.type === 'paragraph') return <p key={i}>{inline(block.children)}</p>;
    const items = block.items.map((item, j) => <li key={j}>{blocks(item)}</li>);
    return block.ordered ? (
      <ol key={i} start={block.start}>
        {items}
      </ol>
    ) : (
      <ul key={i}>{items}</ul>
    );
  });
}

export function MarkupView({ text, empty }: { text: string; empty?: string }) {
  const parsed = parseMarkup(text);
  if (parsed.length === 0) return empty ? <p className="lede">{empty}</p> : null;
  return <div className="markup">{blocks(parsed)}</div>;
}
