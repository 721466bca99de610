import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ENTRIES } from '../../bench/lib';
import { openRevision } from '../../src/lib/editions/revision';
import { FIXTURE_BILANS, S14_2024 } from '../fixtures/editions/bilans';
import { FIXTURE_REVISIONS } from '../fixtures/editions/revisions';
import { buildLogged, copyBuildLog, ROOT } from './site';

/**
 * A copy of the project as a git repository whose `main` holds the contract, inside the
 * repository (`.scratch/`, ignored by git) so that it resolves the project's node_modules as
 * Astro and Vite need.
 */
export function copyProject(dest: string): string {
	rmSync(dest, { recursive: true, force: true });
	mkdirSync(dest, { recursive: true });
	for (const entry of PROJECT_ENTRIES) cpSync(join(ROOT, entry), join(dest, entry), { recursive: true });
	const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { cwd: dest, stdio: 'pipe' });
	git('init', '-q', '-b', 'main');
	git('add', 'src');
	git('commit', '-qm', 'contrat signé');
	return dest;
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

/** Files the fixture's bilans: the first with the real `npm run bilan` and the pilot's edits, the others as written. */
export function fileBilans(root: string, run: (cmd: string, ...args: string[]) => unknown) {
	run('npm', 'run', '--silent', 'bilan', '--', S14_2024.id, String(S14_2024.year), '--le', S14_2024.le);
	const scaffolded = join(root, 'src', 'content', 'bilans', String(S14_2024.year), 's1-4.mdx');
	let text = readFileSync(scaffolded, 'utf8');
	for (const [find, replace] of S14_2024.edits) {
		const next = text.replace(find, replace);
		if (next === text) throw new Error(`Fixture : « ${String(find)} » introuvable dans le bilan écrit par npm run bilan`);
		text = next;
	}
	writeFileSync(scaffolded, text);
	for (const b of FIXTURE_BILANS) {
		mkdirSync(join(root, 'src', 'content', b.file, '..'), { recursive: true });
		writeFileSync(join(root, 'src', 'content', b.file), b.text);
	}
}

/** Builds a project copy as a user would, into its own dist/. */
export function buildCopy(root: string): string {
	buildLogged(root, copyBuildLog(root));
	const dist = join(root, 'dist');
	if (!existsSync(join(dist, 'index.html'))) throw new Error(`Construction sans page d’accueil : ${root}`);
	return dist;
}

/** The built HTML of a path of a copy's site. */
export const pageOf = (dist: string) => (path: string) => readFileSync(join(dist, path, path.endsWith('/') ? 'index.html' : ''), 'utf8');

/** Where the editions fixture site is built, once per test run. */
export const EDITIONS_SITE = join(ROOT, '.scratch', 'editions-site');

/**
 * The editions fixture site: a git copy of the project, the first revision made with the real
 * `npm run revision` command and an edit, the others through the same library, then built.
 * Reused when already built (SKIP_BUILD=1 runs); the global teardown removes it.
 */
export function editionsSite(): string {
	if (existsSync(join(EDITIONS_SITE, 'dist', 'index.html'))) return EDITIONS_SITE;
	copyProject(EDITIONS_SITE);
	const run = (cmd: string, ...args: string[]) => execFileSync(cmd, args, { cwd: EDITIONS_SITE, stdio: 'pipe' });
	const [first, ...rest] = FIXTURE_REVISIONS;
	run('npm', 'run', '--silent', 'revision', '--', first!.id, String(first!.year), '--motif', first!.motif, '--adoptee-le', first!.adopteeLe);
	const living = join(EDITIONS_SITE, 'src', 'content', first!.file);
	let text = readFileSync(living, 'utf8');
	for (const [find, replace] of first!.edits) text = text.replace(find, replace);
	writeFileSync(living, text);
	applyRevisions(EDITIONS_SITE, rest);
	fileBilans(EDITIONS_SITE, run);
	buildCopy(EDITIONS_SITE);
	return EDITIONS_SITE;
}
