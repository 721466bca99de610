/**
 * Regenerates the forge files derived from the content: `.github/CODEOWNERS` (each sheet to its
 * pilots' teams and the secretariat) and the sheet list of the revision issue form.
 * Usage: npm run codeowners [-- <dossier du projet>]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readContentTree } from '../src/lib/content/tree';
import { CODEOWNERS_FILE, ForgeContentError, generateCodeowners, ISSUE_FORM_FILE, sheetIds, withSheetOptions } from '../src/lib/forge/codeowners';

const root = resolve(process.argv[2] ?? '.');
const read = (file: string) => {
	try {
		return readFileSync(join(root, file), 'utf8');
	} catch {
		return '';
	}
};

try {
	const tree = readContentTree(root);
	const ids = sheetIds(tree);
	const formText = read(ISSUE_FORM_FILE);
	if (formText === '') throw new ForgeContentError(`${ISSUE_FORM_FILE} introuvable.`);
	const files = { [CODEOWNERS_FILE]: generateCodeowners(tree), [ISSUE_FORM_FILE]: withSheetOptions(formText, ids) };
	for (const [file, text] of Object.entries(files)) {
		if (read(file) === text) {
			console.log(`✓ ${file} déjà à jour.`);
		} else {
			writeFileSync(join(root, file), text);
			console.log(`✓ ${file} régénéré : ajoutez-le à votre demande de fusion.`);
		}
	}
	console.log(`  ${ids.length} fiches, de ${ids[0]} à ${ids.at(-1)}.`);
} catch (error) {
	if (!(error instanceof Error)) throw error;
	console.error(`✗ ${error.message}`);
	process.exit(1);
}
