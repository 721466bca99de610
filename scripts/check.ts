/**
 * Validates every content file without building the site; exits 1 on any problem.
 * Usage: npm run check [-- <dossier du projet>] [--depuis <référence git>]
 *
 * In a git checkout it also compares the living files with `--depuis` (HEAD by default, i.e. the
 * uncommitted changes): an edition year changed without freezing the edition it replaces (a
 * revision made in the web editor) is reported. Without git, only the content tree is checked.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkContent, formatReport } from '../src/lib/content/check';
import { readContentTree } from '../src/lib/content/tree';
import { gitBase, missingFreezes, RevisionRefused } from '../src/lib/editions/revision';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { depuis: { type: 'string' } } });
const root = resolve(positionals[0] ?? '.');
// Read the tree, check it, print every problem then the count.
const result = checkContent(readContentTree(root));
try {
	const reported = new Set(result.issues.map((i) => `${i.file}#${i.field}`));
	result.issues.push(...missingFreezes(root, gitBase(root, values.depuis ?? 'HEAD')).filter((i) => !reported.has(`${i.file}#${i.field}`)));
} catch (error) {
	if (!(error instanceof RevisionRefused)) throw error;
	// An explicit base must be usable; without one, a folder outside git is checked on its own.
	if (values.depuis !== undefined) {
		console.error(`✗ Comparaison impossible avec « ${values.depuis} » : ${error.message}`);
		process.exit(2);
	}
}
console.log(formatReport(result));
process.exit(result.issues.length > 0 ? 1 : 0);
