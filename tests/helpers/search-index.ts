import { preview } from 'astro';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from './site';

interface Pagefind {
	options: (o: Record<string, unknown>) => Promise<void>;
	search: (q: string) => Promise<{ results: { data: () => Promise<{ url: string; meta: { title?: string } }> }[] }>;
}

/**
 * The ranking options the header search passes to Pagefind, read from the built search script:
 * Starlight writes its `pagefind.ranking` (defaults or the site's settings) there as an object literal.
 */
function headerRanking(dist: string): Record<string, number> {
	const dir = join(dist, '_astro');
	for (const file of readdirSync(dir).filter((f) => f.endsWith('.js'))) {
		const ranking = /ranking:\{([^}]*)\}/.exec(readFileSync(join(dir, file), 'utf8'));
		if (ranking) return Object.fromEntries([...ranking[1]!.matchAll(/(\w+):([\d.]+)/g)].map(([, key, value]) => [key, Number(value)]));
	}
	throw new Error(`Réglages de classement de la recherche introuvables dans ${dir}`);
}

/**
 * The built site's Pagefind index, queried from Node as the header search queries it. Pagefind
 * fetches its index over HTTP only: the site is served on loopback and the index read from there.
 */
export async function openSearchIndex(root = ROOT): Promise<{ search: (query: string) => Promise<{ url: string; title: string }[]>; close: () => Promise<void> }> {
	const dist = join(root, 'dist');
	const server = await preview({ root, logLevel: 'warn', server: { host: '127.0.0.1', port: 0 } });
	const pagefind = (await import(/* @vite-ignore */ pathToFileURL(join(dist, 'pagefind', 'pagefind.js')).href)) as Pagefind;
	await pagefind.options({ basePath: `http://127.0.0.1:${server.port}/pagefind/`, ranking: headerRanking(dist) });
	return {
		search: async (query) => {
			const { results } = await pagefind.search(query);
			const pages = await Promise.all(results.map((r) => r.data()));
			return pages.map((page) => ({ url: new URL(page.url).pathname, title: page.meta.title ?? '' }));
		},
		close: () => server.stop(),
	};
}
