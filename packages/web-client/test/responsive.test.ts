/**
 * Every kind of page on a phone (390 × 844) and on a laptop (1280 × 900), in a real browser (the
 * set-up of web.test.ts, plus the strategy of test/plan.ts for a RACI matrix): the document never
 * scrolls sideways — a wide table may scroll inside its own focusable, labelled region —, the
 * header's search, links and buttons stay on screen and big enough to tap, and a screenshot of
 * each page is saved (`phone-actor.png`, `laptop-actor.png`, …).
 */
import type { Page } from 'playwright-core';
import type { RunningApi } from '@samverkan/api/testing/api-process';
import { useBrowser } from './browser';
import { createPlan } from './plan';

let api: RunningApi;
let origin: string;
let page: Page;
const { screenshot } = useBrowser((session) => ({ api, origin, page } = session));

beforeAll(() => createPlan(api), 60_000);

/** Opens a path and waits for its level-1 heading and for its requests to settle. */
async function visit(path: string, heading?: string | RegExp) {
  await page.goto(`${origin}${path}`);
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  await page.waitForLoadState('networkidle');
}

/** Each kind of page and how to open it with its content shown. */
const kinds: [string, () => Promise<void>][] = [
  ['start', () => visit('/')],
  [
    'search',
    async () => {
      await visit('/');
      await page.getByRole('combobox', { name: 'Sök' }).fill('läns');
      await page.getByRole('option', { name: 'Länsstyrelsen Jämtlands län' }).waitFor();
    },
  ],
  [
    'search-results',
    async () => {
      await visit('/search?q=l%C3%A4nspartnerskap', 'Sökresultat');
      await page.locator('.search-page-hits li').first().waitFor();
    },
  ],
  ['actor', () => visit('/actors/mittuniversitetet', /Mittuniversitetet/)],
  ['forum', () => visit('/forums/lanspartnerskapet', 'Länspartnerskapet')],
  [
    'strategy',
    async () => {
      await visit('/strategies/testplan', /Handlingsplan för samverkan/);
      await page.locator('table.raci-table').waitFor();
    },
  ],
  ['person', () => visit('/people/maria-kumpula', 'Maria Kumpula')],
  ['area', () => visit('/areas/23', 'Jämtlands län')],
  [
    'review',
    async () => {
      await visit('/forums/lanspartnerskapet', 'Länspartnerskapet');
      await page.getByRole('link', { name: 'Läs hela utvärderingen →' }).first().click();
      await page.getByRole('heading', { level: 1, name: 'Översyn Länspartnerskapet' }).waitFor();
    },
  ],
  [
    'map',
    async () => {
      await visit('/map?forum=lanspartnerskapet', 'Vem gör vad');
      await page.locator('.map-canvas[data-nodes]').waitFor();
    },
  ],
  [
    'geo',
    async () => {
      await visit('/geo', 'Karta över områden');
      await page.locator('svg.geo-map').waitFor();
    },
  ],
];

interface Layout {
  width: number;
  scrollWidth: number;
  /** Elements reaching past the right edge with no scrolling or clipping box around them. */
  beyond: string[];
  /** Boxes that scroll sideways, and whether a keyboard can reach them and they have a name. */
  scrollers: { what: string; focusable: boolean; labelled: boolean }[];
  /** The header's controls: off screen, or smaller than a 24 px target (WCAG 2.5.8). */
  header: { what: string; onScreen: boolean; tappable: boolean }[];
}

function measure(): Promise<Layout> {
  return page.evaluate(() => {
    const width = window.innerWidth;
    const what = (el: Element) =>
      `${el.tagName.toLowerCase()}.${Array.from(el.classList).join('.')} "${(el.textContent ?? '').trim().slice(0, 30)}"`;
    const overflowX = (el: Element) => getComputedStyle(el).overflowX;
    const inBox = (el: Element) => {
      for (let up = el.parentElement; up && up !== document.body; up = up.parentElement)
        if (overflowX(up) !== 'visible') return true;
      return false;
    };
    // Closed <details> keep their contents laid out but hidden: only what is shown counts.
    const all = Array.from(document.body.querySelectorAll('*')).filter((el) =>
      el.checkVisibility(),
    );
    return {
      width,
      scrollWidth: document.documentElement.scrollWidth,
      beyond: all
        .filter((el) => el.getBoundingClientRect().right > width + 1 && !inBox(el))
        .map(what),
      scrollers: all
        .filter(
          (el) => el.scrollWidth > el.clientWidth + 1 && ['auto', 'scroll'].includes(overflowX(el)),
        )
        .map((el) => ({
          what: what(el),
          focusable: (el as HTMLElement).tabIndex >= 0,
          labelled: el.hasAttribute('aria-label') || el.hasAttribute('aria-labelledby'),
        })),
      header: Array.from(document.querySelectorAll('.site-header :is(a, button, input)')).map(
        (el) => {
          const box = el.getBoundingClientRect();
          return {
            what: what(el),
            onScreen: box.left >= 0 && box.right <= width,
            tappable: box.height >= 24 && box.width >= 24,
          };
        },
      ),
    };
  });
}

describe.each([
  ['phone', 390, 844],
  ['laptop', 1280, 900],
])('on a %s', (device, width, height) => {
  test.each(kinds)('the %s page fits the width', async (kind, open) => {
    await page.setViewportSize({ width, height });
    await open();
    const layout = await measure();
    await screenshot(`${device}-${kind}`);
    expect(layout.beyond).toEqual([]);
    expect(layout.scrollWidth).toBeLessThanOrEqual(layout.width);
    for (const scroller of layout.scrollers)
      expect(scroller).toEqual({ what: scroller.what, focusable: true, labelled: true });
    expect(layout.header.filter((control) => !control.onScreen || !control.tappable)).toEqual([]);
    const search = await page.getByRole('combobox', { name: 'Sök' }).boundingBox();
    expect(search?.width).toBeGreaterThanOrEqual(Math.min(300, width - 40));
  });
});
