// The editors' whole workflow in Chromium, as the issue tells it: an admin creates an
// editor for København and a translator for Somali; the editor adds a resource (found by
// search at once), is refused another municipality's resource and changes the Danish
// description; the Somali translation is then outdated; the translator downloads XLIFF,
// translates it, uploads it and it is up to date; the admin reviews it; an old version is
// brought back from the history; a volunteer's report reaches the editor.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { BASE, launch, newContext, withPage } from './lib.mjs';

const PASSWORD = process.env.NABO_TEST_PASSWORD;
const RESOURCE = 'wf-naboskab-mjolnerparken';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function signIn(page, account, password, lang = 'da') {
  await page.goto(`${BASE}/${lang}/login`);
  await page.fill('#account', account);
  await page.fill('#password', password);
  await Promise.all([page.waitForURL(/\/edit\/$/), page.click('form.stacked button[type=submit]')]);
}

async function createAccount(page, id, role, { area, language }) {
  await page.goto(`${BASE}/da/edit/accounts`);
  await page.fill('#id', id);
  await page.selectOption('#role', role);
  if (area) await page.selectOption('#areas', [area]);
  if (language) await page.check(`input[name=languages][value=${language}]`);
  await Promise.all([page.waitForLoadState(), page.click('form.stacked button[type=submit]')]);
  return (await page.locator('code.password').innerText()).trim();
}

async function statusOf(page, lang) {
  await page.goto(`${BASE}/da/edit/resources/${RESOURCE}/translate/${lang}`);
  return page.locator('fieldset').filter({ has: page.locator('#field-description') }).locator('.status').innerText();
}

test('10. the editors\' workflow, from new accounts to a reviewed Somali text and a report from the field', async () => {
  const admin = (await newContext(browser)).context;
  const editor = (await newContext(browser)).context;
  const translator = (await newContext(browser, { acceptDownloads: true })).context;
  const volunteer = (await newContext(browser)).context;
  let current;
  let outdated;
  await withPage(admin, 'workflow-admin', async (a) => {
    await signIn(a, 'browser-admin', PASSWORD);
    const editorPassword = await createAccount(a, 'wf-editor', 'editor', { area: 'dk-0101' });
    const translatorPassword = await createAccount(a, 'wf-ayan', 'translator', { language: 'so' });
    assert.ok(editorPassword.length >= 12 && translatorPassword.length >= 12);

    await withPage(editor, 'workflow-editor', async (e) => {
      await signIn(e, 'wf-editor', editorPassword);
      await e.goto(`${BASE}/da/edit/new`);
      await e.fill('#id', RESOURCE);
      await e.selectOption('#area', 'dk-0101');
      await e.check('input[name=categories][value=women-network]');
      await e.fill('#name-source', 'Naboskabet Mjølnerparken');
      await e.fill('#description-source', 'Kvinder mødes hver tirsdag til kaffe og snak.');
      await Promise.all([e.waitForURL(/done=created/), e.click('.resource-form button[type=submit]')]);
      const found = await e.request.get(`${BASE}/api/v1/search?q=${encodeURIComponent('Mjølnerparken')}&lang=da`);
      assert.ok((await found.json()).hits.some((h) => h.id === RESOURCE), 'searchable as soon as it is saved');
      const odense = await e.goto(`${BASE}/da/edit/resources/odense-jobcenter-buchwaldsgade`);
      assert.equal(odense.status(), 403, 'another municipality');

      // A Somali description, then a change of the Danish one: Somali is outdated.
      await e.goto(`${BASE}/da/edit/resources/${RESOURCE}/translate/so`);
      await e.fill('#field-description', 'Haweenku waxay kulmaan Talaado kasta.');
      await Promise.all([e.waitForURL(/done=saved/), e.click('form.stacked button[type=submit]')]);
      current = await statusOf(e, 'so');
      await e.goto(`${BASE}/da/edit/resources/${RESOURCE}`);
      await e.fill('#description-source', 'Kvinder mødes hver onsdag til kaffe, snak og lektiehjælp.');
      await Promise.all([e.waitForURL(/done=saved/), e.click('.resource-form button[type=submit]')]);
      outdated = await statusOf(e, 'so');
      assert.notEqual(outdated, current, `the Danish change outdates the Somali text: ${outdated}`);
    });

    await withPage(translator, 'workflow-translator', async (t) => {
      await signIn(t, 'wf-ayan', translatorPassword, 'so');
      await t.goto(`${BASE}/so/edit/translations?to=so&area=dk-0101`);
      assert.ok(await t.locator(`a[href="/so/edit/resources/${RESOURCE}/translate/so"]`).count() > 0, 'listed as needing work');
      const [download] = await Promise.all([
        t.waitForEvent('download'),
        t.click('form[action$="translations.xlf"] button[type=submit]'),
      ]);
      const xliff = await readFile(await download.path(), 'utf8');
      const unit = new RegExp(`(<unit id="${RESOURCE}/description">[\\s\\S]*?<target>)[\\s\\S]*?(</target>)`);
      assert.match(xliff, unit, 'the outdated description is a unit with its old translation');
      const translated = xliff.replace(unit, '$1Haweenku waxay kulmaan Arbaco kasta.$2');
      await t.setInputFiles('#xliff', { name: 'so.xlf', mimeType: 'application/xliff+xml', buffer: Buffer.from(translated) });
      await Promise.all([t.waitForLoadState(), t.click('form[enctype="multipart/form-data"] button[type=submit]')]);
      assert.equal(await t.locator('[role=status]').count(), 1, 'the import says what it saved');
    });

    // Up to date now; the admin (not its translator) reviews it.
    await a.goto(`${BASE}/da/edit/resources/${RESOURCE}/translate/so`);
    const description = a.locator('#field-description');
    assert.equal(await description.inputValue(), 'Haweenku waxay kulmaan Arbaco kasta.');
    assert.equal(await statusOf(a, 'so'), current, 'up to date again after the import');
    await Promise.all([a.waitForURL(/done=reviewed/), a.click('form[action$="/review"] button[type=submit]')]);
    const reviewed = await statusOf(a, 'so');
    assert.ok(![current, outdated].includes(reviewed), `reviewed: ${reviewed}`);

    // The history brings the first version back.
    await a.goto(`${BASE}/da/edit/resources/${RESOURCE}/history`);
    const first = a.locator('#version-1 form button[type=submit]');
    await Promise.all([a.waitForURL(/done=saved/), first.click()]);
    assert.equal(await a.inputValue('#description-source'), 'Kvinder mødes hver tirsdag til kaffe og snak.');
  });

  await withPage(volunteer, 'workflow-volunteer', async (v) => {
    await v.goto(`${BASE}/so/resources/${RESOURCE}`);
    await Promise.all([v.waitForLoadState(), v.click(`a[href="/so/resources/${RESOURCE}/report"]`)]);
    await v.check('input[name=category][value=hours]');
    await v.fill('#note', 'Waxay xiran yihiin Jimcaha.');
    await Promise.all([v.waitForLoadState(), v.click('form.stacked button[type=submit]')]);
    assert.equal(await v.locator('[role=status]').count(), 1, 'thanked');
  });
  await withPage(editor, 'workflow-editor-reports', async (e) => {
    await e.goto(`${BASE}/da/edit/reports`);
    assert.match(await e.locator('table.resources').innerText(), /Waxay xiran yihiin Jimcaha/);
  });
  for (const context of [admin, editor, translator, volunteer]) await context.close();
});
