/**
 * Every route works as a deep link (instructors share URLs), has the landmarks
 * and heading structure a screen-reader user relies on, and passes axe.
 */
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { assertNoAxeViolations } from './axe';
import type { Probe } from './harness';
import { openRoute, recordCspViolations, setupE2E } from './harness';

const ROUTES = [
  '/',
  '/data/retrieve',
  '/data/explore',
  '/data/prepare',
  '/model/train',
  '/model/tune',
  '/model/evaluate',
  '/deploy/endpoint',
  '/deploy/inspect',
  '/deploy/monitor',
  '/deploy/update',
  '/cloud',
  '/quiz',
  '/recap',
] as const;

/** Heavy vendor chunks that must stay off the first paint of `/`. */
const LAZY_VENDORS = /tfjs|msw|recharts/i;
const PHONE = { width: 390, height: 844 };

const { e2e } = setupE2E();

function assertNoErrors(probe: Probe): void {
  assert.deepEqual(probe.pageErrors, [], `page errors:\n${probe.pageErrors.join('\n')}`);
  assert.deepEqual(probe.consoleErrors, [], `console errors:\n${probe.consoleErrors.join('\n')}`);
}

async function assertSkipLinkFirst(page: Page): Promise<void> {
  await page.keyboard.press('Tab');
  const focused = await page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    return { tag: el.tagName, text: (el.textContent ?? '').trim(), label: el.getAttribute('aria-label') };
  });
  assert.ok(focused, 'the first Tab focused nothing');
  const skip = page.getByRole('link', { name: /skip to content/i });
  assert.equal(await skip.count(), 1, `expected one "Skip to content" link; first Tab focused ${JSON.stringify(focused)}`);
  const isFocused = await skip.evaluate((el) => el === document.activeElement);
  assert.ok(isFocused, `the first Tab should focus "Skip to content", focused ${JSON.stringify(focused)}`);
}

for (const route of ROUTES) {
  e2e(`deep link ${route}: one h1, landmarks, skip link, axe, no errors`, async (probe) => {
    const { page } = probe;
    await openRoute(probe, route);

    const headings = await page.locator('h1').allInnerTexts();
    assert.equal(headings.length, 1, `expected exactly one <h1>, found ${JSON.stringify(headings)}`);
    assert.ok(headings[0]?.trim(), 'the <h1> is empty');

    assert.ok((await page.getByRole('navigation').count()) >= 1, 'no nav landmark');
    assert.equal(await page.getByRole('main').count(), 1, 'expected exactly one main landmark');

    // axe runs on the resting page, before Tab reveals the skip link, so its
    // result does not depend on where focus happens to be.
    await assertNoAxeViolations(page, route);

    await assertSkipLinkFirst(page);

    assertNoErrors(probe);
  });
}

for (const route of ['/', '/deploy/inspect']) {
  e2e(`${route} at 390×844 has no horizontal scroll`, async (probe) => {
    await probe.page.setViewportSize(PHONE);
    await openRoute(probe, route);
    const size = await probe.page.evaluate(() => ({
      scrollWidth: document.scrollingElement?.scrollWidth ?? Number.NaN,
      innerWidth: window.innerWidth,
    }));
    assert.ok(
      size.scrollWidth <= size.innerWidth,
      `horizontal scroll on ${route}: scrollWidth ${size.scrollWidth} > innerWidth ${size.innerWidth}`,
    );
    assertNoErrors(probe);
  });
}

e2e('/ loads no tfjs, msw or recharts code before the load event', async (probe) => {
  const { page } = probe;
  const scripts: string[] = [];
  let loaded = false;
  // Protocol events arrive in order, so a request seen before 'load' was
  // issued before the window load event fired.
  page.on('load', () => {
    loaded = true;
  });
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (!loaded && (request.resourceType() === 'script' || /\.m?js$/.test(path))) scripts.push(request.url());
  });
  await page.goto(probe.url('/'), { waitUntil: 'load' });
  assert.ok(scripts.length > 0, 'no JS requests were recorded before load');
  const offending = scripts.filter((u) => LAZY_VENDORS.test(new URL(u).pathname));
  assert.deepEqual(offending, [], `vendor chunks loaded before load:\n${offending.join('\n')}`);
});

e2e('a lesson word opens its definition in place: keyboard, focus back on Escape, axe while open, no CSP violation', async (probe) => {
  const { page } = probe;
  const violations = await recordCspViolations(page);
  await openRoute(probe, '/model/train');
  const word = page.getByRole('button', { name: /^epoch ?\(definition\)$/ });
  await word.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'epoch' });
  await dialog.waitFor();
  assert.match(((await dialog.textContent()) ?? "").replace(/\s+/g, ' '), /One pass of training over every row of the training set\./);
  assert.equal(new URL(page.url()).pathname, '/model/train', 'opening a definition must not navigate');
  await assertNoAxeViolations(page, '/model/train with a definition open');
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });
  assert.ok(await word.evaluate((el) => el === document.activeElement), 'focus goes back to the word');
  assert.deepEqual(violations, [], `CSP violations:\n${violations.join('\n')}`);
  assertNoErrors(probe);
});

e2e('internals and standards wait behind disclosures: "Under the hood" on Train, "Advanced" around the other contracts on Call the endpoint', async (probe) => {
  const { page } = probe;
  await openRoute(probe, '/model/train');
  const hood = page.locator('details.under-the-hood', { hasText: 'Under the hood' });
  assert.equal(await hood.count(), 1);
  assert.equal(await hood.evaluate((el) => (el as HTMLDetailsElement).open), false, 'Under the hood starts folded');
  await openRoute(probe, '/deploy/inspect');
  const advanced = page.locator('details', { has: page.locator('summary', { hasText: /^Advanced/ }) });
  assert.equal(await advanced.count(), 1);
  assert.equal(await advanced.evaluate((el) => (el as HTMLDetailsElement).open), false, 'Advanced starts folded');
  assert.equal(await advanced.getByRole('heading', { name: 'One model, three contracts', includeHidden: true }).count(), 1, 'the contracts table sits inside Advanced');
  await advanced.locator('summary').click();
  await advanced.getByRole('table', { name: /How each contract asks for a prediction/ }).waitFor();
  await assertNoAxeViolations(page, '/deploy/inspect with Advanced open');
  assertNoErrors(probe);
});
