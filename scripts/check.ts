/** Validates every content file without building the site; exits 1 on any problem. Usage: npm run check [-- <dossier du projet>] */
import { resolve } from 'node:path';
import { checkContent, formatReport } from '../src/lib/check';
import { readContentTree } from '../src/lib/content-files';

const root = resolve(process.argv[2] ?? '.');
// Read the tree, check it, print every problem then the count.
const result = checkContent(readContentTree(root));
console.log(formatReport(result));
process.exit(result.issues.length > 0 ? 1 : 0);
