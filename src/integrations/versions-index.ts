import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { REPLACED, VERSION_FACET } from '../lib/views/facets';
import { builtPages, forgetBuiltPages } from './built-pages';

/** Where the replaced editions' search index is written, beside Starlight's `/pagefind/`. */
export const VERSIONS_INDEX = 'pagefind-versions';

/**
 * A second Pagefind index holding only replaced editions: the default search finds each entity
 * once, in its edition in force, and the search page merges this index when the reader asks for
 * replaced editions. Runs after Starlight's own index (integrations run in order).
 */
export function versionsIndex(): AstroIntegration {
	return {
		name: 'cprdfop:versions-index',
		hooks: {
			// A new build reads its own pages (the CSP pass, last, forgets them too).
			'astro:build:start': () => forgetBuiltPages(),
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const marker = `data-pagefind-filter="${VERSION_FACET}:${REPLACED}"`;
				const pages = [...builtPages(root).pages].filter(([, html]) => html.includes(marker));
				if (pages.length === 0) {
					logger.info('Aucune édition remplacée : pas d’index des versions remplacées.');
					return;
				}
				const { index, errors } = await pagefind.createIndex({ forceLanguage: 'fr' });
				if (!index) throw new Error(`Index des versions remplacées : ${errors.join(' ; ')}`);
				for (const [page, html] of pages) {
					// These pages are not in Starlight's index: their main content is what this index searches.
					await index.addHTMLFile({ sourcePath: page, content: html.replace(/<main(\s)/, '<main data-pagefind-body$1') });
				}
				await index.writeFiles({ outputPath: join(root, VERSIONS_INDEX) });
				await pagefind.close();
				logger.info(`${pages.length} éditions remplacées indexées dans /${VERSIONS_INDEX}/.`);
			},
		},
	};
}
