import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const hash = (body: string) => `'sha256-${createHash('sha256').update(body).digest('base64')}'`;

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
				const root = fileURLToPath(dir);
				let pages = 0;
				for (const file of readdirSync(root, { recursive: true, encoding: 'utf8' }) as string[]) {
					if (!file.endsWith('.html')) continue;
					const path = join(root, file);
					const built = readFileSync(path, 'utf8');
					const own = pagePolicies[file.split(sep).join('/')];
					const html = own === undefined ? built : built.replace(META_POLICY, (_, open: string) => `${open}${own}`);
					const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => hash(m[1]!));
					const updated = html.replace(/(<meta http-equiv="content-security-policy" content="[^"]*?script-src )([^;"]*)/, (_, head: string, sources: string) => {
						const missing = [...new Set(inline)].filter((h) => !sources.includes(h));
						return `${head}${sources}${missing.length ? ` ${missing.join(' ')}` : ''}`;
					});
					if (updated !== built) {
						writeFileSync(path, updated);
						pages++;
					}
				}
				logger.info(`Politique de sécurité complétée (empreintes des scripts en ligne, politiques propres) dans ${pages} pages.`);
			},
		},
	};
}
