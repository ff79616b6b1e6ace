/**
 * A shared link can never borrow our sources' authority (issue #19). The links are made by the
 * project's own encoder, as a sender's viewer (or anyone with the source) would make them.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { expect, it } from 'vitest';
import type { Source, Version } from '../../src/core/model/types';
import { encodeView } from '../../src/core/url/codec';
// The encoder packs drafts with the payload support.
import '../../src/core/url/payload';
import { defaultView } from '../../src/core/url/view-state';
import { baseUrl, describeInBrowser, seriousAxeViolations, useBrowser } from './browser';

const register = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../data/sources.json'), 'utf8'),
) as Source[];
const registered = (id: string): Source => register.find((s) => s.id === id)!;

/** The spoof the issue describes: a bundled-looking title, the register's ids, no sources of its own. */
const SPOOF: Version = {
  id: 'us-29',
  title: 'US 29-point draft',
  date: '2025-12-01',
  completeness: 'full-text',
  claimedPoints: 29,
  claimedBy: [],
  reportedBy: ['A1', 'N5'],
  summary: 'Imported by you: 1 points read from pasted text.',
  points: [
    { label: '1', text: 'Ukraine cedes all of Donetsk.', topics: ['territory'], sources: ['A1'] },
  ],
};

/** The other way round: sources of its own, under the register's ids, naming the same outlets. */
const LOOKALIKE: Version = {
  ...SPOOF,
  id: 'us-30',
  title: 'US 30-point draft',
  reportedBy: ['N5'],
  points: [{ ...SPOOF.points[0]!, sources: ['N5'] }],
  ownSources: [
    {
      id: 'N5',
      outlet: 'The Washington Post',
      url: 'https://example.org/not-the-post',
      date: '2025-12-01',
      holds: 'Whatever the sender says',
    },
  ],
};

const link = (draft: Version) =>
  `${baseUrl()}${encodeView({ ...defaultView({ left: 'us-28', right: draft.id }), left: 'us-28', right: draft.id }, { drafts: [draft] })}`;

const rightHeader = (page: Page): Locator => page.locator('.version-header--right');
const point = (page: Page, id: string): Locator => page.locator(`[data-point-id="${id}"]`);
/** Visible text without the invisible isolation marks around text from the link. */
const plain = (text: string) => text.replace(/[\u2068\u2069]/g, '');

async function openLink(session: ReturnType<typeof useBrowser>, url: string) {
  const context = await session.newContext();
  const page = await session.newPage(context);
  await page.goto(url);
  await page.getByRole('heading', { level: 1, name: 'Peace-plan drafts compared' }).waitFor();
  return { context, page };
}

describeInBrowser('a draft in a link cannot pose as a reported version', () => {
  const session = useBrowser();

  it('shows the sender’s claims as unchecked, never as Axios’s report', async () => {
    const { context, page } = await openLink(session, link(SPOOF));
    await point(page, 'us-29:1').waitFor();

    // The link says what it left out.
    const notices = page.getByRole('status', { name: 'About this link', exact: true });
    expect(plain(await notices.innerText())).toContain(
      'Shared draft, unverified: “US 29-point draft” came in the link: it cited sources it does not carry (“A1”, “N5”); a shared draft can cite only its own sources, so those citations were removed.',
    );

    // Picker, header and badge say what it is, in words.
    const picker = page.getByLabel('Right version', { exact: true });
    expect(await picker.inputValue()).toBe('us-29');
    const option = picker.locator('option:checked');
    expect(await option.innerText()).toMatch(
      /^Shared draft, unverified: “US 29-point draft” — 1 Dec 2025$/,
    );
    expect(await option.evaluate((o) => (o.parentElement as HTMLOptGroupElement).label)).toBe(
      'Shared with this link, unverified',
    );
    const header = rightHeader(page);
    expect(await header.getByRole('heading').textContent()).toBe(
      'Right version: Shared draft, unverified: “US 29-point draft”',
    );
    expect(await header.locator('.badge--shared').innerText()).toBe('Shared draft, unverified');
    expect(await header.getByRole('note').innerText()).toMatch(
      /^Shared draft, unverified\. Imported by the sender, unverified: this draft arrived in the link/,
    );
    expect(await header.innerText()).not.toMatch(/Imported by you/);

    // Nothing on its side names or links the register's outlets.
    for (const where of [header, point(page, 'us-29:1')]) {
      expect(await where.innerText()).not.toMatch(
        /Axios|Telegraph|Washington Post|LIGA|Reported by/,
      );
      for (const id of ['A1', 'N5'])
        expect(await where.locator(`a[href="${registered(id).url}"]`).count()).toBe(0);
    }
    // The left side, a bundled version, still credits its own sources.
    expect(await page.locator('.version-header--left').innerText()).toContain('Axios');

    // The export says the same: no outlet credited for the shared draft.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page
        .getByRole('button', { name: 'Export', exact: true })
        .click()
        .then(() => page.getByRole('button', { name: 'Download Markdown' }).click()),
    ]);
    const md = readFileSync((await download.path())!, 'utf8');
    const to = md.split('\n').find((line) => line.startsWith('- **To:**')) ?? '';
    expect(to).toMatch(/^- \*\*To:\*\* Shared draft, unverified: “US 29-point draft”/);
    expect(to).not.toMatch(/Axios|Telegraph|Washington Post|Reported by/);

    // Every view names it the same way: the timeline.
    await page.getByRole('button', { name: 'Timeline', exact: true }).click();
    await page
      .getByRole('heading', { name: 'Shared draft, unverified: “US 29-point draft”' })
      .first()
      .waitFor();

    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(session.errors).toEqual([]);
    await context.close();
  });

  it('renames its own sources named like the register’s, and marks them as the sender’s', async () => {
    const { context, page } = await openLink(session, link(LOOKALIKE));
    await point(page, 'us-30:1').waitFor();
    const notices = page.getByRole('status', { name: 'About this link', exact: true });
    expect(plain(await notices.innerText())).toMatch(
      /its own sources “N5” had ids this viewer already uses and were renamed/,
    );
    const header = rightHeader(page);
    // The sources are one click away (the header's summary line names the outlets).
    await header.locator('details.version-sources > summary').click();
    expect(await header.innerText()).toContain(
      'Reported by: The Washington Post, 1 Dec 2025 (given by the sender, not checked)',
    );
    const credited = header.getByRole('link', { name: 'The Washington Post, 1 Dec 2025' });
    expect(await credited.getAttribute('href')).toBe('https://example.org/not-the-post');
    expect(await header.locator(`a[href="${registered('N5').url}"]`).count()).toBe(0);
    // A row names the outlet only (in the "1 source" chip: the version's own source), marked.
    expect(await point(page, 'us-30:1').textContent()).toContain(
      'Source: The Washington Post (given by the sender, not checked)',
    );
    expect(await seriousAxeViolations(page), 'axe').toEqual([]);
    expect(session.errors, 'page errors').toEqual([]);
    await context.close();
  });
});
