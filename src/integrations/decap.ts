import type { AstroIntegration } from 'astro';
import { copyFileSync, createReadStream, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where the editor's page loads Decap from. */
export const DECAP_PATH = '/admin/decap/';

/** The prebuilt browser bundle of the `decap-cms` npm package (Decap CMS with React), no CDN. */
export function decapDistDir(): string {
	return join(dirname(createRequire(import.meta.url).resolve('decap-cms/package.json')), 'dist');
}

/** The files of the bundle the browser may load: the entry, its lazily loaded chunks, their WebAssembly and the licences. */
export const isDecapFile = (name: string) => /^(decap-cms\.js|\d+\.decap-cms\.js|[0-9a-f]+\.wasm|decap-cms\.js\.LICENSE\.txt)$/.test(name);

export const decapFiles = (dir = decapDistDir()) => readdirSync(dir).filter(isDecapFile).sort();

/**
 * The editor's Content-Security-Policy, in place of the site's: Decap (React + Emotion) writes its
 * styles in <style> elements, talks to GitHub's API (avatars included) and, on a contributor's
 * machine, to decap-server on the loopback interface; it validates its configuration with Ajv,
 * which compiles JSON schemas into functions ('unsafe-eval'). GitHub logins open the OAuth service
 * in a pop-up window, which the policy does not govern. The page still runs only scripts from this
 * site: csp-inline-scripts.ts writes this policy into /admin/ and hashes its inline scripts, as on
 * every page.
 */
export const EDITOR_POLICY = [
	"default-src 'self'",
	"script-src 'self' 'unsafe-eval' 'wasm-unsafe-eval'",
	"style-src 'self' 'unsafe-inline'",
	"img-src 'self' data: blob: https://avatars.githubusercontent.com",
	"connect-src 'self' https://api.github.com http://127.0.0.1:* http://localhost:*",
	"font-src 'self' data:",
	"object-src 'none'",
	"base-uri 'self'",
	"form-action 'self'",
].join('; ');

const TYPES: Record<string, string> = { js: 'text/javascript; charset=utf-8', wasm: 'application/wasm', txt: 'text/plain; charset=utf-8' };

/**
 * Serves Decap CMS at /admin/decap/ from node_modules: copied into the built site, served by the
 * development server. The editor's page and configuration are ordinary routes (src/pages/admin/).
 */
export function decapCms(): AstroIntegration {
	return {
		name: 'cprdfop:decap-cms',
		hooks: {
			'astro:server:setup': ({ server }) => {
				const dir = decapDistDir();
				server.middlewares.use((req, res, next) => {
					const path = (req.url ?? '').split('?')[0]!;
					if (!path.startsWith(DECAP_PATH)) return next();
					const name = path.slice(DECAP_PATH.length);
					if (!isDecapFile(name) || !existsSync(join(dir, name))) return next();
					res.setHeader('Content-Type', TYPES[name.split('.').pop()!] ?? 'application/octet-stream');
					createReadStream(join(dir, name)).pipe(res);
				});
			},
			'astro:build:done': ({ dir, logger }) => {
				const source = decapDistDir();
				const target = join(fileURLToPath(dir), ...DECAP_PATH.split('/').filter(Boolean));
				mkdirSync(target, { recursive: true });
				const files = decapFiles(source);
				for (const name of files) copyFileSync(join(source, name), join(target, name));
				logger.info(`Decap CMS copié depuis node_modules/decap-cms dans ${DECAP_PATH} (${files.length} fichiers).`);
			},
		},
	};
}
