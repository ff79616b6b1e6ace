import { describe, expect, it } from 'vitest';
import { autolink, escapeMarkdown } from './markdown-text';

describe('escapeMarkdown', () => {
  it.each([
    ['- item', '\\- item'],
    ['+ item', '\\+ item'],
    ['  = setext', '  \\= setext'],
    ['12. item', '12\\. item'],
    ['3) item', '3\\) item'],
    ['3 - 2', '3 - 2'],
    ['# not a heading #', '\\# not a heading \\#'],
    ['a_b & c|d ~e~ `f`', 'a\\_b & c\\|d \\~e\\~ \\`f\\`'],
    ['&amp; &#38; Q&A', '\\&amp; &\\#38; Q&A'],
    ['one\r\ntwo\nthree', 'one two three'],
    ['[x](javascript:y) <img src=x>', '\\[x\\](javascript:y) \\<img src=x\\>'],
  ])('%j → %j', (text, escaped) => {
    expect(escapeMarkdown(text)).toBe(escaped);
  });
});

describe('autolink', () => {
  it('percent-encodes what would end or break the link, and nothing else', () => {
    expect(autolink('https://example.org/a b<c>d?q=1&r=é')).toBe(
      '<https://example.org/a%20b%3Cc%3Ed?q=1&r=é>',
    );
    expect(autolink('https://example.org/\u00a0x')).toBe('<https://example.org/%C2%A0x>');
  });
});
