import { readFileSync } from 'node:fs';
import { checkContent } from '../../src/lib/content/check';
import { buildCmsConfig, cmsContent, cmsFields, settingsFromEnv, type CmsSources } from '../../src/lib/editor/config';
import { readContentTree } from '../../src/lib/content/tree';

type Living = { slug: string; data: never };

/** What the editor's configuration is built from, read from a content tree rather than Astro's collections. */
export function sourcesOf(root: string): CmsSources {
	const tree = readContentTree(root);
	const living = (collection: string) =>
		checkContent(tree)
			.editions.filter((e) => e.collection === collection && e.living)
			.map((e): Living => ({ slug: e.slug, data: e.data as never }));
	const register = (collection: string) =>
		Object.entries(tree.registers.find((r) => r.collection === collection)!.entries!).map(([key, data]) => ({ key, data: data as never }));
	return {
		fiches: living('fiches'),
		engagements: living('engagements'),
		srfss: living('srfss'),
		ambitions: living('ambitions'),
		principes: living('principes'),
		organisations: register('organisations'),
		secteurs: register('secteurs'),
		territoires: register('territoires'),
		publics: register('publics'),
	};
}

/** The editor's configuration of a content tree, with the default settings. */
export const configOf = (root: string) => buildCmsConfig(cmsContent(sourcesOf(root)), settingsFromEnv({}, 'https://cprdfop.hautsdefrance.example/'));

/** The form of the sheets (or engagements) of a content tree. */
export const fieldsOf = (root: string, collection: 'fiches' | 'engagements') => cmsFields(collection, cmsContent(sourcesOf(root)).options);

/**
 * The file Decap saved: waits until it differs from `before` and has stopped changing, because
 * decap-server writes in place and a read during the write sees half a file.
 */
export async function savedFile(path: string, before: string, timeoutMs = 30_000): Promise<string> {
	const deadline = Date.now() + timeoutMs;
	let last = before;
	while (Date.now() < deadline) {
		await new Promise((r) => setTimeout(r, 250));
		const now = readFileSync(path, 'utf8');
		if (now !== before && now === last) return now;
		last = now;
	}
	throw new Error(`${path} n’a pas été enregistré`);
}
