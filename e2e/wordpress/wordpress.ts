/**
 * The throwaway WordPress the config starts (scripts/wordpress/setup.ts): its address and logins
 * from its site.json, and posting through its REST API as an editor's tools do.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type APIRequestContext } from '@playwright/test';
import { siteDir } from '../../scripts/wordpress/site-dir.ts';
import { WORDPRESS_PORT } from './ports.ts';

export interface WordPress {
  url: string;
  version: string;
  user: string;
  password: string;
  appPassword: string;
}

export const wordpress = (): WordPress =>
  JSON.parse(readFileSync(join(siteDir(WORDPRESS_PORT), 'site.json'), 'utf8')) as WordPress;

/** Publishes a post; returns its address. */
export async function publishPost(
  request: APIRequestContext,
  title: string,
  content: string,
): Promise<string> {
  const wp = wordpress();
  const auth = Buffer.from(`${wp.user}:${wp.appPassword}`).toString('base64');
  // Plain permalinks (the site has no rewrite rules): the REST API is at ?rest_route=.
  const answer = await request.post(`${wp.url}?rest_route=/wp/v2/posts`, {
    headers: { authorization: `Basic ${auth}` },
    data: { title, content, status: 'publish' },
  });
  expect(answer.status(), await answer.text()).toBe(201);
  return ((await answer.json()) as { link: string }).link;
}

/**
 * What WordPress 6.1's block editor saves for an Embed block with our address (checked in
 * block-editor.spec.ts): type `wp-embed`, as it calls oEmbed HTML with `wp-embedded-content` in
 * it, and no aspect-ratio class (which would fix the iframe's height to a ratio).
 */
export const embedBlock = (url: string) =>
  `<!-- wp:embed {"url":"${url}","type":"wp-embed","providerNameSlug":"faultlines"} -->\n` +
  `<figure class="wp-block-embed is-type-wp-embed is-provider-faultlines wp-block-embed-faultlines">` +
  `<div class="wp-block-embed__wrapper">\n${url}\n</div></figure>\n<!-- /wp:embed -->`;
