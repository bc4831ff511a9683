// Browser checks of reading the site beyond axe (relation map by keyboard, text spacing, forced colours, focus),
// registered by pages.test.ts so they share its built and served site.
import type { Browser, Page } from 'playwright-core';
import { expect, test } from 'vitest';

/** The WCAG 1.4.12 text spacing values, as the usual bookmarklet sets them. */
const textSpacing = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p { margin-bottom: 2em !important; }`;

/** What a focused element shows: its outline width, or for a box of the relation map its frame's width. */
async function focusMarks(page: Page, selector: string): Promise<string[]> {
  return page.$$eval(selector, (elements) =>
    elements
      .filter((element) => element.checkVisibility())
      .flatMap((element) => {
        (element as HTMLElement).focus();
        const style = getComputedStyle(element);
        const frame = element.querySelector('rect');
        const outline = style.outlineStyle === 'none' ? 0 : parseFloat(style.outlineWidth);
        const stroke = frame ? parseFloat(getComputedStyle(frame).strokeWidth) : 0;
        const name = `${element.tagName.toLowerCase()} "${(element.textContent ?? '').trim().slice(0, 40)}"`;
        return outline >= 2 || stroke >= 4 ? [] : [`${name}: outline ${outline}px, frame ${stroke}px`];
      }),
  );
}

/** Registers the checks; `site` gives the browser and the address once pages.test.ts has started them. */
export function readingChecks(site: () => { browser: Browser; url: string }, urls: Record<string, string>) {
  test('every box of the relation map is a link the keyboard reaches in order, and Enter follows it', async () => {
    const { browser, url } = site();
    const page = await browser.newPage();
    await page.goto(`${url}${urls['dilemma']}`);
    const boxes = await page.$$eval('.relation-map-drawing a', (links) =>
      links.map((link) => link.getAttribute('href')),
    );
    expect(boxes.length).toBeGreaterThanOrEqual(3);
    const reached: (string | null)[] = [];
    for (let step = 0; step < 200 && reached.length < boxes.length; step++) {
      await page.keyboard.press('Tab');
      const href = await page.evaluate(() =>
        document.activeElement?.closest('.relation-map-drawing')
          ? document.activeElement.getAttribute('href')
          : undefined,
      );
      if (href !== undefined) reached.push(href);
    }
    expect(reached).toEqual(boxes);
    // The last box reached is a neighbour: Enter opens its page.
    const target = reached.at(-1)!;
    await page.keyboard.press('Enter');
    await page.waitForURL(new URL(target, url).href);
    await page.close();
  });

  test('under the title, "Voor de praktijk" and "Voor beleid" lead to the parts for each reader', async () => {
    const { browser, url } = site();
    const page = await browser.newPage({ viewport: { width: 375, height: 740 } });
    await page.goto(`${url}${urls['dilemma']}`);
    const links = page.locator('.entry-header .reader-links a');
    expect(await links.allInnerTexts()).toEqual([
      expect.stringMatching(/^Voor de praktijk\s+de situatie, vragen voor de leergroep en praktijken$/),
      expect.stringMatching(/^Voor beleid\s+de vraag aan beleidsmakers, voorstellen en citeren$/),
    ]);
    const parts = await page.evaluate(() => {
      const part = (id: string) =>
        [...document.querySelectorAll(`#${id} :is(h2, h3), #${id} + div > .cite > h2`)].map((h) =>
          h.textContent?.trim(),
        );
      return { practice: part('praktijk'), policy: part('beleid') };
    });
    expect(parts.practice).toEqual(['Voor de praktijk', 'Vragen voor de leergroep', 'Praktijken die hierop reageren']);
    expect(parts.policy).toEqual(['Voor beleid', 'Vraag aan beleidsmakers', 'Aangepakt door', 'Citeer deze pagina']);
    await links.nth(1).click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#beleid');
    expect(await page.locator('#beleid .question-box').isVisible()).toBe(true);
    const top = await page.locator('#beleid').evaluate((element) => element.getBoundingClientRect().top);
    expect(Math.abs(top)).toBeLessThan(20);
    await page.close();
  });

  test('the relations table is closed at first and opens to list every relation', async () => {
    const { browser, url } = site();
    const page = await browser.newPage();
    await page.goto(`${url}${urls['dilemma']}`);
    expect(await page.locator('.relation-table').isVisible()).toBe(false);
    await page.locator('.relation-table-details summary').click();
    expect(await page.locator('.relation-table tbody tr').count()).toBeGreaterThanOrEqual(3);
    await page.close();
  });

  test.each(Object.entries(urls))(
    'on the %s page every link, button and field shows a visible focus',
    async (_, path) => {
      const { browser, url } = site();
      const page = await browser.newPage();
      await page.goto(`${url}${path}`);
      await page.keyboard.press('Tab');
      expect(await focusMarks(page, 'a[href], button, summary, input, select')).toEqual([]);
      await page.close();
    },
  );

  test('in forced-colours mode the relation map keeps its lines and boxes, and focus stays visible', async () => {
    const { browser, url } = site();
    const page = await browser.newPage();
    await page.emulateMedia({ forcedColors: 'active' });
    await page.goto(`${url}${urls['dilemma']}`);
    const colours = await page.evaluate(() => {
      const colour = (selector: string, property: 'stroke' | 'fill') =>
        getComputedStyle(document.querySelector(selector)!)[property];
      return {
        background: getComputedStyle(document.body).backgroundColor,
        edge: colour('.map-edge', 'stroke'),
        box: colour('.map-node', 'stroke'),
        label: colour('.map-label', 'fill'),
      };
    });
    for (const part of ['edge', 'box', 'label'] as const) {
      expect(colours[part], part).not.toBe('none');
      expect(colours[part], part).not.toBe(colours.background);
    }
    await page.keyboard.press('Tab');
    expect(await focusMarks(page, '.relation-map a, .entry a[href], button')).toEqual([]);
    const focused = await page.$eval('.map-link:not([aria-current]) rect', (rect) => {
      const before = getComputedStyle(rect).stroke;
      (rect.closest('a') as unknown as HTMLElement).focus();
      return { before, after: getComputedStyle(rect).stroke };
    });
    expect(focused.after).not.toBe(focused.before);
    await page.close();
  });

  test.each([375, 1280])(
    'with WCAG text spacing at %i px, no text is cut off and the page does not scroll sideways',
    async (width) => {
      const { browser, url } = site();
      const page = await browser.newPage({ viewport: { width, height: 800 }, bypassCSP: true });
      for (const path of [urls['dilemma']!, urls['home']!, urls['theme']!]) {
        await page.goto(`${url}${path}`);
        await page.addStyleTag({ content: textSpacing });
        const lost = await page.evaluate(() => {
          const problems: string[] = [];
          if (document.documentElement.scrollWidth > document.documentElement.clientWidth)
            problems.push('sideways scroll');
          for (const element of document.querySelectorAll<HTMLElement>('body *')) {
            const style = getComputedStyle(element);
            if (element.closest('.visually-hidden, .skip-link, svg') || !element.checkVisibility()) continue;
            const clips = /hidden|clip/.test(style.overflowX + style.overflowY);
            if (
              clips &&
              (element.scrollWidth > element.clientWidth + 1 || element.scrollHeight > element.clientHeight + 1)
            )
              problems.push(`${element.tagName} .${element.className} cuts off its text`);
          }
          return problems;
        });
        expect(lost, path).toEqual([]);
      }
      await page.close();
    },
  );
}
