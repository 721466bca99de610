import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';

/**
 * The built HTML pages of a build, read once for the integrations that work on all of them after
 * the build (the versions index, then the CSP pass): 15 MB of HTML read twice was a measurable part
 * of the build. Keyed by path relative to dist/, with `/` separators (`admin/index.html`).
 */
export interface BuiltPages {
	/** Every page, in directory order. */
	readonly pages: Map<string, string>;
	/** Writes a page to disk and keeps the new text for the next reader. */
	write(page: string, html: string): void;
}

let cached: { root: string; pages: BuiltPages } | undefined;

/** The pages under `root` (dist/), read on the first call of a build. */
export function builtPages(root: string): BuiltPages {
	if (cached?.root === root) return cached.pages;
	const pages = new Map<string, string>();
	for (const file of readdirSync(root, { recursive: true, encoding: 'utf8' }) as string[]) {
		if (file.endsWith('.html')) pages.set(file.split(sep).join('/'), readFileSync(join(root, file), 'utf8'));
	}
	const built: BuiltPages = {
		pages,
		write(page, html) {
			writeFileSync(join(root, page), html);
			pages.set(page, html);
		},
	};
	cached = { root, pages: built };
	return built;
}

/** Forgets the pages read: a new build (astro dev restarts, tests) reads its own. */
export function forgetBuiltPages() {
	cached = undefined;
}
