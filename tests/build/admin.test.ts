import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { decapDistDir, decapFiles, EDITOR_POLICY } from '../../src/integrations/decap';
import { configOf } from '../helpers/cms';
import { builtPage, DIST, ROOT } from '../helpers/site';

/** The Content-Security-Policy a built page declares. */
const policyOf = (path: string) => /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(builtPage(path))![1]!;

describe('the web editor in the built site', () => {
	test('/admin/ is a French page that loads Decap from /admin/decap/, never from a CDN, and is kept out of search engines', () => {
		const html = builtPage('/admin/');
		expect(html).toMatch(/<html lang="fr">/);
		expect(html).toContain('<title>Éditeur des fiches — CPRDFOP Hauts-de-France 2022-2028</title>');
		expect(html).toContain('<meta name="robots" content="noindex">');
		expect(html).toContain('window.CMS_MANUAL_INIT = true');
		const scripts = [...html.matchAll(/<script[^>]* src="([^"]+)"/g)].map((m) => m[1]!);
		expect(scripts).toContain('/admin/decap/decap-cms.js');
		expect(scripts.filter((src) => /^(https?:)?\/\//.test(src))).toEqual([]);
		expect(readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8')).not.toContain('/admin/');
	});

	test('/admin/ carries the editor’s security policy, not the site’s, and its inline scripts are still hashed', () => {
		const policy = policyOf('/admin/');
		expect(policy.replace(/ 'sha256-[^']+'/g, '')).toBe(EDITOR_POLICY);
		expect(policy).toMatch(/script-src [^;]*( 'sha256-[^']+')+;/);
		// Scripts come from this site only; inline styles and evaluated code are allowed here and nowhere else.
		expect(/script-src ([^;]*)/.exec(policy)![1]!.split(' ').filter((s) => !s.startsWith("'sha256-"))).toEqual(["'self'", "'unsafe-eval'", "'wasm-unsafe-eval'"]);
		// The rest of the site keeps the strict one: no inline styles, no other origin.
		const home = policyOf('/');
		expect(home).not.toContain('api.github.com');
		expect(home).not.toMatch(/(^|;)\s*style-src [^;]*'unsafe-inline'/);
		expect(home).not.toContain("'unsafe-eval'");
	});

	test('Decap’s prebuilt bundle is copied from node_modules/decap-cms, chunks included', () => {
		const files = decapFiles();
		expect(files).toContain('decap-cms.js');
		expect(files.filter((f) => /^\d+\.decap-cms\.js$/.test(f)).length).toBeGreaterThan(50);
		for (const f of files) expect(readFileSync(join(DIST, 'admin', 'decap', f)).equals(readFileSync(join(decapDistDir(), f))), f).toBe(true);
		const version = JSON.parse(readFileSync(join(decapDistDir(), '..', 'package.json'), 'utf8')).version;
		expect(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).dependencies['decap-cms']).toBe(version);
	});

	test('/admin/config.json is the configuration generated from the schemas and the content', () => {
		expect(JSON.parse(readFileSync(join(DIST, 'admin', 'config.json'), 'utf8'))).toEqual(JSON.parse(JSON.stringify(configOf(ROOT))));
	});
});
