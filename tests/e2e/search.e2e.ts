// Issue 11, "find what you mean", in real Chromium on the built app: the top bar's search forgives
// typos and knows abbreviations and old names (kept in the map's data as `meta.synonyms`), ranks
// what people mean first, marks the matched words, and choosing a result opens its details.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { detailsHeading, openMap, startApp, type App } from './harness';

/** Types a query into the top bar's search and returns the suggestions' texts, in order. */
async function suggestions(page: Page, query: string): Promise<{ labels: string[]; marked: string[] }> {
  const box = page.getByRole('combobox', { name: 'Search the map', exact: true });
  await box.click();
  await box.fill(query);
  const list = page.getByRole('listbox', { name: 'Search the map suggestions' });
  await list.getByRole('option').first().waitFor();
  const labels = await list.locator('.search-label').allTextContents();
  const marked = await list.locator('mark.search-match').allTextContents();
  return { labels, marked };
}

describe('search finds what people type', () => {
  let app: App;
  let page: Page;
  before(async () => {
    app = await startApp();
    page = await openMap(await app.newPage({ viewport: { width: 1440, height: 900 } }), app);
  });
  after(async () => {
    await app.close();
  });

  it('a typo: "azur administrator" puts the Azure administrator role and AZ-104 Azure Administrator first, with the words marked', async () => {
    const { labels, marked } = await suggestions(page, 'azur administrator');
    assert.deepEqual(labels.slice(0, 2), ['Azure administrator', 'AZ-104 Azure Administrator']);
    assert.ok(marked.some((m) => m.toLowerCase() === 'azure'), `"Azure" is marked: ${JSON.stringify(marked)}`);
    assert.ok(marked.some((m) => m.toLowerCase() === 'administrator'), `"Administrator" is marked: ${JSON.stringify(marked)}`);
  });

  it('an old name: "AAD" finds Microsoft Entra identity, the identity administrator and SC-300', async () => {
    const { labels } = await suggestions(page, 'AAD');
    const top = labels.slice(0, 4);
    assert.ok(top.includes('Microsoft Entra identity and access'), `top results: ${JSON.stringify(top)}`);
    assert.ok(top.includes('Identity and access administrator'), `top results: ${JSON.stringify(top)}`);
    assert.ok(labels.includes('SC-300 Identity and Access Administrator'), `results: ${JSON.stringify(labels)}`);
  });

  it('"Azure AD" finds Entra ID too, and Enter on the first result opens its details', async () => {
    const { labels } = await suggestions(page, 'Azure AD');
    assert.equal(labels[0], 'Microsoft Entra identity and access');
    await page.getByRole('combobox', { name: 'Search the map', exact: true }).press('Enter');
    await page.locator('#details-title').waitFor();
    assert.equal(await detailsHeading(page), 'Microsoft Entra identity and access');
  });

  it('a typo in a common word: "secuirty" still finds security roles and skills', async () => {
    const { labels } = await suggestions(page, 'secuirty');
    assert.ok(labels.length >= 3, `results: ${JSON.stringify(labels)}`);
    for (const label of labels.slice(0, 3)) assert.match(label, /security/i);
  });
});
