/**
 * The data phase in real Chromium, driven from the keyboard: planted mistakes, outlier removal,
 * a changed split, and the same state after a reload. It checks behaviour only: main-thread
 * timing on a shared runner is too noisy to assert here, so this file makes no claim about it.
 */
import assert from 'node:assert/strict';
import { assertNoAxeViolations } from './axe';
import { openRoute, setupE2E, waitForText } from './harness';

const { e2e } = setupE2E();

e2e(
  'data phase by keyboard: messy data, outliers removed, split changed, same state after reload',
  async (probe) => {
    const { page } = probe;
    await openRoute(probe, '/data/explore');
    const flagged = page.locator('output.flag-count');
    await flagged.waitFor({ timeout: 20_000 });

    await page.getByLabel('Real-world messy data').focus();
    await page.keyboard.press('Space');
    await waitForText(page.locator('main'), '5 problems were planted: 0 found, 0 fixed');
    await assertNoAxeViolations(page, '/data/explore with messy data on');

    // Point at the kilogram row by its number (the keyboard way to click its dot), then convert it rather than drop it.
    const keptRows = async () => Number(/has (\d+) rows after cleaning/.exec((await page.locator('.explore-lessons').textContent()) ?? '')?.[1]);
    const rowsBefore = await keptRows();
    await page.getByRole('spinbutton', { name: 'Row number' }).focus();
    await page.keyboard.type('21');
    await page.keyboard.press('Enter');
    await waitForText(page.locator('.pointer-answer'), /Found it! Row 21: body mass typed in kilograms/);
    await waitForText(page.locator('main'), '5 problems were planted: 1 found, 0 fixed');
    await page.getByLabel('Convert kilogram masses to grams').focus();
    await page.keyboard.press('Space');
    await waitForText(page.locator('main'), '5 problems were planted: 1 found, 1 fixed');
    await waitForText(page.locator('main'), /Converted to grams: the bird stays/);
    assert.equal(await keptRows(), rowsBefore, 'converting to grams keeps the row');
    await assertNoAxeViolations(page, '/data/explore after pointing at a mistake');

    await page.getByLabel('Remove flagged outliers').focus();
    await page.keyboard.press('Space');
    await waitForText(page.locator('main'), /flags \d+ rows?; (they are|it is) removed/);

    const slider = page.getByLabel('k (IQR multiplier)');
    await slider.focus();
    const before = await flagged.textContent();
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowLeft');
    await page.waitForTimeout(500);
    const after = await flagged.textContent();
    assert.notEqual(after, before, 'moving the threshold must change the flagged count');

    await page.getByRole('link', { name: /Next\s+Prepare/ }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Prepare the data' }).waitFor();
    const training = page.getByLabel('Training', { exact: true });
    await training.waitFor({ timeout: 20_000 });
    await training.focus();
    for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowLeft');
    await page.waitForTimeout(600);
    assert.equal(await training.inputValue(), '60');
    const bar = page.locator('.split-bar[role="img"]');
    await waitForText(page.locator('.split-bar-block'), /Training/);
    const label = (await bar.getAttribute('aria-label')) ?? '';
    assert.match(label, /60%|6\d rows|Training/, `split bar label: ${label}`);
    await assertNoAxeViolations(page, '/data/prepare with messy data and a 60% split');

    await page.reload({ waitUntil: 'load' });
    await page.getByLabel('Training', { exact: true }).waitFor({ timeout: 20_000 });
    assert.equal(await page.getByLabel('Training', { exact: true }).inputValue(), '60', 'the split survives a reload');
    assert.match(page.url(), /split=60(~|%7E)/, 'the URL carries the split, so it can be shared');
    await waitForText(page.locator('main'), /outlier/);
    assert.deepEqual(probe.pageErrors, []);
  },
  { timeout: 120_000 },
);

e2e(
  'data phase by mouse: clicking the kilogram bird\'s dot in the strip plot finds that mistake',
  async (probe) => {
    const { page } = probe;
    await openRoute(probe, '/data/explore');
    // The test before this one (same browser context) found and fixed the kilogram row by keyboard: start afresh.
    await page.evaluate(() => localStorage.clear());
    await openRoute(probe, '/data/explore');
    await page.locator('output.flag-count').waitFor({ timeout: 20_000 });
    await page.getByLabel('Real-world messy data').check();
    await waitForText(page.locator('main'), '5 problems were planted: 0 found, 0 fixed');

    const strip = page.getByRole('region', { name: /^Strip plot/ });
    await strip.getByLabel('Measurement').selectOption('body_mass_g');
    await strip.getByRole('img', { name: /^Strip plot of body_mass_g/ }).waitFor();
    await strip.locator('.species-points').scrollIntoViewIfNeeded();

    // The dots are one SVG path per species: every marker starts with "M x y". The bird typed in kilograms (3.4 on
    // a gram axis) is the leftmost mark by far; find it in screen coordinates, the way a learner's eye would.
    const leftmostDot = () =>
      strip.evaluate((section) => {
        let best: { x: number; y: number } | null = null;
        for (const path of section.querySelectorAll<SVGPathElement>('.species-points path')) {
          const ctm = path.getScreenCTM();
          if (!ctm) continue;
          for (const m of (path.getAttribute('d') ?? '').matchAll(/M(-?[\d.]+) (-?[\d.]+)/g)) {
            const p = new DOMPoint(Number(m[1]) + 4.5, Number(m[2])).matrixTransform(ctm);
            if (!best || p.x < best.x) best = { x: p.x, y: p.y };
          }
        }
        return best;
      });
    // The page may still be scrolling the chart into view (smooth scrolling): hover until the callout names a row.
    // Its text is read at once: a late re-render of the chart (the deferred measurement switch) may drop the hover.
    const callout = strip.locator('.point-callout');
    let target: { x: number; y: number } | null = null;
    let named = '';
    for (let attempt = 0; attempt < 10 && !named; attempt++) {
      target = await leftmostDot();
      assert.ok(target, 'the strip plot drew its dots');
      await page.mouse.move(target.x + (attempt % 2), target.y);
      await page.waitForTimeout(300);
      named = (await callout.count()) ? ((await callout.first().textContent({ timeout: 1000 }).catch(() => '')) ?? '') : '';
    }
    assert.ok(target);
    assert.match(named, /^Row 21 · Adelie/, 'hovering the leftmost dot names the kilogram row');
    await page.mouse.click(target.x, target.y);
    await waitForText(page.locator('.pointer-answer'), /Found it! Row 21: body mass typed in kilograms/);
    await waitForText(page.locator('main'), '5 problems were planted: 1 found, 0 fixed');
    assert.deepEqual(probe.pageErrors, []);
  },
  { timeout: 90_000 },
);
