/**
 * User-level steps for e2e scenarios ("open the article", "select this quote", "mark it
 * disputed"), so tests read like what a fact-checker does. Each step waits until the app has
 * finished the work it started (IPC calls done, frames painted) before returning.
 */
import type { Page } from 'playwright-core';
import type { Verdict } from '../../../shared/domain/verdict';
import { VERDICT_STYLES } from '../../../shared/domain/verdict';
import type { BridgeStats } from './fakePreload';
import { quoteInPage, type QuoteInfo } from './quoteInPage';

export interface ClaimDetailSnapshot {
  text: string;
  verdict: string;
  claimant: string;
  rationale: string;
  appearances: string[];
  history: string[];
}

/** A file to drop on the window, as a user would from the file manager. */
export interface DroppedFile {
  name: string;
  bytes: Buffer | string;
  type?: string;
}

/** The import panel's summary: its heading, and each group's rows (article title or file name, then details). */
export interface ImportSummary {
  title: string;
  groups: Record<string, string[]>;
}

export function createUi(page: Page, stats: BridgeStats) {
  /** Waits until no IPC call is running and two frames have been painted. */
  async function settled(): Promise<void> {
    for (let quiet = 0; quiet < 2;) {
      await page.waitForTimeout(25);
      quiet = stats.inFlight === 0 ? quiet + 1 : 0;
    }
    await page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));
    if (stats.inFlight > 0) await settled();
  }

  const articleList = page.locator('nav[aria-label="Articles"]');
  const claimDetail = page.locator('section[aria-label="Claim detail"]');
  const popover = page.locator('.selection-popover');

  const ui = {
    page,
    settled,

    /** Opens an article from the list by (part of) its title. */
    async openArticle(title: string): Promise<void> {
      await articleList.locator('.article-item', { hasText: title }).first().click();
      await page
        .locator('.article-pane:not([aria-busy]) .article-text mark, .article-pane:not([aria-busy]) .article-text p')
        .first()
        .waitFor();
      await settled();
    },

    /** Adds an article through the "Add article" dialog, as if pasted. */
    async pasteArticle(text: string, title?: string): Promise<void> {
      await page.getByRole('button', { name: 'Add article' }).click();
      const dialog = page.getByRole('dialog', { name: 'Add article' });
      if (title) await dialog.getByLabel('Title').fill(title);
      await dialog.getByLabel('Article text').fill(text);
      await dialog.getByRole('button', { name: 'Add article' }).click();
      await settled();
    },

    /** Where a quote is in the open article and which highlights cover it. */
    async quote(quote: string, occurrence = 0): Promise<QuoteInfo> {
      return page.evaluate(quoteInPage, { quote, occurrence, select: false });
    },

    /**
     * Selects a quote in the open article and waits for the "New claim" popover. `mouse` drags
     * across it as a user would; the default sets the DOM selection directly (exact to the letter).
     */
    async selectText(quote: string, opts: { occurrence?: number; mouse?: boolean } = {}): Promise<void> {
      const info = await page.evaluate(quoteInPage, { quote, occurrence: opts.occurrence ?? 0, select: !opts.mouse });
      if (opts.mouse) {
        await page.mouse.move(info.start.x, info.start.y);
        await page.mouse.down();
        await page.mouse.move(info.end.x, info.end.y, { steps: 8 });
        await page.mouse.up();
      }
      await popover.waitFor();
      await settled();
    },

    /** The quote shown in the open selection popover. */
    async popoverQuote(): Promise<string> {
      return (await popover.locator('.popover-quote').innerText()).trim();
    },

    async createClaimFromSelection(): Promise<void> {
      await popover.getByRole('button', { name: /New claim/ }).click();
      await popover.waitFor({ state: 'detached' });
      await settled();
      await claimDetail.and(page.locator(':not([aria-busy])')).waitFor();
    },

    async linkSelectionTo(claimText: string): Promise<void> {
      await popover.getByLabel('Search claims to link').fill(claimText.slice(0, 40));
      await popover
        .getByRole('option')
        .filter({ hasText: claimText.slice(0, 40) })
        .first()
        .getByRole('button')
        .click();
      await popover.waitFor({ state: 'detached' });
      await settled();
    },

    /** Clicks the highlight on (the middle of the first line of) a quote. */
    async clickHighlight(quote: string, occurrence = 0): Promise<void> {
      const info = await page.evaluate(quoteInPage, { quote, occurrence, select: false });
      await page.mouse.click(info.middle.x, info.middle.y);
      await settled();
    },

    async selectClaim(text: string): Promise<void> {
      await page.locator('.claim-item', { hasText: text }).first().click();
      await settled();
    },

    async setVerdict(verdict: Verdict): Promise<void> {
      await claimDetail
        .getByRole('radiogroup', { name: 'Verdict' })
        .getByRole('radio', { name: VERDICT_STYLES[verdict].label, exact: true })
        .click();
      await settled();
    },

    async setRationale(text: string): Promise<void> {
      const field = claimDetail.getByLabel('Rationale');
      await field.fill(text);
      await field.blur();
      await settled();
    },

    async setClaimant(text: string): Promise<void> {
      const field = claimDetail.getByLabel('Claimant');
      await field.fill(text);
      await field.blur();
      await settled();
    },

    async addEvidence(input: {
      url?: string;
      citation?: string;
      note?: string;
      title?: string;
      /** YYYY-MM-DD; the form starts at today's date. */
      accessedAt?: string;
    }): Promise<void> {
      await claimDetail.getByRole('button', { name: 'Add evidence' }).click();
      const form = claimDetail.getByRole('form', { name: 'Add evidence' });
      if (input.url) await form.getByLabel('Evidence link').fill(input.url);
      if (input.title) await form.getByLabel('Evidence title').fill(input.title);
      if (input.citation) await form.getByLabel('Citation').fill(input.citation);
      if (input.accessedAt) await form.getByLabel('Date accessed').fill(input.accessedAt);
      if (input.note) await form.getByLabel('Evidence note').fill(input.note);
      await form.getByRole('button', { name: 'Add' }).click();
      await settled();
    },

    /** Sets the selected claim's date (YYYY-MM-DD) in its date field. */
    async setClaimDate(date: string): Promise<void> {
      const field = claimDetail.getByLabel('Claim date');
      await field.fill(date);
      await field.blur();
      await settled();
    },

    /**
     * Types into the assignee field; `pick` then takes that suggestion (from the names already
     * used) with the arrow keys and Enter, otherwise Enter saves what was typed.
     */
    async setAssignee(typed: string, pick?: string): Promise<void> {
      const field = claimDetail.getByRole('combobox', { name: 'Assignee' });
      await field.fill(typed);
      if (pick) {
        await claimDetail.getByRole('option', { name: pick }).waitFor();
        const options = await claimDetail.getByRole('option').allTextContents();
        for (let i = 0; i <= options.indexOf(pick); i++) await page.keyboard.press('ArrowDown');
      }
      await page.keyboard.press('Enter');
      await settled();
    },

    /** Types each tag into the tag input and ends it with Enter (or a comma, with `comma`). */
    async addTags(tags: readonly string[], opts: { comma?: boolean } = {}): Promise<void> {
      const input = claimDetail.getByRole('combobox', { name: 'Add tag' });
      for (const tag of tags) {
        await input.pressSequentially(tag);
        await page.keyboard.press(opts.comma ? ',' : 'Enter');
        await settled();
      }
    },

    async removeTag(tag: string): Promise<void> {
      await claimDetail.getByRole('button', { name: `Remove tag ${tag}` }).click();
      await settled();
    },

    /** The tags the selected claim's detail shows, in order. */
    async claimTags(): Promise<string[]> {
      return claimDetail
        .locator('.tag-chip')
        .evaluateAll((els) => els.map((el) => el.querySelector('.tag-chip-text')?.textContent ?? el.textContent ?? ''));
    },

    /** Opens the claims panel's Filter popover (if closed). */
    async openFilters(): Promise<void> {
      const button = page.getByRole('button', { name: /^Filter/ });
      if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
      await page.getByRole('dialog', { name: 'Filter claims' }).waitFor();
    },

    /** One section of the open Filter popover (Article, Tag, Assignee, Claimant): each option's label, count, state. */
    async filterOptions(section: string): Promise<{ label: string; count: number; checked: boolean }[]> {
      const dialog = page.getByRole('dialog', { name: 'Filter claims' });
      const more = dialog.getByRole('group', { name: section, exact: true }).getByRole('button', { name: /^Show all/ });
      if (await more.count()) await more.click();
      return dialog
        .getByRole('group', { name: section, exact: true })
        .locator('.facet-option')
        .evaluateAll((els) =>
          els.map((el) => ({
            label: el.querySelector('.facet-label')?.textContent ?? '',
            count: Number(el.querySelector('.facet-count')?.textContent ?? NaN),
            checked: (el.querySelector('input') as HTMLInputElement).checked,
          })),
        );
    },

    /** Ticks (or unticks) one option in the open Filter popover. */
    async toggleFilter(section: string, label: string): Promise<void> {
      await page
        .getByRole('dialog', { name: 'Filter claims' })
        .getByRole('group', { name: section, exact: true })
        .locator('.facet-option', { has: page.locator('.facet-label', { hasText: label }) })
        .locator('input')
        .click();
      await settled();
    },

    async closeFilters(): Promise<void> {
      await page.getByRole('dialog', { name: 'Filter claims' }).getByRole('button', { name: 'Done' }).click();
      await settled();
    },

    /** The chips naming the filters in force ("Tag: economy"). */
    async activeFilters(): Promise<string[]> {
      return page
        .locator('.active-filter')
        .evaluateAll((els) =>
          els.map(
            (el) =>
              `${el.querySelector('.active-filter-facet')?.textContent} ${el.querySelector('.active-filter-value')?.textContent}`,
          ),
        );
    },

    /** The claim texts the list shows (the first rows, when windowed). */
    async listedClaims(): Promise<string[]> {
      return page.locator('.claim-item .claim-item-text').allTextContents();
    },

    /** Clicks the appearance row of the selected claim that lies in the given article. */
    async openAppearance(articleTitle: string): Promise<void> {
      await claimDetail.locator('.appearance', { hasText: articleTitle }).locator('.appearance-main').click();
      await settled();
    },

    async deleteAppearance(articleTitle: string): Promise<void> {
      await claimDetail
        .locator('.appearance', { hasText: articleTitle })
        .getByRole('button', { name: 'Delete highlight' })
        .click();
      await settled();
    },

    /** Opens the search palette with Ctrl+K, types the query and waits for the results. */
    async search(query: string): Promise<void> {
      await page.keyboard.press('Control+k');
      const input = page.getByRole('combobox', { name: 'Search articles, claims and evidence' });
      await input.fill(query);
      await page
        .locator('.palette-count')
        .filter({ hasText: /result|Nothing/ })
        .waitFor();
      await settled();
    },

    /** The search results shown, by kind (article, claim, evidence): each hit's title and its marked words. */
    async searchResults(): Promise<Record<string, { title: string; marked: string[] }[]>> {
      return page.locator('#search-results').evaluate((el) => {
        const out: Record<string, { title: string; marked: string[] }[]> = {};
        for (const g of el.querySelectorAll('[role="group"]')) {
          out[g.getAttribute('data-kind') ?? ''] = [...g.querySelectorAll('[role="option"]')].map((o) => ({
            title: o.querySelector('.palette-hit-title')?.textContent ?? '',
            marked: [...o.querySelectorAll('.snippet mark')].map((m) => m.textContent ?? ''),
          }));
        }
        return out;
      });
    },

    /** The passage a search hit painted in the article (empty when none is shown). */
    async passageShown(): Promise<string> {
      return page.evaluate(() => {
        const h = CSS.highlights.get('claimdesk-passage');
        const range = h ? [...h][0] : undefined;
        return range ? range.toString() : '';
      });
    },

    /** The suggested claims in the selection popover: claim text and reason chips, best first. */
    async suggestions(): Promise<{ text: string; reasons: string[] }[]> {
      await popover.locator('.popover-suggestion').first().waitFor();
      return popover.locator('.popover-suggestion').evaluateAll((els) =>
        els.map((el) => ({
          text: el.getAttribute('title') ?? '',
          reasons: [...el.querySelectorAll('.reason-chip')].map((c) => c.textContent ?? ''),
        })),
      );
    },

    /** Presses keys (e.g. 'Control+z') and waits for the app to finish what they started. */
    async press(...keys: string[]): Promise<void> {
      for (const key of keys) {
        await page.keyboard.press(key);
        await settled();
      }
    },

    async toastText(): Promise<string> {
      const toast = page.locator('.toast');
      return (await toast.count()) ? (await toast.locator('.toast-message').innerText()).trim() : '';
    },

    async undo(): Promise<void> {
      await page.locator('.toast').getByRole('button', { name: 'Undo' }).click();
      await settled();
    },

    /** What the selected claim's detail shows. */
    async claimDetail(): Promise<ClaimDetailSnapshot> {
      await claimDetail.and(page.locator(':not([aria-busy])')).waitFor();
      return claimDetail.evaluate((el) => {
        const value = (label: string) => {
          const f = el.querySelector<HTMLElement>(`[aria-label="${label}"]`);
          return f instanceof HTMLInputElement || f instanceof HTMLTextAreaElement ? f.value : (f?.textContent ?? '');
        };
        return {
          text: value('Claim text'),
          verdict: el.querySelector('[role="radio"][aria-checked="true"]')?.getAttribute('data-verdict') ?? '',
          claimant: value('Claimant'),
          rationale: value('Rationale'),
          appearances: [...el.querySelectorAll('.appearance .appearance-title')].map((a) => a.textContent ?? ''),
          history: [...el.querySelectorAll('.timeline-entry .timeline-line')].map((a) => a.textContent ?? ''),
        };
      });
    },

    /** The title of the open article. */
    async openArticleTitle(): Promise<string> {
      return page.locator('.article-header').evaluate((el) => {
        const field = el.querySelector<HTMLTextAreaElement>('[aria-label="Article title"]');
        return field ? field.value : (el.querySelector('.article-title')?.textContent ?? '');
      });
    },

    /** Drops files on the window (a DataTransfer built in the page, as the file manager's drag would carry). */
    async dropFiles(files: readonly DroppedFile[]): Promise<void> {
      const payload = files.map((f) => ({
        name: f.name,
        type: f.type ?? '',
        base64: (typeof f.bytes === 'string' ? Buffer.from(f.bytes, 'utf8') : f.bytes).toString('base64'),
      }));
      await page.evaluate((list) => {
        const data = new DataTransfer();
        for (const f of list) {
          const bytes = Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0));
          data.items.add(new File([bytes], f.name, { type: f.type }));
        }
        window.dispatchEvent(new DragEvent('dragenter', { dataTransfer: data }));
        window.dispatchEvent(new DragEvent('drop', { dataTransfer: data, cancelable: true }));
      }, payload);
    },

    /** Starts recording every status line the import panel shows ("Importing 2 of 7"), however briefly. */
    async recordImportProgress(): Promise<void> {
      await page.evaluate(() => {
        const w = window as unknown as { __importProgress: string[] };
        w.__importProgress = [];
        new MutationObserver(() => {
          const line = document.querySelector('.import-progress .import-status')?.textContent;
          const file = document.querySelector('.import-progress .import-current')?.textContent;
          const entry = line ? `${line} — ${file ?? ''}` : '';
          if (entry && w.__importProgress.at(-1) !== entry) w.__importProgress.push(entry);
        }).observe(document.body, { subtree: true, childList: true, characterData: true });
      });
    },

    async importProgressSeen(): Promise<string[]> {
      return page.evaluate(() => (window as unknown as { __importProgress: string[] }).__importProgress);
    },

    /** Waits for the import to finish and reads its summary. */
    async importSummary(): Promise<ImportSummary> {
      await page.locator('.import-summary').waitFor({ timeout: 30_000 });
      await settled();
      return page.locator('.import-summary').evaluate((el) => {
        const groups: Record<string, string[]> = {};
        for (const g of el.querySelectorAll<HTMLElement>('.import-group')) {
          groups[g.getAttribute('aria-label') ?? ''] = [...g.querySelectorAll<HTMLElement>('.import-row')].map((r) =>
            [...r.children].map((c) => (c.textContent ?? '').trim()).join(' | '),
          );
        }
        return { title: el.querySelector('.import-status')?.textContent ?? '', groups };
      });
    },

    async closeImportSummary(): Promise<void> {
      await page.getByRole('button', { name: 'Close import summary' }).click();
      await settled();
    },

    async screenshot(path: string): Promise<void> {
      await settled();
      await page.screenshot({ path });
    },
  };
  return ui;
}

export type Ui = ReturnType<typeof createUi>;
