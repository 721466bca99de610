/**
 * Summarises the content changes between a git ref and the working tree, in French Markdown, for
 * a pull request's review. Usage: npm run diff -- <git-ref> (e.g. main, origin/main, HEAD~1)
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { readContentTree } from '../src/lib/content/tree';
import { summariseChanges } from '../src/lib/editions/content-diff';

const [ref, dir] = process.argv.slice(2);
if (!ref) {
	console.error('Usage : npm run diff -- <référence git>   (ex. npm run diff -- main)');
	process.exit(2);
}
const root = resolve(dir ?? '.');

// The content as it was at the ref, extracted from git into a temporary folder.
const base = mkdtempSync(join(tmpdir(), 'cprdfop-diff-'));
try {
	try {
		execFileSync('git', ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { cwd: root, stdio: 'pipe' });
	} catch {
		console.error(`✗ Référence git inconnue : « ${ref} ». Attendu : une branche, une étiquette ou un commit (ex. main, origin/main).`);
		process.exit(2);
	}
	mkdirSync(join(base, 'src'), { recursive: true });
	const archive = execFileSync('git', ['archive', '--format=tar', ref, 'src/content'], { cwd: root, maxBuffer: 1 << 30 });
	execFileSync('tar', ['-x', '-C', base], { input: archive });
	console.log(summariseChanges(readContentTree(base), readContentTree(root), ref));
} finally {
	rmSync(base, { recursive: true, force: true });
}
