import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { builtPages, forgetBuiltPages } from './built-pages';

/** A script's CSP hash; Starlight's few inline scripts recur on every page, hashed once each. */
const hashes = new Map<string, string>();
const hash = (body: string) => {
	let h = hashes.get(body);
	if (h === undefined) {
		h = `'sha256-${createHash('sha256').update(body).digest('base64')}'`;
		hashes.set(body, h);
	}
	return h;
};

/**
 * Astro's Content-Security-Policy hashes the scripts it bundles, not `is:inline` ones, and
 * Starlight's shell has a few (theme before paint, sidebar state, search shortcut). After the
 * build, each page's policy gets the hashes of that page's own inline scripts — content cannot
 * add any (the check refuses scripts in content and Markdown escapes raw HTML) — so the policy
 * still needs no 'unsafe-inline' and blocks any script injected at run time.
 */
interface CspOptions {
	/** A page that needs another policy than the site's (the web editor), by built file: `admin/index.html`. */
	pagePolicies?: Record<string, string>;
}

const META_POLICY = /(<meta http-equiv="content-security-policy" content=")[^"]*/;

export function cspInlineScripts(options: CspOptions = {}): AstroIntegration {
	const pagePolicies = options.pagePolicies ?? {};
	return {
		name: 'cprdfop:csp-inline-scripts',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const built = builtPages(fileURLToPath(dir));
				let pages = 0;
				for (const [file, page] of built.pages) {
					const own = pagePolicies[file];
					const html = own === undefined ? page : page.replace(META_POLICY, (_, open: string) => `${open}${own}`);
					const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => hash(m[1]!));
					const updated = html.replace(/(<meta http-equiv="content-security-policy" content="[^"]*?script-src )([^;"]*)/, (_, head: string, sources: string) => {
						const missing = [...new Set(inline)].filter((h) => !sources.includes(h));
						return `${head}${sources}${missing.length ? ` ${missing.join(' ')}` : ''}`;
					});
					if (updated !== page) {
						built.write(file, updated);
						pages++;
					}
				}
				// Last to read the pages: free them.
				forgetBuiltPages();
				logger.info(`Politique de sécurité complétée (empreintes des scripts en ligne, politiques propres) dans ${pages} pages.`);
			},
		},
	};
}
