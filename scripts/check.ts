/**
 * Validates every content file without building the site; exits 1 on any problem.
 * Usage: npm run check [-- <dossier du projet>] [--depuis <référence git>]
 *
 * In a git checkout it also compares the living files with `--depuis` (HEAD by default, i.e. the
 * uncommitted changes): an edition year changed without freezing the edition it replaces (a
 * revision made in the web editor) is reported. Without git, only the content tree is checked.
 * `astro build` runs the same check (src/integrations/content-check.ts).
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatReport } from '../src/lib/content/check';
import { checkProject } from '../src/lib/editions/project-check';
import { RevisionRefused } from '../src/lib/editions/revision';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { depuis: { type: 'string' } } });
const root = resolve(positionals[0] ?? '.');
try {
	// Check the tree (and its editions against git), print every problem then the count.
	const result = checkProject(root, values.depuis);
	console.log(formatReport(result));
	process.exit(result.issues.length > 0 ? 1 : 0);
} catch (error) {
	if (!(error instanceof RevisionRefused)) throw error;
	console.error(`✗ Comparaison impossible avec « ${values.depuis} » : ${error.message}`);
	process.exit(2);
}
