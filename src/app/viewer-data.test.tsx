/**
 * A draft that is not bundled never borrows the register's authority (issue #19): the spoofed link
 * of the issue — titled "US 29-point draft", reported by A1 (Axios) and N5 (The Washington Post),
 * a point citing A1 — shows as a shared, unverified draft whose only sources are the ones it
 * carries, marked as given by the sender, in the header, the points and the exports.
 */
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
// Drafts that are not bundled join the viewer with the payload support installed (viewer-data.ts).
import '../core/url/payload';
import { compareVersions } from '../core/compare/compare';
import type { Source, Version } from '../core/model/types';
import { comparisonToCsv } from '../core/report/csv';
import { comparisonToMarkdown } from '../core/report/markdown';
import { bundled } from '../data/bundled';
import { DataContext } from '../ui/data-context';
import { PointBlock } from '../ui/point-details';
import { VersionHeader } from '../ui/version-header';
import { VersionPicker } from '../ui/version-picker';
import { bundledViewerData } from '../data/bundled-viewer-data';

const senderSource = (id: string, outlet: string): Source => ({
  id,
  outlet,
  url: `https://example.org/${id.toLowerCase()}`,
  date: '2025-12-01',
  holds: 'Given by the sender',
});

/** The spoof, as its sender's encoder would write it (after the decoder isolated it). */
const spoof: Version = {
  id: 'us-29',
  title: 'US 29-point draft',
  date: '2025-12-01',
  completeness: 'full-text',
  claimedPoints: 29,
  claimedBy: [],
  // "A1" is its own source here, named like the register's Axios entry.
  reportedBy: ['A1', 'N5'],
  summary: 'Imported by you: 1 points read from pasted text.',
  points: [
    { label: '1', text: 'Ukraine cedes all of Donetsk.', topics: ['territory'], sources: ['A1'] },
  ],
  ownSources: [senderSource('A1', 'Axios')],
};

const mine: Version = {
  ...spoof,
  id: 'imported-my-draft',
  title: 'My draft \u202Etxt.exe',
  reportedBy: ['U1'],
  summary: 'Imported by you: 1 points read from pasted text.',
  points: [{ label: '1', text: 'Text.', topics: [], sources: ['U1'] }],
  ownSources: [senderSource('U1', 'Kyiv Independent')],
};

const data = bundledViewerData([mine], [spoof]);
const shown = data.versionById('us-29')!;

describe('a draft in a link, as the viewer holds it', () => {
  it('cites only its own sources, renamed away from the register, marked as given by the sender', () => {
    // The register's own A1, as its file was loaded (not the sender's copy).
    expect(data.source('A1')).toMatchObject({
      id: 'A1',
      outlet: bundled.sources.get('A1')?.outlet,
    });
    expect(data.source('A1')?.givenBy).toBeUndefined();
    expect(data.source('A1')?.outlet).toBe('Axios and The Telegraph');
    expect(shown.reportedBy).toEqual(['A1X']);
    expect(shown.points[0]?.sources).toEqual(['A1X']);
    expect(data.source('A1X')).toMatchObject({ outlet: 'Axios', givenBy: 'sender' });
    expect(data.source('U1')).toMatchObject({ outlet: 'Kyiv Independent', givenBy: 'reader' });
  });

  it('is named a shared, unverified draft; the reader’s own import stays theirs', () => {
    expect(data.provenance('us-29')).toBe('shared');
    expect(data.provenance('imported-my-draft')).toBe('yours');
    expect(data.provenance('us-28')).toBe('bundled');
    expect(shown.title).toBe('Shared draft, unverified: “US 29-point draft”');
    expect(shown.summary).toBe(
      'Imported by the sender, unverified: 1 points read from pasted text.',
    );
    // The import's title is isolated for display (it holds a right-to-left override)…
    expect(data.versionById('imported-my-draft')?.title).toBe('\u2068My draft \u202Etxt.exe\u2069');
    // …and carried in links as the reader gave it.
    expect(data.importedDraft('imported-my-draft')?.title).toBe('My draft \u202Etxt.exe');
    expect(data.importedDraft('us-29')).toBeUndefined();
  });

  it('the header says so in words, and never names the register’s outlets', () => {
    render(
      <DataContext.Provider value={data}>
        <VersionHeader version={shown} side="right" />
        <PointBlock version={shown} point={shown.points[0]!} />
      </DataContext.Provider>,
    );
    const header = screen.getByRole('region', { name: /US 29-point draft/ });
    expect(within(header).getByRole('heading').textContent).toBe(
      'Right version: Shared draft, unverified: “US 29-point draft”',
    );
    expect(
      within(header).getByText('Shared draft, unverified', { selector: '.badge' }),
    ).toBeTruthy();
    expect(within(header).getByRole('note').textContent).toMatch(
      /Imported by the sender, unverified: this draft arrived in the link\. Its title, text and sources are as the sender gave them/,
    );
    expect(header.textContent).toContain(
      'Reported by: Axios, 1 Dec 2025 (given by the sender, not checked)',
    );
    expect(document.body.textContent).not.toMatch(/Telegraph|Washington Post|Imported by you/);
    // A row names the outlet only (its date is in the header and the link's tooltip), marked too.
    const point = document.querySelector('[data-point-id="us-29:1"]')!;
    expect(point.textContent).toContain('Source: Axios (given by the sender, not checked)');
    expect(point.querySelector('a')!.title).toBe(
      'Axios (given by the sender, not checked), 1 Dec 2025',
    );
  });

  it('the version pickers list it apart, marked', () => {
    render(
      <DataContext.Provider value={data}>
        <VersionPicker label="Right version" value="us-29" onChange={() => undefined} />
      </DataContext.Provider>,
    );
    const group = screen.getByRole('group', { name: 'Shared with this link, unverified' });
    expect(within(group).getByRole('option').textContent).toBe(
      'Shared draft, unverified: “US 29-point draft” — 1 Dec 2025',
    );
    expect(screen.getByRole('group', { name: 'Imported' }).textContent).toContain('Imported: ');
  });

  it('the Markdown and CSV exports mark its sources as given by the sender, not checked', () => {
    const comparison = compareVersions(data.versionById('us-28')!, shown, {
      correspondences: bundled.correspondences,
    });
    const md = comparisonToMarkdown(comparison, data.sources);
    expect(md).toContain('Shared draft, unverified: “US 29-point draft”');
    const to = md.split('\n').find((line) => line.startsWith('- **To:**')) ?? '';
    expect(to).toMatch(/Reported by Axios \(given by the sender, not checked\)\[\^\d+\]\.$/);
    expect(to).not.toMatch(/Telegraph|Washington Post/);
    expect(md).toMatch(
      /\[\^\d+\]: Axios \(given by the sender, not checked\), 2025-12-01: <https:\/\/example\.org\/a1>/,
    );
    const csv = comparisonToCsv(comparison, data.sources);
    expect(csv).toContain(
      'Axios (given by the sender, not checked) (2025-12-01) https://example.org/a1',
    );
  });
});
