import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { NoteText, splitNoteText } from './note-text';

describe('splitNoteText', () => {
  it('links https URLs only, and rebuilds the text exactly', () => {
    const text =
      'See https://www.ft.com/content/abc?x=1#y. Not http://example.com, not javascript:alert(1), not data:text/html,<b>x</b> (or ftp://a.b).';
    const segments = splitNoteText(text);
    expect(segments.filter((s) => s.kind === 'link')).toEqual([
      {
        kind: 'link',
        text: 'https://www.ft.com/content/abc?x=1#y',
        href: 'https://www.ft.com/content/abc?x=1#y',
      },
    ]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
  });

  it('leaves trailing punctuation and brackets outside the link', () => {
    expect(splitNoteText('(https://reuters.com/a),').map((s) => s.text)).toEqual([
      '(',
      'https://reuters.com/a',
      '),',
    ]);
  });

  it('keeps a malformed https URL as text', () => {
    expect(splitNoteText('https://')).toEqual([{ kind: 'text', text: 'https://' }]);
  });
});

describe('NoteText', () => {
  it('shows markup as literal text and links https safely', () => {
    const { container } = render(
      <NoteText text={'<img src=x onerror=alert(1)> <b>bold</b>\nhttps://kyivindependent.com/x'} />,
    );
    expect(container.querySelector('img, b')).toBeNull();
    expect(screen.getByText(/<img src=x onerror=alert\(1\)> <b>bold<\/b>/)).toBeTruthy();
    const link = screen.getByRole('link', { name: 'https://kyivindependent.com/x' });
    expect(link.getAttribute('href')).toBe('https://kyivindependent.com/x');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(link.getAttribute('target')).toBe('_blank');
  });

  it('never links other schemes', () => {
    render(<NoteText text="http://example.com javascript:alert(1) HTTPS://EXAMPLE.ORG/" />);
    expect(screen.getAllByRole('link').map((a) => a.getAttribute('href'))).toEqual([
      'https://example.org/',
    ]);
  });
});
