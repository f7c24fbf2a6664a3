import { describe, expect, it } from 'vitest';
import { insertLink, isSafeLink, keepPostcodesTogether, linkForPrint, parseMarkup, plainText, toggleBullets, toggleWrap } from '../../../../shared/domain/newsletter-markup';

describe('reading a section body', () => {
  it('splits paragraphs at a blank line and keeps line breaks as typed', () => {
    expect(parseMarkup('First paragraph.\n\nSecond one,\nwith a second line.')).toEqual([
      { type: 'paragraph', children: [{ type: 'text', text: 'First paragraph.' }] },
      { type: 'paragraph', children: [{ type: 'text', text: 'Second one,' }, { type: 'break' }, { type: 'text', text: 'with a second line.' }] },
    ]);
  });

  it('reads **bold** and *italic*, and both together', () => {
    expect(parseMarkup('Tea is **free** and *hot*, ***always***.')).toEqual([
      {
        type: 'paragraph',
        children: [
          { type: 'text', text: 'Tea is ' },
          { type: 'strong', children: [{ type: 'text', text: 'free' }] },
          { type: 'text', text: ' and ' },
          { type: 'em', children: [{ type: 'text', text: 'hot' }] },
          { type: 'text', text: ', ' },
          { type: 'em', children: [{ type: 'strong', children: [{ type: 'text', text: 'always' }] }] },
          { type: 'text', text: '.' },
        ],
      },
    ]);
  });

  it('reads lines starting "- " as a bullet list, with formatting inside items', () => {
    const [list, after] = parseMarkup('- Bring a friend\n- Wear **comfy** shoes\n\nSee you there.');
    expect(list).toEqual({
      type: 'list',
      ordered: false,
      start: 1,
      items: [
        [{ type: 'paragraph', children: [{ type: 'text', text: 'Bring a friend' }] }],
        [{ type: 'paragraph', children: [{ type: 'text', text: 'Wear ' }, { type: 'strong', children: [{ type: 'text', text: 'comfy' }] }, { type: 'text', text: ' shoes' }] }],
      ],
    });
    expect(after).toEqual({ type: 'paragraph', children: [{ type: 'text', text: 'See you there.' }] });
  });

  it('keeps numbered lists numbered from where they start', () => {
    const [list] = parseMarkup('3. Third\n4. Fourth');
    expect(list).toMatchObject({ type: 'list', ordered: true, start: 3 });
  });

  it('reads links to web pages and email addresses, typed or bare', () => {
    const [p] = parseMarkup('Visit [our page](https://example.org/groups), www.example.org or write to hello@example.org.');
    expect(p).toEqual({
      type: 'paragraph',
      children: [
        { type: 'text', text: 'Visit ' },
        { type: 'link', href: 'https://example.org/groups', children: [{ type: 'text', text: 'our page' }] },
        { type: 'text', text: ', ' },
        { type: 'link', href: 'http://www.example.org', children: [{ type: 'text', text: 'www.example.org' }] },
        { type: 'text', text: ' or write to ' },
        { type: 'link', href: 'mailto:hello@example.org', children: [{ type: 'text', text: 'hello@example.org' }] },
        { type: 'text', text: '.' },
      ],
    });
  });

  it('never makes a link of a script or a file, but keeps its words', () => {
    expect(parseMarkup('[click me](javascript:alert(1)) and [notes](file:///C:/notes.txt)')).toEqual([
      { type: 'paragraph', children: [{ type: 'text', text: 'click me and notes' }] },
    ]);
    expect(isSafeLink('https://example.org')).toBe(true);
    expect(isSafeLink('mailto:a@example.org')).toBe(true);
    expect(isSafeLink('javascript:alert(1)')).toBe(false);
    expect(isSafeLink('file:///etc/passwd')).toBe(false);
  });

  it('never fetches a picture from a link: a Markdown image is just its description', () => {
    expect(parseMarkup('![The allotment in June](https://example.org/photo.jpg)')).toEqual([
      { type: 'paragraph', children: [{ type: 'text', text: 'The allotment in June' }] },
    ]);
  });

  it('prints text pasted from elsewhere as typed: no headings, quotes, code or HTML', () => {
    expect(plainText('# Not a heading\n> Not a quote\n<b>not bold</b> & 3 < 4\n`not code`')).toBe('# Not a heading\n> Not a quote\n<b>not bold</b> & 3 < 4\nnot code');
    expect(parseMarkup('\\*not italic\\*')).toEqual([{ type: 'paragraph', children: [{ type: 'text', text: '*not italic*' }] }]);
  });

  it('keeps Welsh, accents and emoji in the words (the printer decides what it can draw)', () => {
    expect(plainText('Croeso i **Siân Llŷr** a Zoë Ó Súilleabháin 🌈')).toBe('Croeso i Siân Llŷr a Zoë Ó Súilleabháin 🌈');
  });

  it('reads empty and blank text as nothing, and any text at all without throwing', () => {
    expect(parseMarkup('')).toEqual([]);
    expect(parseMarkup('  \n\n \n')).toEqual([]);
    expect(() => parseMarkup('**unclosed *mess [of](  ) ](( - \n- \n\n\n1.')).not.toThrow();
    expect(plainText('x'.repeat(20_000))).toHaveLength(20_000);
  });
});

describe('the formatting buttons', () => {
  it('wraps the selected words in bold, and unwraps them again', () => {
    const text = 'Come to the picnic';
    const bold = toggleWrap(text, 12, 18, '**', 'bold text');
    expect(bold).toEqual({ text: 'Come to the **picnic**', selectionStart: 14, selectionEnd: 20 });
    expect(toggleWrap(bold.text, bold.selectionStart, bold.selectionEnd, '**', 'bold text').text).toBe(text);
  });

  it('leaves spaces caught by a double-click outside the marker, and offers a placeholder with nothing selected', () => {
    expect(toggleWrap('a word here', 1, 7, '*', 'x').text).toBe('a *word* here');
    expect(toggleWrap('End', 3, 3, '*', 'italic text')).toEqual({ text: 'End*italic text*', selectionStart: 4, selectionEnd: 15 });
  });

  it('turns the selected lines into bullets, and back', () => {
    const text = 'Intro\nTea\nCake\n\nAfter';
    const on = toggleBullets(text, 7, 12);
    expect(on.text).toBe('Intro\n- Tea\n- Cake\n\nAfter');
    expect(toggleBullets(on.text, on.selectionStart, on.selectionEnd).text).toBe(text);
  });

  it('makes links with a scheme added where it was left off', () => {
    expect(insertLink('See ', 4, 4, 'our website', 'example.org/news').text).toBe('See [our website](https://example.org/news)');
    expect(insertLink('', 0, 0, '', 'hello@example.org').text).toBe('[hello@example.org](mailto:hello@example.org)');
    expect(insertLink('', 0, 0, 'a [b]', 'https://example.org/a b').text).toBe('[a b](https://example.org/a%20b)');
  });

  it('glues the two halves of a postcode so it never splits over two lines', () => {
    expect(keepPostcodesTogether('Canolfan Soar, Merthyr Tudful CF47 8UB and S2 3EU, not 12 3AB or cf47 8ub')).toBe(
      'Canolfan Soar, Merthyr Tudful CF47\u00a08UB and S2\u00a03EU, not 12 3AB or cf47 8ub',
    );
  });

  it('shows on paper where a link goes, once', () => {
    expect(linkForPrint('our website', 'https://example.org/news/')).toBe('our website (example.org/news)');
    expect(linkForPrint('www.example.org', 'http://www.example.org')).toBe('www.example.org');
    expect(linkForPrint('hello@example.org', 'mailto:hello@example.org')).toBe('hello@example.org');
  });
});
