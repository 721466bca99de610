import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { DIST } from '../helpers/site';

const pages = readdirSync(DIST, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
const html = new Map(pages.map((p) => [p, readFileSync(join(DIST, p), 'utf8')]));
const idsOf = (page: string) => new Set([...html.get(page)!.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));

/** The built file a site path resolves to, as the static server would serve it. */
const fileFor = (path: string) => {
	const clean = decodeURIComponent(path.replace(/^\//, ''));
	for (const candidate of [clean, join(clean, 'index.html')]) if (existsSync(join(DIST, candidate)) && candidate.endsWith('.html')) return candidate;
	return existsSync(join(DIST, clean)) ? clean : undefined;
};

test('no internal link or anchor is broken anywhere in the built site', () => {
	const broken: string[] = [];
	for (const [page, text] of html) {
		for (const [, href] of text.matchAll(/<a [^>]*href="([^"]+)"/g)) {
			if (/^(https?:|mailto:|tel:)/.test(href!)) continue;
			const [path, anchor] = href!.split('#') as [string, string | undefined];
			const target = path === '' ? page : fileFor(path);
			if (!target) broken.push(`${page} → ${href}`);
			else if (anchor && target.endsWith('.html') && !idsOf(target).has(decodeURIComponent(anchor))) broken.push(`${page} → ${href} (ancre absente)`);
		}
	}
	expect(broken).toEqual([]);
});

test('every file a page loads from the site (icon, styles, scripts, images) is in the built site', () => {
	const missing = new Set<string>();
	for (const [page, text] of html) {
		const refs = [...text.matchAll(/<link [^>]*href="([^"]+)"/g), ...text.matchAll(/<(?:script|img|source) [^>]*src="([^"]+)"/g)].map((m) => m[1]!);
		for (const ref of refs) if (ref.startsWith('/') && !ref.startsWith('//') && !fileFor(ref.split(/[?#]/)[0]!)) missing.add(`${page} → ${ref}`);
	}
	expect([...missing]).toEqual([]);
});
