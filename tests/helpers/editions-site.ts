import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openRevision } from '../../src/lib/revision';
import { FIXTURE_REVISIONS } from '../fixtures/editions/revisions';
import { ROOT } from './site';

/**
 * A copy of the project inside the repository (`.scratch/`, ignored by git) so that it resolves
 * the project's node_modules, as Astro and Vite need, without copying them.
 */
export function projectCopy(name: string): string {
	mkdirSync(join(ROOT, '.scratch'), { recursive: true });
	const copy = mkdtempSync(join(ROOT, '.scratch', `${name}-`));
	for (const entry of ['src', 'scripts', 'astro.config.ts', 'tsconfig.json', 'package.json']) cpSync(join(ROOT, entry), join(copy, entry), { recursive: true });
	return copy;
}

/** Applies the fixture's revisions to a project copy, as `npm run revision` and a pilot's edit would. */
export function applyRevisions(root: string, revisions = FIXTURE_REVISIONS) {
	for (const r of revisions) {
		openRevision(root, { id: r.id, year: r.year, motif: r.motif, adopteeLe: r.adopteeLe });
		const path = join(root, 'src', 'content', r.file);
		let text = readFileSync(path, 'utf8');
		for (const [find, replace] of r.edits) {
			if (!text.includes(find)) throw new Error(`Fixture : « ${find} » introuvable dans ${r.file}`);
			text = text.replace(find, replace);
		}
		writeFileSync(path, text);
	}
}

/** Builds a project copy as a user would, into its own dist/. */
export function buildCopy(root: string): string {
	execFileSync(join(ROOT, 'node_modules', '.bin', 'astro'), ['build'], { cwd: root, stdio: 'pipe', env: { ...process.env, NODE_ENV: 'production' } });
	const dist = join(root, 'dist');
	if (!existsSync(join(dist, 'index.html'))) throw new Error(`Construction sans page d’accueil : ${root}`);
	return dist;
}

/** The built HTML of a path of a copy's site. */
export const pageOf = (dist: string) => (path: string) => readFileSync(join(dist, path, path.endsWith('/') ? 'index.html' : ''), 'utf8');
