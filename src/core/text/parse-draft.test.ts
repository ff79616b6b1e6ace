// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DRAFT_STYLES,
  DRAFT_STYLE_NAMES,
  NO_POINTS,
  findDraftTitle,
  parseDraftText,
  parseDraftTextAs,
  type DraftStyle,
  type ParsedPoint,
} from './parse-draft';

/** label → text pairs, the shape most tables below assert. */
function pairs(text: string): Array<[string, string]> {
  return parseDraftText(text).points.map((p) => [p.label, p.text]);
}

describe('parseDraftText: one table per numbering style', () => {
  const table: Array<[DraftStyle, string, Array<[string, string]>]> = [
    [
      'dot',
      '1. Sovereignty is confirmed.\n2. A non-aggression pact.\n3. NATO does not expand.',
      [
        ['1', 'Sovereignty is confirmed.'],
        ['2', 'A non-aggression pact.'],
        ['3', 'NATO does not expand.'],
      ],
    ],
    [
      'paren',
      '1) Sovereignty\n2) Non-aggression\n10a) Guarantee',
      [
        ['1', 'Sovereignty'],
        ['2', 'Non-aggression'],
        ['10a', 'Guarantee'],
      ],
    ],
    [
      'parens',
      '(1) Sovereignty\n(2) Non-aggression\n(10a) Guarantee',
      [
        ['1', 'Sovereignty'],
        ['2', 'Non-aggression'],
        ['10a', 'Guarantee'],
      ],
    ],
    [
      'dash',
      '1 - Sovereignty\n2 – Non-aggression\n3 — Dialogue',
      [
        ['1', 'Sovereignty'],
        ['2', 'Non-aggression'],
        ['3', 'Dialogue'],
      ],
    ],
    [
      'point',
      'Point 1: Sovereignty\nPoint 2. Non-aggression\npoint 3 Dialogue\nПункт 4. Армія',
      [
        ['1', 'Sovereignty'],
        ['2', 'Non-aggression'],
        ['3', 'Dialogue'],
        ['4', 'Армія'],
      ],
    ],
    [
      'article',
      'Article 1\nSovereignty is confirmed.\n\nArt. 2 – Non-aggression\nСтаття 3. Діалог\nArticle IV: Guarantees',
      [
        ['1', 'Sovereignty is confirmed.'],
        ['2', 'Non-aggression'],
        ['3', 'Діалог'],
        ['IV', 'Guarantees'],
      ],
    ],
    [
      'section',
      '§ 1 Sovereignty\n§2. Non-aggression\n§ 3: Dialogue',
      [
        ['1', 'Sovereignty'],
        ['2', 'Non-aggression'],
        ['3', 'Dialogue'],
      ],
    ],
    [
      'roman',
      'I. Sovereignty\nII. Non-aggression\nIII) Dialogue\nIV) Guarantees',
      [
        ['I', 'Sovereignty'],
        ['II', 'Non-aggression'],
        ['III', 'Dialogue'],
        ['IV', 'Guarantees'],
      ],
    ],
    [
      'paragraphs',
      'Sovereignty is confirmed.\n\nA non-aggression pact\nis signed.\n\n\nDialogue.',
      [
        ['1', 'Sovereignty is confirmed.'],
        ['2', 'A non-aggression pact is signed.'],
        ['3', 'Dialogue.'],
      ],
    ],
  ];

  it.each(table)('%s', (style, text, expected) => {
    const result = parseDraftText(text);
    expect(result.style).toBe(style);
    expect(result.points.map((p) => [p.label, p.text])).toEqual(expected);
    expect(result.issues).toEqual([]);
  });

  it('records the line each point starts on', () => {
    expect(parseDraftText('\n1. One\nwrapped\n\n2. Two').points).toEqual<ParsedPoint[]>([
      { label: '1', text: 'One wrapped', line: 2 },
      { label: '2', text: 'Two', line: 5 },
    ]);
  });
});

describe('parseDraftText: layout', () => {
  it('joins wrapped lines with a space', () => {
    expect(
      pairs('6. Ukraine’s armed forces are\n   capped at 600,000\n   personnel.\n7. Next.'),
    ).toEqual([
      ['6', 'Ukraine’s armed forces are capped at 600,000 personnel.'],
      ['7', 'Next.'],
    ]);
  });

  it('keeps a wrapped line starting with a year or a figure in its point', () => {
    expect(
      pairs(
        '1. The plan was leaked on 20 November\n2025. It was denied.\n2. Army capped at\n600,000. Then\n3. Done.',
      ),
    ).toEqual([
      ['1', 'The plan was leaked on 20 November 2025. It was denied.'],
      ['2', 'Army capped at 600,000. Then'],
      ['3', 'Done.'],
    ]);
  });

  it('reads drafts past point 999, but a year after a sentence end is still text', () => {
    const long = Array.from({ length: 1002 }, (_, i) => `${i + 1}. Point ${i + 1}.`).join('\n');
    const labels = parseDraftText(long).points.map((p) => p.label);
    expect(labels).toHaveLength(1002);
    expect(labels.slice(-3)).toEqual(['1000', '1001', '1002']);
    expect(pairs('1. Signed in November.\n2025. A year of talks.\n2. Next.')).toEqual([
      ['1', 'Signed in November. 2025. A year of talks.'],
      ['2', 'Next.'],
    ]);
  });

  it('keeps "1) " that continues a sentence in its paragraph', () => {
    const result = parseDraftText(
      'The parties agree on the list in annex\n1) and the exchange of prisoners.',
    );
    expect(result.style).toBe('paragraphs');
    expect(result.points).toHaveLength(1);
  });

  it('keeps a number that continues a sentence in the point it belongs to', () => {
    expect(pairs('1. Guarantees under\n5 - 10 year terms.\n2 - x\n2. Next')).toEqual([
      ['1', 'Guarantees under 5 - 10 year terms. 2 - x'],
      ['2', 'Next'],
    ]);
  });

  it('reads lettered sub-points in every form', () => {
    expect(
      pairs(
        '10. Guarantees:\na) US guarantee\n(b) European jets\n10c. Monitoring\n10(d) Compensation\n10e Loss\n11. Next',
      ),
    ).toEqual([
      ['10', 'Guarantees:'],
      ['10a', 'US guarantee'],
      ['10b', 'European jets'],
      ['10c', 'Monitoring'],
      ['10d', 'Compensation'],
      ['10e', 'Loss'],
      ['11', 'Next'],
    ]);
  });

  it('drops a parent with no text of its own when it has sub-points', () => {
    const result = parseDraftText('10.\na) One\nb) Two');
    expect(result.points.map((p) => p.label)).toEqual(['10a', '10b']);
    expect(result.issues).toEqual([]);
  });

  it('folds bullets into the point with a readable separator', () => {
    expect(
      pairs(
        '12. The US and Russia cooperate on:\n- energy\n• rare earths\n* the Arctic,\n  and beyond\n13. Next',
      ),
    ).toEqual([
      ['12', 'The US and Russia cooperate on: • energy • rare earths • the Arctic, and beyond'],
      ['13', 'Next'],
    ]);
  });

  it('reads Windows and old Mac line endings and a BOM', () => {
    const text = '\uFEFF1. One\r\nwrapped\r\n2. Two\r3. Three\r\n';
    expect(parseDraftText(text).points).toEqual([
      { label: '1', text: 'One wrapped', line: 1 },
      { label: '2', text: 'Two', line: 3 },
      { label: '3', text: 'Three', line: 4 },
    ]);
  });

  it('reads Cyrillic drafts, including Cyrillic sub-point letters', () => {
    const text =
      'Пункт 1. Суверенітет України підтверджується.\nПункт 2. Угода про ненапад.\nПункт 2а. Уточнення.';
    expect(pairs(text)).toEqual([
      ['1', 'Суверенітет України підтверджується.'],
      ['2', 'Угода про ненапад.'],
      ['2а', 'Уточнення.'],
    ]);
    expect(
      pairs('1. Численность ВСУ ограничена\n600 тысячами.\n2. Выборы через 100 дней.'),
    ).toEqual([
      ['1', 'Численность ВСУ ограничена 600 тысячами.'],
      ['2', 'Выборы через 100 дней.'],
    ]);
  });

  it('reads Markdown: headings, bold numbers, escaped dots, quotes, rules', () => {
    const text = [
      '# US 28-point draft',
      '',
      '## Security',
      '',
      '**1.** Sovereignty is **confirmed**.',
      '2\\. Non-aggression.',
      '> 3. Quoted point.',
      '---',
      '## 4. Ceasefire',
      'All fighting stops.',
      '### 5. Sanctions.',
      'Lifted in stages.',
      '## Annex',
      'Not a point.',
    ].join('\n');
    const result = parseDraftText(text);
    expect(result.style).toBe('dot');
    expect(result.points.map((p) => [p.label, p.text])).toEqual([
      ['1', 'Sovereignty is confirmed.'],
      ['2', 'Non-aggression.'],
      ['3', 'Quoted point.'],
      ['4', 'Ceasefire: All fighting stops.'],
      ['5', 'Sanctions. Lifted in stages.'],
    ]);
    expect(result.issues).toEqual([
      {
        line: 14,
        message: 'text under a heading, outside any point, is left out',
        severity: 'warning',
      },
    ]);
    expect(findDraftTitle(text)).toBe('US 28-point draft');
  });

  it('reports text before the first point', () => {
    const result = parseDraftText('Preamble of the plan\n1. One\n2. Two');
    expect(result.points.map((p) => p.label)).toEqual(['1', '2']);
    expect(result.issues).toEqual([
      { line: 1, message: 'text before the first point is left out', severity: 'warning' },
    ]);
  });

  it('renumbers a Markdown list numbered "1." throughout', () => {
    const result = parseDraftText('1. One\n1. Two\n1. Three');
    expect(result.points.map((p) => [p.label, p.text])).toEqual([
      ['1', 'One'],
      ['2', 'Two'],
      ['3', 'Three'],
    ]);
    expect(result.issues).toHaveLength(1);
  });

  it('reports a jump in the numbering', () => {
    expect(parseDraftText('1. One.\n2. Two.\n5. Five.').issues).toEqual([
      {
        line: 3,
        message: 'numbering jumps from 2 to 5 (points missing from the draft?)',
        severity: 'warning',
      },
    ]);
  });
});

describe('parseDraftText: duplicates and empty input', () => {
  it('disambiguates a duplicate label and names the line', () => {
    const result = parseDraftText('11. Eleven.\n12. First twelve.\n12. Second twelve.\n12. Third.');
    expect(result.points.map((p) => p.label)).toEqual(['11', '12', '12 (2)', '12 (3)']);
    expect(result.issues).toEqual([
      {
        line: 3,
        message: 'duplicate label 12 (first on line 2): kept as "12 (2)"',
        severity: 'warning',
      },
      {
        line: 4,
        message: 'duplicate label 12 (first on line 2): kept as "12 (3)"',
        severity: 'warning',
      },
    ]);
  });

  it.each(['', '   ', '\n\n\r\n', '\uFEFF', '# Only a title', '---'])(
    'returns "no points found" on line 1 for %j',
    (text) => {
      expect(parseDraftText(text)).toEqual({
        points: [],
        style: 'paragraphs',
        issues: [{ line: 1, message: NO_POINTS, severity: 'error' }],
      });
    },
  );

  it('reports a numbered point with no text', () => {
    const result = parseDraftText('1. One\n2.\n\n3. Three');
    expect(result.points.map((p) => p.label)).toEqual(['1', '3']);
    expect(result.issues).toEqual([
      { line: 2, message: 'point 2 has no text and is left out', severity: 'warning' },
    ]);
  });
});

describe('parseDraftTextAs', () => {
  it('forces a style the guess did not pick', () => {
    const text = '1. One\n2. Two\n\nStill two';
    expect(parseDraftTextAs(text, 'paragraphs').points.map((p) => p.text)).toEqual([
      '1. One 2. Two',
      'Still two',
    ]);
    expect(parseDraftTextAs(text, 'paren').issues[0]).toEqual({
      line: 1,
      message: NO_POINTS,
      severity: 'error',
    });
  });

  it('names every style', () => {
    expect(DRAFT_STYLES.map((s) => s.style)).toEqual([
      'dot',
      'paren',
      'parens',
      'point',
      'article',
      'section',
      'dash',
      'roman',
      'paragraphs',
    ]);
    expect(DRAFT_STYLE_NAMES.roman).toBe('Roman numerals');
  });
});

describe('parseDraftText: invariants (fuzz)', () => {
  function checkInvariants(text: string, style?: DraftStyle): void {
    const result = style ? parseDraftTextAs(text, style) : parseDraftText(text);
    const labels = new Set<string>();
    for (const point of result.points) {
      expect(point.label.trim()).not.toBe('');
      expect(point.text.trim()).not.toBe('');
      expect(point.line).toBeGreaterThanOrEqual(1);
      labels.add(point.label);
    }
    expect(labels.size).toBe(result.points.length);
    for (const issue of result.issues) expect(issue.line).toBeGreaterThanOrEqual(1);
    if (result.points.length === 0)
      expect(result.issues.map((i) => i.message)).toContain(NO_POINTS);
  }

  it('never throws on arbitrary unicode strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => checkInvariants(text)),
      { numRuns: 2000 },
    );
  });

  it('never throws on lone surrogates and control characters', () => {
    const unit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 200 }), (text) => checkInvariants(text)),
      { numRuns: 2000 },
    );
  });

  it('holds on draft-shaped text in every style', () => {
    const prefix = fc.constantFrom(
      '',
      '1. ',
      '2) ',
      '(3) ',
      '4 - ',
      'Point 5: ',
      'Article 6 ',
      '§ 7 ',
      'IV. ',
      'a) ',
      '(b) ',
      '10a ',
      '- ',
      '• ',
      '* ',
      '# ',
      '## 1. ',
      '**1.** ',
      '> ',
      '2025. ',
      '12. ',
      '12. ',
      'Пункт 1. ',
    );
    const body = fc.constantFrom(
      '',
      ' ',
      'text',
      'Україна',
      'wrapped line',
      '600,000',
      '**',
      '---',
    );
    const line = fc.tuple(prefix, body).map(([p, b]) => p + b);
    const draft = fc
      .tuple(fc.array(line, { maxLength: 30 }), fc.constantFrom('\n', '\r\n', '\r'))
      .map(([lines, eol]) => lines.join(eol));
    const style = fc.option(fc.constantFrom(...DRAFT_STYLES.map((s) => s.style)), {
      nil: undefined,
    });
    fc.assert(
      fc.property(draft, style, (text, s) => checkInvariants(text, s)),
      { numRuns: 3000 },
    );
  });
});

describe('bold markers', () => {
  it('strips paired ** and __ but keeps a lone __ in the text', () => {
    const parsed = parseDraftText(
      '**1.** The __parties__ agree.\n2. Set window.__flag to 1 in snake__case.',
    );
    expect(parsed.points.map((p) => [p.label, p.text])).toEqual([
      ['1', 'The parties agree.'],
      ['2', 'Set window.__flag to 1 in snake__case.'],
    ]);
  });
});
