import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');

/** Builds the real site once for the build and browser tests (set SKIP_BUILD=1 to reuse dist/). */
export default function setup() {
	if (process.env.SKIP_BUILD === '1' && existsSync(join(ROOT, 'dist', 'index.html'))) return;
	execFileSync(join(ROOT, 'node_modules', '.bin', 'astro'), ['build'], { cwd: ROOT, stdio: 'inherit' });
}
