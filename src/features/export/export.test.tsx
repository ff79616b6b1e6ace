import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { run } from '../../cli/run';
import { compareVersions } from '../../core/compare/compare';
import { filterRows } from '../../core/compare/filter';
import { rowSourceIds } from '../../core/report/common';
import { comparisonToCsv, CSV_COLUMNS } from '../../core/report/csv';
import { comparisonToMarkdown } from '../../core/report/markdown';
import { bundled } from '../../data/bundled';
import { DataContext, type ViewerData } from '../../ui/data-context';
import { bundledViewerData } from '../../data/bundled-viewer-data';
import { exportFileName } from './download';
import { ExportMenu } from './export-menu';
import { cssString, footnoteCss, footnoteIds } from './footnotes';
import { PrintFootnotes } from './print-footnotes';
import { PrintHeader } from './print-header';

const data: ViewerData = bundledViewerData();
const v = (id: string) => data.versionById(id)!;
const comparison = compareVersions(v('us-28'), v('e3-counter'), bundled);

const withData = (ui: React.ReactNode) =>
  render(<DataContext.Provider value={data}>{ui}</DataContext.Provider>);

/** What `npm run compare -- us-28 e3-counter --format …` prints, run in-process. */
function cli(...argv: string[]): string {
  let out = '';
  const status = run(argv, bundled, { out: (t) => (out += t), err: () => {} });
  expect(status).toBe(0);
  return out;
}

function readBlob(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob);
  });
}

describe('Export: Download Markdown / Download CSV', () => {
  let blobs: Blob[];
  let clicked: HTMLAnchorElement[];
  beforeEach(() => {
    blobs = [];
    clicked = [];
    URL.createObjectURL = vi.fn((b: Blob) => {
      blobs.push(b);
      return `blob:test/${blobs.length}`;
    });
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push(this);
    });
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('the Markdown file is the command line’s `--format md` output, byte for byte', async () => {
    const user = userEvent.setup();
    withData(<ExportMenu comparison={comparison} />);
    await user.click(screen.getByRole('button', { name: 'Export' }));
    await user.click(screen.getByRole('button', { name: 'Download Markdown' }));
    await waitFor(() => expect(clicked).toHaveLength(1));
    expect(clicked[0]!.download).toBe('us-28--e3-counter.md');
    expect(clicked[0]!.href).toBe('blob:test/1');
    expect(clicked[0]!.isConnected).toBe(false);
    expect(blobs[0]!.type).toBe('text/markdown;charset=utf-8');
    const text = await readBlob(blobs[0]!);
    expect(text).toBe(cli('us-28', 'e3-counter', '--format', 'md'));
    expect(text).toBe(comparisonToMarkdown(comparison, bundled.sources));
    expect(text).toMatch(/^# Changes from US 28-point draft/);
  });

  it('the CSV file: a header, one record per aligned row, as `--format csv` prints it', async () => {
    const user = userEvent.setup();
    withData(<ExportMenu comparison={comparison} />);
    await user.click(screen.getByRole('button', { name: 'Export' }));
    await user.click(screen.getByRole('button', { name: 'Download CSV' }));
    await waitFor(() => expect(clicked).toHaveLength(1));
    expect(clicked[0]!.download).toBe('us-28--e3-counter.csv');
    const text = await readBlob(blobs[0]!);
    expect(text).toBe(cli('us-28', 'e3-counter', '--format', 'csv'));
    expect(text).toBe(comparisonToCsv(comparison, bundled.sources));
    const lines = text.split('\r\n');
    expect(lines[0]).toBe(CSV_COLUMNS.join(','));
    // No field of this pair holds a line break: one line per row, plus the header and the final CRLF.
    expect(lines).toHaveLength(comparison.rows.length + 2);
    expect(lines.find((l) => l.startsWith('6,6,changed'))).toMatch(
      /600,000( personnel)? → 800,000/,
    );
  });

  it('says so when the report code cannot be loaded', async () => {
    const user = userEvent.setup();
    URL.createObjectURL = vi.fn(() => {
      throw new Error('offline');
    });
    withData(<ExportMenu comparison={comparison} />);
    await user.click(screen.getByRole('button', { name: 'Export' }));
    await user.click(screen.getByRole('button', { name: 'Download CSV' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/could not be prepared/);
  });

  it('file names come from the version ids, made safe', () => {
    expect(exportFileName('us-28', 'e3-counter', 'md')).toBe('us-28--e3-counter.md');
    expect(exportFileName('../my draft?', 'ü', 'csv')).toBe('my-draft--version.csv');
  });
});

describe('print header and footnotes', () => {
  it('the header names both versions, the date printed and the permalink', () => {
    window.history.replaceState(null, '', '/?v=1&l=us-28&r=e3-counter');
    const { container } = withData(<PrintHeader comparison={comparison} />);
    const header = {
      textContent: [...container.querySelectorAll('header.print-only p')]
        .map((p) => p.textContent)
        .join(' '),
    };
    expect(header.textContent).toMatch(
      /^US 28-point draft \(20 Nov 2025\) compared with European \(E3\) counter-proposal/,
    );
    expect(header.textContent).toMatch(/Printed \d{1,2} [A-Z][a-z]{2} \d{4}\./);
    expect(header.textContent).toContain(
      'Permalink: http://localhost:3000/?v=1&l=us-28&r=e3-counter',
    );
    expect(container.querySelector('style')!.textContent).toContain(
      '.cells > .cell:nth-child(2 of .cell)::before { content: "European (E3) counter-proposal"; }',
    );
  });

  it('lists every source the printed rows and headers cite, with its URL, numbered in order', () => {
    const { container } = withData(
      <PrintFootnotes comparison={comparison} hideUnchanged={false} topic={null} />,
    );
    const items = [...container.querySelectorAll('.print-footnotes li')];
    const ids = footnoteIds(comparison, comparison.rows);
    expect(items.map((li) => li.getAttribute('data-footnote-id'))).toEqual(ids);
    for (const row of comparison.rows)
      for (const id of rowSourceIds(row)) expect(ids).toContain(id);
    const e3 = items.find((li) => li.getAttribute('data-footnote-id') === 'E3')!;
    expect(e3.textContent).toBe(
      `Reuters (via Bharat Horizon), c. 23 Nov 2025: ${bundled.sources.get('E3')!.url}`,
    );
    expect(e3.querySelector('a')!.getAttribute('href')).toBe(bundled.sources.get('E3')!.url);
    expect(container.querySelector('style')!.textContent).toContain(
      `.source[data-source-id="E3"]::after { content: " [${ids.indexOf('E3') + 1}]"; }`,
    );
  });

  it('follows the filters: hidden rows add no footnotes', () => {
    const shown = filterRows(comparison.rows, { hideUnchanged: false, topic: 'nato' });
    const ids = footnoteIds(comparison, shown);
    expect(ids.length).toBeLessThan(footnoteIds(comparison, comparison.rows).length);
  });

  it('escapes data on its way into CSS', () => {
    expect(cssString('a"b\\c\n</style>')).toBe('"a\\22 b\\5c c\\a \\3c /style\\3e "');
    expect(footnoteCss(['x"y'])).toContain('[data-source-id="x\\22 y"]');
  });
});
