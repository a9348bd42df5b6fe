// Typing as a person does it, for the e2e tests: values typed key by key, Tab between them and
// the next value started at once, optionally while the workbook changes underneath.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Harness } from './harness';

/** As a person does it: click into the field, select what is there, type key by key, leave with Tab. */
export async function retypeField(page: Page, label: string, text: string): Promise<void> {
  await page.getByLabel(label, { exact: true }).click();
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text, { delay: 60 });
  await page.keyboard.press('Tab');
}

/** How many times each typing test repeats (TYPING_RUNS=20 for a thorough run; 1 keeps CI fast). */
export const TYPING_RUNS = Math.max(1, Number(process.env.TYPING_RUNS ?? 1) || 1);

/** The two speeds of the issue: a fast typist and a slow one (milliseconds per key). */
export const TYPING_DELAYS = [30, 150] as const;

/** A test's timeout for `runs` runs of about `keys` keys at `delay`, with room for set-up. */
export function typingTimeout(keys: number, delay: number, runs = TYPING_RUNS): number {
  // A thorough run (many runs) gets three times the time a quiet machine needs: on a busy one a
  // timeout would stop the count and leave its runs going on under the next test.
  return 30_000 + (runs > 1 ? 3 : 1) * runs * (keys * (delay + 15) + 4_000);
}

export interface TypeAlongOptions {
  /** Milliseconds per key. */
  delay: number;
  /** The key after the last value (default Enter). */
  end?: 'Enter' | 'Tab' | null;
}

/**
 * Types `values` key by key, with Tab between them; the next value starts as soon as the Tab is
 * pressed (no wait, as when a person types on). Ends with Enter unless told otherwise.
 */
export async function typeAlong(page: Page, values: readonly string[], { delay, end = 'Enter' }: TypeAlongOptions): Promise<void> {
  for (let i = 0; i < values.length; i++) {
    await page.keyboard.type(values[i]!, { delay });
    const key = i === values.length - 1 ? end : 'Tab';
    if (key) await page.keyboard.press(key);
  }
}

/**
 * Watches, in the page, the element every key goes to. Keys between two Tab/Enter presses belong
 * to one field; when that field's element leaves the page before the Tab, the cell (or field)
 * being typed in was torn down. Installed once per page; `takeTornDown` reads and clears.
 */
export async function watchTyping(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __typingWatch?: { tornDown: string[] } };
    if (w.__typingWatch) return;
    const watch = { tornDown: [] as string[] };
    w.__typingWatch = watch;
    let target: EventTarget | null = null;
    let typed = '';
    const describe = (el: EventTarget | null) =>
      el instanceof Element ? `${el.tagName.toLowerCase()}${el.getAttribute('aria-label') ? `[${el.getAttribute('aria-label')}]` : ''}` : String(el);
    const see = (event: Event, text: string) => {
      const next = event.target;
      if (target && next !== target && target instanceof Node && !target.isConnected) {
        watch.tornDown.push(`${describe(target)} after "${typed}"`);
      }
      target = next;
      typed += text;
    };
    document.addEventListener(
      'keydown',
      (event) => {
        if (event.key === 'Tab' || event.key === 'Enter') {
          if (target instanceof Node && !target.isConnected) watch.tornDown.push(`${describe(target)} before ${event.key} after "${typed}"`);
          target = null;
          typed = '';
          return;
        }
        see(event, event.key.length === 1 ? event.key : '');
      },
      { capture: true },
    );
    // Letters outside the US layout (æ, ø, å) arrive as text input without a keydown.
    document.addEventListener('beforeinput', (event) => see(event, event.data ?? ''), { capture: true });
  });
}

/** The fields torn down while typed in since the last call (empty when none). */
export async function takeTornDown(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const w = window as unknown as { __typingWatch?: { tornDown: string[] } };
    const list = w.__typingWatch?.tornDown ?? [];
    if (w.__typingWatch) w.__typingWatch.tornDown = [];
    return list;
  });
}

/** A change from elsewhere: a channel and its input, given the change's number (0, 1, …). */
export type Churn = (n: number) => readonly [channel: string, input: unknown];

/**
 * Runs `fn` while the workbook changes underneath every 200 ms through the real dispatcher, as
 * when someone else (or another sheet) stores something. Answers fn's result and how many
 * changes were made; a refused change fails the test, since it would prove nothing.
 */
export async function whileChurning<R>(harness: Harness, churn: Churn, fn: () => Promise<R>): Promise<{ result: R; changes: number }> {
  let changes = 0;
  let failure: string | null = null;
  let pending: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    const [channel, input] = churn(changes++);
    pending = Promise.resolve(harness.dispatch(channel, input)).then((envelope) => {
      const answer = envelope as { ok: boolean; error?: { message: string } };
      if (!answer.ok) failure = `${channel}: ${answer.error?.message ?? 'afvist'}`;
    });
  }, 200);
  const stop = async () => {
    clearInterval(timer);
    await pending;
  };
  let result: R;
  try {
    result = await fn();
  } catch (error) {
    await stop();
    throw error;
  }
  await stop();
  if (failure) throw new Error(`A change underneath was refused – ${String(failure)}`);
  return { result, changes };
}

/**
 * Reads `read()` until it equals `expected` (the workbook stores a moment after the key) or
 * `timeoutMs` has passed; answers the last reading.
 */
export async function settled<T>(read: () => T, expected: T, timeoutMs = 3_000): Promise<T> {
  const want = JSON.stringify(expected);
  const until = Date.now() + timeoutMs;
  let last = read();
  while (JSON.stringify(last) !== want && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    last = read();
  }
  return last;
}

/** One run's outcome: what went wrong, if anything. */
export interface RunOutcome {
  run: number;
  problems: string[];
}

/**
 * Repeats `run` TYPING_RUNS times and collects what went wrong in each (nothing stops early, so
 * the count of failed runs is known); prints a one-line summary for the report.
 */
export async function repeatRuns(name: string, run: (n: number) => Promise<string[]>, runs = TYPING_RUNS): Promise<RunOutcome[]> {
  const failed: RunOutcome[] = [];
  for (let n = 0; n < runs; n++) {
    const problems = await run(n);
    if (problems.length > 0) {
      failed.push({ run: n, problems });
      // Said at once, so what went wrong is on record even if the test is stopped later.
      console.log(`[typing] ${name}, run ${n}: ${problems.join('; ')}`);
    }
  }
  console.log(`[typing] ${name}: ${runs} runs, ${failed.length} failed`);
  return failed;
}

/** Compares what is stored with what was typed; answers a problem line when they differ. */
export function compareStored(what: string, stored: unknown, expected: unknown): string[] {
  return JSON.stringify(stored) === JSON.stringify(expected) ? [] : [`${what}: stored ${JSON.stringify(stored)}, typed ${JSON.stringify(expected)}`];
}

/** Calls a channel through the real dispatcher, as the app would, and answers its value. */
export async function act<T = unknown>(harness: Harness, channel: string, input: unknown): Promise<T> {
  const envelope = (await harness.dispatch(channel, input)) as { ok: true; value: T } | { ok: false; error: { message: string } };
  if (!envelope.ok) throw new Error(`${channel}: ${envelope.error.message}`);
  return envelope.value;
}

/** The grid cell of a row (by row id) and column, as the person sees it. */
export function gridCell(page: Page, grid: string, rowId: string | number, colId: string) {
  return page.getByRole('region', { name: grid, exact: true }).locator(`.ag-row[row-id="${rowId}"] .ag-cell[col-id="${colId}"]`);
}

/**
 * A run's problems: what was stored wrongly – with the error notices on screen, which say why –
 * and every field torn down while typed in.
 */
export async function runProblems(page: Page, stored: string[]): Promise<string[]> {
  const notices = stored.length > 0 ? (await page.locator('.notice-error').allTextContents()).map((text) => `notice: ${text}`) : [];
  if (stored.length > 0) notices.push(...(await page.locator('.cell-refused').allTextContents()).map((text) => `refused cell: ${text}`));
  return [...stored, ...notices, ...(await takeTornDown(page))];
}

export interface TypingCase {
  name: string;
  /** About how many keys one run types (for the timeout). */
  keys: number;
  /** One run: types with `delay` ms a key, values marked with `tag`; answers its problems. */
  type: (delay: number, tag: string, n: number) => Promise<string[]>;
  /** Before the runs (e.g. choosing a view). */
  before?: () => Promise<void>;
}

/**
 * The sheet's typing tests: every case at both speeds, then again while `churn` changes the
 * workbook underneath – at both speeds in a thorough run (TYPING_RUNS > 1), at the fast one by
 * default, which keeps the suite short. Each case fails when any of its runs lost a key.
 */
export function describeTyping(sheet: string, harness: () => Harness, churn: Churn, cases: readonly TypingCase[]): void {
  for (const churning of [false, true]) {
    const delays = churning && TYPING_RUNS === 1 ? [TYPING_DELAYS[0]] : TYPING_DELAYS;
    describe(churning ? `${sheet}, while the workbook changes underneath` : sheet, () => {
      for (const delay of delays) {
        for (const { name, keys, type, before } of cases) {
          it(`${name} typed with Tab at ${delay} ms a key`, { timeout: typingTimeout(keys, delay) }, async () => {
            await before?.();
            const tagOf = (n: number) => `${churning ? 'c' : 'v'}${delay === 30 ? 'f' : 's'}${n}`;
            const once = (n: number) => type(delay, tagOf(n), n);
            const failed = await repeatRuns(`${sheet} ${name} ${delay} ms${churning ? ' churning' : ''}`, (n) =>
              churning ? whileChurning(harness(), churn, () => once(n)).then((r) => r.result) : once(n),
            );
            expect(failed).toEqual([]);
          });
        }
      }
    });
  }
}
