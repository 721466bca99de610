/**
 * Opens a new edition of an entity, or completes the revisions made in the web editor.
 * Usage: npm run revision -- <id> <année> [--motif "…"] [--adoptee-le AAAA-MM-JJ]
 *        npm run revision -- --depuis-editeur [<référence git>]
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createInterface } from 'node:readline/promises';
import { formatReport } from '../src/lib/content/check';
import { freezeFromGit, gitBase, openRevision, RevisionRefused } from '../src/lib/editions/revision';

const { values, positionals } = parseArgs({
	allowPositionals: true,
	options: { motif: { type: 'string' }, 'adoptee-le': { type: 'string' }, racine: { type: 'string' }, 'depuis-editeur': { type: 'boolean' } },
});
const root = resolve(values.racine ?? '.');

const refuse = (error: unknown): never => {
	if (!(error instanceof RevisionRefused)) throw error;
	console.error(`✗ Révision refusée, rien n’a été écrit : ${error.message}`);
	process.exit(1);
};

if (values['depuis-editeur']) {
	// The editor changed the living file's edition; freeze the edition it replaced, from git.
	const ref = positionals[0] ?? 'main';
	try {
		const { frozen, alreadyFrozen, check } = freezeFromGit(root, gitBase(root, ref));
		for (const f of frozen) console.log(`✓ Édition remplacée reconstituée depuis ${ref} dans ${f} (inscrite dans src/content/editions.lock.json).`);
		for (const f of alreadyFrozen) console.log(`· ${f} existe déjà : édition déjà figée.`);
		if (frozen.length === 0 && alreadyFrozen.length === 0) console.log(`Aucune édition n’a changé d’année depuis ${ref} : rien à figer.`);
		console.log(formatReport(check));
		process.exit(check.issues.length > 0 ? 1 : 0);
	} catch (error) {
		refuse(error);
	}
}

const [id, annee] = positionals;
if (!id || !annee) {
	console.error(
		[
			'Usage : npm run revision -- <identifiant> <année> [--motif "…"] [--adoptee-le AAAA-MM-JJ]',
			'Exemple : npm run revision -- S1.4 2025 --motif "Révision annuelle du pilote" --adoptee-le 2025-03-14',
			'Après une révision faite dans l’éditeur en ligne : npm run revision -- --depuis-editeur [<référence git, main par défaut>]',
		].join('\n'),
	);
	process.exit(2);
}

// Ask for what the command line did not give (scripts and CI pass both options).
const ask = async (question: string) => {
	if (!process.stdin.isTTY) return '';
	const rl = createInterface({ input: process.stdin, output: process.stdout });
	const answer = await rl.question(question);
	rl.close();
	return answer;
};
const motif = values.motif ?? (await ask('Motif de la révision (pourquoi cette édition remplace la précédente) : '));
const adopteeLe = values['adoptee-le'] ?? (await ask('Date d’adoption (AAAA-MM-JJ) : '));

// An edition already being edited (uncommitted changes in the entity's folder) is not frozen.
const isDirty = (folder: string) => {
	try {
		return execFileSync('git', ['status', '--porcelain', '--', folder], { cwd: root, encoding: 'utf8' }).trim() !== '';
	} catch {
		return false; // no git (a tarball): nothing to compare with
	}
};

try {
	const { frozen, living, check } = openRevision(root, { id, year: Number(annee), motif, adopteeLe }, isDirty);
	console.log(`✓ Édition en vigueur figée dans ${frozen} (inscrite dans src/content/editions.lock.json).`);
	console.log(`✓ Nouvelle édition ${annee} ouverte dans ${living} : modifiez ce fichier, puis proposez la révision.`);
	console.log(formatReport(check));
	process.exit(check.issues.length > 0 ? 1 : 0);
} catch (error) {
	refuse(error);
}
