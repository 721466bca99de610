import { execFileSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');
export const DIST = join(ROOT, 'dist');
/** What the global setup's build of the real site printed (stdout and stderr), kept for tests/build/build-log.test.ts. */
export const BUILD_LOG = join(ROOT, '.scratch', 'construction.log');
/** The log of a build of a project copy, in the copy's folder. */
export const copyBuildLog = (root: string) => join(root, 'construction.log');

/**
 * Runs `astro build` in a folder as a user would, its output (stdout and stderr) written to `log`
 * for the build log test; on failure the end of the log is in the error.
 */
export function buildLogged(cwd: string, log: string) {
	mkdirSync(dirname(log), { recursive: true });
	const fd = openSync(log, 'w');
	try {
		// Vitest sets NODE_ENV=test, which would make Astro build the site in development mode
		// (e.g. Starlight's search shows its dev warning instead of Pagefind): build as a user would.
		execFileSync(join(ROOT, 'node_modules', '.bin', 'astro'), ['build'], { cwd, stdio: ['ignore', fd, fd], env: { ...process.env, NODE_ENV: 'production' } });
	} catch (error) {
		throw new Error(`La construction de ${cwd} a échoué :\n${readFileSync(log, 'utf8').split('\n').slice(-40).join('\n')}`, { cause: error });
	} finally {
		closeSync(fd);
	}
}

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
