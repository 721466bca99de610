import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { EDITIONS_SITE, editionsSite } from './editions-site';
import { SCRATCH } from './fixture-tree';

const ROOT = join(import.meta.dirname, '..', '..');

/** Builds the real site once for the build and browser tests (set SKIP_BUILD=1 to reuse dist/). */
export default function setup() {
	const removeScratch = () => {
		rmSync(SCRATCH, { recursive: true, force: true });
		if (process.env.SKIP_BUILD !== '1') rmSync(EDITIONS_SITE, { recursive: true, force: true });
	};
	if (process.env.SKIP_BUILD !== '1') {
		// Vitest sets NODE_ENV=test, which would make Astro build the site in development mode
		// (e.g. Starlight's search shows its dev warning instead of Pagefind): build as a user would.
		execFileSync(join(ROOT, 'node_modules', '.bin', 'astro'), ['build'], { cwd: ROOT, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
	}
	// The editions fixture site (a revised copy of the contract), for the edition and quality tests.
	if (process.env.SKIP_BUILD !== '1') rmSync(EDITIONS_SITE, { recursive: true, force: true });
	editionsSite();
	return removeScratch;
}
