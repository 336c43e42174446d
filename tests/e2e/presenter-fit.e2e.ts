/**
 * Presenter mode fits a room: every route at a projector's 1024×768 and at 1920×1080 in real Chromium.
 * Checks no horizontal scroll, a one-line header, the step list folded and the lesson folded (so the page's
 * interactive part starts on the first screen), chart and diagram text neither cut by its chart's box nor
 * overlapping other text (and at least 18 px at 1080p), and axe. Also: /model/train's charts after a run, and
 * the sidebar toggle by keyboard (remembered, sticky when shown).
 */
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { STAGES } from '../../src/content/stages';
import { SIDEBAR_KEY } from '../../src/app/sidebar-state';
import { PRESENTER_KEY } from '../../src/store/presenter-store';
import { assertNoAxeViolations } from './axe';
import type { Probe } from './harness';
import { openRoute, setupE2E, waitForText, withFallbackFont } from './harness';

const { e2e } = setupE2E();

/** The two rooms: an old projector and a 1080p one. */
const ROOMS = [
  { width: 1024, height: 768 },
  { width: 1920, height: 1080 },
] as const;

/** Chart type at 1080p must reach this (in CSS px, after the SVG's own scaling). */
const MIN_CHART_PX_1080 = 18;

/** Every load of this page starts in presenter mode with the sidebar's remembered state cleared. */
async function startInPresenterMode(page: Page): Promise<void> {
  // Labels must fit in the wider fallback face too: a first visit on a busy machine keeps it (font-display optional).
  await withFallbackFont(page);
  await page.addInitScript(
    ([presenterKey, sidebarKey]) => {
      localStorage.setItem(presenterKey, JSON.stringify({ presenter: true, shortcuts: true }));
      // Only on the first load of this page: a test of "remembered" reloads and must find what the page stored.
      if (!sessionStorage.getItem('fit-started')) {
        sessionStorage.setItem('fit-started', '1');
        localStorage.removeItem(sidebarKey);
      }
    },
    [PRESENTER_KEY, SIDEBAR_KEY] as const,
  );
}

interface TextProblem {
  text: string;
  problem: string;
}

/**
 * Each visible SVG text in main: cut by its chart's box (recharts' container, else the SVG), overlapping another
 * text of the same SVG, or smaller than `minPx` rendered. Returns the problems and how many texts were checked.
 */
function chartTextProblems(page: Page, minPx: number): Promise<{ checked: number; problems: TextProblem[] }> {
  // No named helpers inside: tsx would wrap them in a __name() call that does not exist in the page.
  return page.evaluate((min) => {
    const problems: { text: string; problem: string }[] = [];
    let checked = 0;
    for (const svg of document.querySelectorAll<SVGSVGElement>('main svg')) {
      const box = (svg.closest('.recharts-responsive-container') ?? svg.closest('.recharts-wrapper') ?? svg).getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      const texts = [...svg.querySelectorAll<SVGTextElement>('text')].flatMap((t) => {
        const rect = t.getBoundingClientRect();
        const style = getComputedStyle(t);
        const text = (t.textContent ?? '').trim();
        return text && rect.width > 0 && style.visibility !== 'hidden' && style.display !== 'none' ? [{ t, rect, text, style }] : [];
      });
      for (const { t, rect, text, style } of texts) {
        checked++;
        const where = `"${text}" in ${svg.getAttribute('class') ?? 'svg'}`;
        if (rect.left < box.left - 1 || rect.right > box.right + 1 || rect.top < box.top - 1 || rect.bottom > box.bottom + 1) {
          const at = [rect.left, rect.top, rect.right, rect.bottom].map(Math.round).join(',');
          problems.push({ text: where, problem: `cut: text at ${at} outside chart ${[box.left, box.top, box.right, box.bottom].map(Math.round).join(',')}` });
        }
        const m = t.getScreenCTM();
        // The scale of the SVG's user units (a rotated label keeps it in b, not a).
        const px = Number.parseFloat(style.fontSize) * (m ? Math.hypot(m.a, m.b) : 1);
        if (px < min - 0.05) problems.push({ text: where, problem: `${px.toFixed(1)} px < ${min} px` });
      }
      for (let i = 0; i < texts.length; i++) {
        for (let j = i + 1; j < texts.length; j++) {
          const ta = texts[i];
          const tb = texts[j];
          if (!ta || !tb) continue;
          const a = ta.rect;
          const b = tb.rect;
          const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
          const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
          // Line boxes of neighbouring labels may touch; more than 2 px each way is ink on ink.
          if (w > 2 && h > 2) problems.push({ text: `"${ta.text}" and "${tb.text}"`, problem: `overlap ${Math.round(w)}×${Math.round(h)} px` });
        }
      }
    }
    return { checked, problems };
  }, minPx);
}

async function assertChartsFit(page: Page, where: string, minPx: number): Promise<number> {
  const { checked, problems } = await chartTextProblems(page, minPx);
  assert.deepEqual(problems, [], `chart text problems on ${where}:\n${problems.map((p) => `  ${p.text}: ${p.problem}`).join('\n')}`);
  return checked;
}

async function assertFitsWidth(page: Page, where: string): Promise<void> {
  const size = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
  assert.ok(size.scrollWidth <= size.innerWidth, `horizontal scroll on ${where}: scrollWidth ${size.scrollWidth} > innerWidth ${size.innerWidth}`);
}

/** Every shown item of the site header sits on one line: each one's top is above every other's bottom. */
async function assertHeaderOneLine(page: Page, where: string): Promise<void> {
  const rows = await page.evaluate(() =>
    [...document.querySelectorAll('.site-header > *')]
      .map((el) => ({ name: el.className || el.tagName, r: el.getBoundingClientRect() }))
      .filter(({ r }) => r.width > 1 && r.height > 1)
      .map(({ name, r }) => ({ name, top: r.top, bottom: r.bottom })),
  );
  const lowestTop = Math.max(...rows.map((r) => r.top));
  const highestBottom = Math.min(...rows.map((r) => r.bottom));
  assert.ok(lowestTop < highestBottom, `the header wraps on ${where}: ${JSON.stringify(rows)}`);
}

function assertNoPageErrors(probe: Probe): void {
  assert.deepEqual(probe.pageErrors, [], `page errors:\n${probe.pageErrors.join('\n')}`);
}

for (const room of ROOMS) {
  const size = `${room.width}×${room.height}`;
  const minPx = room.width >= 1920 ? MIN_CHART_PX_1080 : 0;
  for (const stage of STAGES) {
    e2e(`presenter mode at ${size} on ${stage.path}: fits, charts readable and uncut, axe`, async (probe) => {
      const { page } = probe;
      await page.setViewportSize(room);
      await startInPresenterMode(page);
      await openRoute(probe, stage.path);
      const where = `${stage.path} at ${size}`;
      assert.equal(await page.evaluate(() => document.documentElement.dataset.presenter), 'on', 'presenter mode is not on');
      await assertFitsWidth(page, where);
      await assertHeaderOneLine(page, where);
      // The step list starts folded away in presenter mode.
      assert.equal(await page.getByRole('button', { name: 'Steps', exact: true }).getAttribute('aria-expanded'), 'false');
      assert.equal(await page.getByRole('navigation', { name: 'Tutorial steps' }).isVisible(), false, 'the step list is shown');
      if (stage.intro.length > 0) {
        const fold = page.locator('details.lesson-fold');
        assert.equal(await fold.evaluate((d: HTMLDetailsElement) => d.open), false, 'the lesson is not folded');
        // What follows the folded lesson (the page's own part) starts on the first screen.
        const top = await fold.evaluate((d) => d.nextElementSibling?.getBoundingClientRect().top ?? Number.POSITIVE_INFINITY);
        assert.ok(top < room.height - 48, `the page's interactive part starts at ${Math.round(top)} px, below the first screen (${room.height} px)`);
      }
      await assertChartsFit(page, where, minPx);
      await assertNoAxeViolations(page, `${where} in presenter mode`);
      assertNoPageErrors(probe);
    });
  }

  e2e(`presenter mode at ${size} on /model/train after a run: the curves' labels fit`, async (probe) => {
    const { page } = probe;
    await page.setViewportSize(room);
    await startInPresenterMode(page);
    await openRoute(probe, '/model/train');
    await page.waitForFunction(() => [...document.querySelectorAll('button')].some((b) => b.textContent === 'Train' && !b.disabled), undefined, { timeout: 30_000 });
    await page.getByRole('button', { name: 'Train', exact: true }).click();
    await waitForText(page.locator('main'), /After \d+ epochs your model gets \d+ of \d+ validation penguins right/, 60_000);
    const where = `/model/train after a run at ${size}`;
    await assertFitsWidth(page, where);
    const checked = await assertChartsFit(page, where, minPx);
    assert.ok(checked >= 10, `only ${checked} chart texts found: the curves did not draw`);
    await assertNoAxeViolations(page, where);
    assertNoPageErrors(probe);
  }, { timeout: 90_000 });
}

e2e('the Steps button shows and hides the step list by keyboard, remembers it, and the list stays in view', async (probe) => {
  const { page } = probe;
  await page.setViewportSize(ROOMS[0]);
  await startInPresenterMode(page);
  await openRoute(probe, '/data/explore');
  const toggle = page.getByRole('button', { name: 'Steps', exact: true });
  const nav = page.getByRole('navigation', { name: 'Tutorial steps' });
  assert.equal(await toggle.getAttribute('aria-controls'), 'site-nav');
  await toggle.focus();
  await page.keyboard.press('Enter');
  assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
  await nav.waitFor({ state: 'visible' });
  await assertFitsWidth(page, '/data/explore with the step list');
  // Sticky: after scrolling far down, the list's top is still on screen.
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  const navTop = await nav.evaluate((el) => el.getBoundingClientRect().top);
  assert.ok(navTop > -1 && navTop < 10, `the step list scrolled away (top ${navTop})`);
  await page.reload({ waitUntil: 'load' });
  await page.locator('h1').waitFor();
  assert.equal(await page.getByRole('button', { name: 'Steps', exact: true }).getAttribute('aria-expanded'), 'true', 'not remembered');
  await page.getByRole('button', { name: 'Steps', exact: true }).press('Space');
  await nav.waitFor({ state: 'hidden' });

  // "Show the lesson" opens by keyboard too.
  const summary = page.locator('details.lesson-fold > summary');
  await summary.focus();
  await page.keyboard.press('Enter');
  await page.getByRole('region', { name: 'Lesson' }).waitFor({ state: 'visible' });
  await waitForText(summary, 'Hide the lesson');
  assertNoPageErrors(probe);
});
