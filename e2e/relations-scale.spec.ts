import { seedRelations } from '../db/seed/relations-scale';
import { expect, screenshot, test } from './fixtures';
import { MembersPage } from './pages/MembersPage';
import { givenOffice, sanne, signIn } from './pages/PersonsArrange';

test('100,000 members scroll as one list: only the rows in view are fetched; keyboard to the end and back, Enter opens', async ({ page, app }) => {
  test.setTimeout(120_000);
  await givenOffice(app);
  // Bench data written directly (db/seed/relations-scale): the list is what is tested here, not the write path.
  const seeded = Date.now();
  seedRelations(app.core.sqlite, { persons: 200_000, members: 100_000, providers: 500 });
  console.log(`seeded in ${Date.now() - seeded} ms`);
  const shell = await signIn(page, app, sanne);
  const members = new MembersPage(page);
  const requests: Array<{ offset: number; limit: number }> = [];
  page.on('request', (r) => {
    if (r.url().endsWith('/api/members.list')) requests.push(r.postDataJSON() as { offset: number; limit: number });
  });

  await shell.goTo('Leden');
  await page.getByRole('radiogroup', { name: 'Status' }).getByText('Alle', { exact: true }).click();
  await expect(page.getByTestId('list-count')).toHaveText('100.000 leden');
  const rows = members.table.getByRole('row');
  // The header and about one screen of rows, never the whole list.
  expect(await rows.count()).toBeLessThan(60);

  await test.step('End: the last member, fetched on its own', async () => {
    requests.length = 0;
    await members.table.focus();
    const started = Date.now();
    await page.keyboard.press('End');
    const last = members.table.locator('[aria-rowindex="100001"]');
    await expect(last).toContainText(/L\d+/);
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(requests.every((r) => r.offset >= 99_000 && r.limit <= 500)).toBe(true);
    await screenshot(page, 'relations-members-scale');
  });

  await test.step('sorted by name on the server: the first rows come in Dutch alphabetical order', async () => {
    await members.table.getByRole('button', { name: 'Naam' }).click();
    await expect(members.table.getByRole('columnheader', { name: 'Naam' })).toHaveAttribute('aria-sort', 'ascending');
    await expect(members.table.locator('[aria-rowindex="2"]').getByRole('cell').nth(1)).toHaveText(/^[AÁÄ]/);
  });

  await test.step('Home, two rows down, Enter: that member opens', async () => {
    await members.table.focus();
    await page.keyboard.press('Home');
    const third = members.table.locator('[aria-rowindex="4"]');
    await expect(third).toContainText(/L\d+/);
    const number = (await third.getByRole('cell').first().textContent())!.trim();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(third).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('Enter');
    await expect(members.membership.getByTestId('membership-number')).toHaveText(number);
  });

  await test.step('Personen: 200,000 rows, narrowed by name as one types', async () => {
    await shell.goTo('Personen');
    await expect(page.getByTestId('list-count')).toHaveText(/^2\d{2}\.\d{3} personen$/);
    await page.getByRole('textbox', { name: 'Zoeken in personen' }).fill('van der berg');
    const counted = async () => Number((await page.getByTestId('list-count').textContent())!.replace(/\D/g, ''));
    await expect.poll(counted).toBeLessThan(10_000);
    expect(await counted()).toBeGreaterThan(0);
    await expect(page.getByRole('table', { name: 'Personen' }).locator('[aria-rowindex="2"]')).toContainText(/Berg/);
    await screenshot(page, 'relations-persons-scale');
  });
});
