/**
 * What an editor does in WordPress's block editor: an Embed block with the graph page's address.
 * The editor's preview shows the graph (WordPress's REST oEmbed proxy discovers it on the server;
 * the block's preview sizes the iframe from the embed's height message), and the published post
 * shows it as a reader gets it.
 */
import { GRAPH, expect, test } from '../helpers.ts';
import { PAGE, embedOf, expectSizedByWordPress, watchRequests } from './checks.ts';
import { embedBlock, wordpress } from './wordpress.ts';

watchRequests();

test('an Embed block with the graph’s address: the editor previews the graph, the post shows it', async ({
  page,
}) => {
  test.setTimeout(120_000); // the block editor is a large page
  const wp = wordpress();
  await page.goto(`${wp.url}wp-login.php`);
  await page.locator('#user_login').fill(wp.user);
  await page.locator('#user_pass').fill(wp.password);
  await page.locator('#wp-submit').click();
  await page.waitForURL(/\/wp-admin\//);
  await page.goto(`${wp.url}wp-admin/post-new.php`);
  await page.getByRole('textbox', { name: 'Add title' }).fill('Pasted in the block editor');
  await page.keyboard.press('Enter');
  await page.keyboard.type('/embed');
  await page.getByRole('option', { name: 'Embed', exact: true }).click();
  await page.getByPlaceholder('Enter URL to embed here…').fill(PAGE);
  await page.getByRole('button', { name: 'Embed', exact: true }).click();

  // The preview: the embed's iframe, sandboxed, drawing the graph at its own height.
  const preview = await embedOf(page);
  await expect(preview.frame.locator('h1')).toHaveText(GRAPH.title.en);
  await expect(preview.frame.getByTestId('graph-canvas')).toHaveAttribute(
    'data-render-state',
    'ready',
  );
  await expectSizedByWordPress(preview.iframe, preview.frame);
  // What the editor saves is what the other tests post through the REST API.
  const saved = await page.evaluate(() =>
    (
      window as unknown as {
        wp: { data: { select(s: string): { getEditedPostContent(): string } } };
      }
    ).wp.data
      .select('core/editor')
      .getEditedPostContent(),
  );
  expect(saved).toBe(embedBlock(PAGE));

  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await page
    .locator('.editor-post-publish-panel')
    .getByRole('button', { name: 'Publish', exact: true })
    .click();
  const view = page.locator('.post-publish-panel__postpublish-buttons').getByRole('link', {
    name: 'View Post',
  });
  await page.goto((await view.getAttribute('href'))!);
  const post = await embedOf(page);
  await post.iframe.scrollIntoViewIfNeeded();
  await expect(post.frame.getByTestId('graph-canvas')).toHaveAttribute(
    'data-render-state',
    'ready',
  );
  await expectSizedByWordPress(post.iframe, post.frame);
});
