// @vitest-environment node
/**
 * The command line against the inputs of issue #19 (and the limits of #17): every one ends in
 * exit 2 with a message naming the file, or in correct output; no output ever holds a raw
 * control character. The files are generated here, in a temporary folder.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { bundled } from '../data/bundled';
import { run } from './run';
import { escapeControls } from './safe-output';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'compare-hostile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

function inProcess(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const status = run(args, bundled, { out: (t) => (stdout += t), err: (t) => (stderr += t) });
  return { status, stdout, stderr };
}

/** Any control character a terminal could act on (tab, LF and CRLF are layout). */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const RAW_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]|\r(?!\n)/;

const RETITLE = '\u001b]0;Ukraine surrenders\u0007';
const ESCAPES = file(
  'escapes.txt',
  [
    `1. ${RETITLE}Ukraine keeps its army of 600,000.`,
    '2. \u001b[2JThe screen is cleared \u001b[31min red\u001b[0m here.',
    '3. A bell\u0007, a backspace\u0008 and a C1 CSI\u009b2J too.',
  ].join('\n'),
);

describe('compare: terminal escape codes in a draft (issue #19)', () => {
  it.each(['text', 'md', 'csv', 'json'])('never writes them raw in %s output', (format) => {
    const result = inProcess(ESCAPES, 'us-28', '--format', format);
    expect(result.status).toBe(0);
    expect(result.stdout).not.toMatch(RAW_CONTROL);
    expect(result.stderr).not.toMatch(RAW_CONTROL);
    // The words around the codes are kept (short phrases: the text view wraps lines).
    expect(result.stdout).toContain('Ukraine keeps its');
    expect(result.stdout).toContain('screen is cleared in red');
    expect(result.stderr).toContain(
      `${ESCAPES}:1: warning: control codes removed (${RETITLE.length} characters: terminal escape sequences or other invisible commands)`,
    );
  });

  it('refuses control characters in a JSON draft, naming the field', () => {
    const json = JSON.parse(
      execFileSync('cat', [join(root, 'tests/fixtures/good-draft.json')], { encoding: 'utf8' }),
    ) as { points: Array<{ text: string }> };
    json.points[0]!.text = `Text \u001b]0;owned\u0007 here`;
    const path = file('escape.json', JSON.stringify(json));
    const result = inProcess(path, 'us-28');
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(
      /escape\.json: point \S+ › text: contains a control character \(U\+001B\) at character 6; remove it/,
    );
    expect(result.stderr).not.toMatch(RAW_CONTROL);
  });

  it('escapes what gets through in every format, and JSON still parses to the same data', () => {
    expect(escapeControls('a\u001b[2Jb\tc\r\nd\re\u0085f\u007f')).toBe(
      'a\\u001b[2Jb\tc\r\nd\\u000de\\u0085f\\u007f',
    );
    const data = { text: 'C1 \u0085 and \u009b CSI', esc: '\u001b' };
    const written = escapeControls(JSON.stringify(data));
    expect(written).not.toMatch(RAW_CONTROL);
    expect(JSON.parse(written)).toEqual(data);
  });

  it('flags bidirectional and zero-width characters in a draft', () => {
    const path = file('bidi.txt', '1. Ukraine keeps \u202eDonbas\u202c.\n2. Zero\u200bwidth.');
    const result = inProcess(path, 'us-28', '--format', 'json');
    expect(result.status).toBe(0);
    expect(result.stderr).toContain(`${path}: warning: Hidden characters: 2 bidirectional control`);
  });
});

describe('compare: files that are not UTF-8 text (issue #19)', () => {
  const utf16 = (text: string, bigEndian: boolean) => {
    const bytes = [bigEndian ? 0xfe : 0xff, bigEndian ? 0xff : 0xfe];
    for (const ch of text) {
      const c = ch.charCodeAt(0);
      bytes.push(...(bigEndian ? [c >> 8, c & 0xff] : [c & 0xff, c >> 8]));
    }
    return new Uint8Array(bytes);
  };
  const draft = '1. Пункт перший: армія 600,000.\n2. Second point of the draft.';

  it.each([
    ['UTF-16 LE', false],
    ['UTF-16 BE', true],
  ])('decodes %s with a byte-order mark', (name, bigEndian) => {
    const path = file(`${name.replace(/\W/g, '')}.txt`, utf16(draft, bigEndian));
    const result = inProcess(path, 'us-28', '--format', 'json');
    expect(result.status).toBe(0);
    const json = JSON.parse(result.stdout) as { rows: Array<{ left: Array<{ text: string }> }> };
    expect(json.rows.flatMap((r) => r.left.map((p) => p.text))).toContain(
      'Пункт перший: армія 600,000.',
    );
  });

  it.each<[string, number[], RegExp]>([
    ['nul.txt', [0x31, 0x2e, 0x20, 0x41, 0x00, 0x42], /binary \(it contains NUL bytes\)/],
    ['elf.txt', [0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0], /binary/],
    [
      'latin1.txt',
      [...Buffer.from('1. Caf'), 0xe9, ...Buffer.from(' au lait.\n')],
      /not UTF-8 text \(byte 0xE9 on line 1/,
    ],
    [
      'cp1251.txt',
      [0x31, 0x2e, 0x20, 0xcf, 0xf3, 0xed, 0xea, 0xf2],
      /not UTF-8 text \(byte 0xCF on line 1/,
    ],
    [
      'utf16-no-bom.txt',
      [0x31, 0x00, 0x2e, 0x00, 0x20, 0x00, 0x41, 0x00],
      /UTF-16 text without a byte-order mark/,
    ],
  ])('refuses %s with exit 2 and a message', (name, bytes, message) => {
    const path = file(name, new Uint8Array(bytes));
    const result = inProcess(path, 'us-28');
    expect(result).toMatchObject({ status: 2, stdout: '' });
    expect(result.stderr).toMatch(message);
    expect(result.stderr.startsWith(`${path}: `)).toBe(true);
  });
});

describe('compare: files that are not regular, empty or too large', () => {
  it('refuses a directory and /dev/zero without reading them', () => {
    expect(inProcess(dir, 'us-28')).toMatchObject({
      status: 2,
      stderr: `${dir}: is a directory, not a draft file\n`,
    });
    expect(inProcess('/dev/zero', 'us-28')).toMatchObject({
      status: 2,
      stderr:
        '/dev/zero: is not a regular file (a pipe, a device or a socket); only regular files are read\n',
    });
  });

  it('refuses a file over the size limit before reading it', () => {
    const path = file('huge.txt', '');
    truncateSync(path, 6 * 1024 * 1024); // sparse: nothing is written, the size is what counts
    expect(inProcess(path, 'us-28')).toMatchObject({
      status: 2,
      stderr: `${path}: This file is 6 MB; the limit is 5 MB. Import the draft in parts.\n`,
    });
  });

  it('says an empty file is empty', () => {
    const path = file('empty.txt', '');
    expect(inProcess(path, 'us-28')).toMatchObject({
      status: 2,
      stderr: `${path}: the file is empty (0 bytes): there is no draft in it.\n`,
    });
  });

  it('names the point limit for a 20,000-point draft', () => {
    const lines = Array.from({ length: 20_000 }, (_, i) => `${i + 1}. Item ${i + 1}.`).join('\n');
    const path = file('twenty-thousand.txt', lines);
    expect(inProcess(path, 'us-28')).toMatchObject({
      status: 2,
      stderr: `${path}: This draft has 20,000 points; the limit is 10,000. Import it in parts.\n`,
    });
  });

  it('refuses deeply nested JSON before parsing it, naming line and column', () => {
    const path = file('deep.json', `{"points": ${'['.repeat(200_000)}${']'.repeat(200_000)}}`);
    const result = inProcess(path, 'us-28');
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(new RegExp(`^${path}:1:27: nested more than 16 levels deep`));
  });
});

describe('compare: flags (issue #19)', () => {
  it.each([
    ['javascript:alert(1)', '--permalink must be an https:// URL, not "javascript:alert(1)"'],
    ['http://example.org/', '--permalink must be an https:// URL, not "http://example.org/"'],
    [
      'data:text/html,<b>x</b>',
      '--permalink must be an https:// URL, not "data:text/html,<b>x</b>"',
    ],
    ['https://user:pw@example.org/', '--permalink must not carry a user name or password'],
    [
      'https://example.org/\u001b[2J',
      '--permalink must not contain spaces or control characters: "https://example.org/\\u001b[2J"',
    ],
  ])('--permalink %j is refused', (value, message) => {
    expect(inProcess('us-28', 'e3-counter', '--format', 'md', '--permalink', value)).toEqual({
      status: 2,
      stdout: '',
      stderr: `compare: ${message}\nTry --help.\n`,
    });
  });

  it('--permalink https is printed in the Markdown report', () => {
    const result = inProcess(
      'us-28',
      'e3-counter',
      '--format',
      'md',
      '--permalink',
      'https://example.org/?v=1',
    );
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('https://example.org/?v=1');
  });

  it.each(['0', '-5', '39', '501', '1e3', '0x40', '12.5', '99999999999'])(
    '--width %s is refused with the range',
    (value) => {
      expect(inProcess('us-28', 'e3-counter', '--width', value)).toEqual({
        status: 2,
        stdout: '',
        stderr: `compare: --width must be a whole number from 40 to 500, not "${value}"\nTry --help.\n`,
      });
    },
  );
});

describe('compare: as a process', { timeout: 60_000 }, () => {
  const cli = (...args: string[]) =>
    spawnSync('npx', ['tsx', 'src/cli/compare.ts', ...args], {
      cwd: root,
      encoding: 'utf8',
      timeout: 30_000,
    });

  it('a FIFO ends at once with exit 2 (it never waits for a writer)', () => {
    const fifo = join(dir, 'pipe.txt');
    execFileSync('mkfifo', [fifo]);
    const result = cli(fifo, 'us-28');
    expect(result.error).toBeUndefined(); // no timeout
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`${fifo}: is not a regular file`);
  });

  it('--width 99999999999 exits 2 with a message and no stack trace', () => {
    const result = cli('us-28', 'e3-counter', '--width', '99999999999');
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(
      'compare: --width must be a whole number from 40 to 500, not "99999999999"\nTry --help.\n',
    );
  });
});
