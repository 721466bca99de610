import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');
export const DIST = join(ROOT, 'dist');

/** The built HTML of a site path such as `/ambitions/1/`. */
export function builtPage(path: string): string {
	const file = join(DIST, path, path.endsWith('/') ? 'index.html' : '');
	if (!existsSync(file)) throw new Error(`Page non générée : ${path} (${file})`);
	return readFileSync(file, 'utf8');
}

/** Text content of the first element matching a simple tag pattern, tags stripped and spaces folded. */
export function textOf(html: string, pattern: RegExp): string | undefined {
	const match = pattern.exec(html);
	return match?.[1]?.replace(/<[^>]+>/g, ' ').replace(/&#39;|&#x27;/g, "'").replace(/&amp;/g, '&').replace(/\s+/g, ' ').trim();
}
