import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { createFormat } from '../../src/lib/editor/format';
import { fingerprint } from '../../src/lib/content/edition-model';
import { fieldsOf } from '../helpers/cms';
import { SCRATCH } from '../helpers/fixture-tree';
import { ROOT } from '../helpers/site';

/** A throw-away copy of the project's content and scripts, as a git repository. */
function project(): string {
	const copy = mkdtempSync(join(SCRATCH, 'revision-'));
	for (const entry of ['src', 'scripts', 'package.json', 'tsconfig.json']) cpSync(join(ROOT, entry), join(copy, entry), { recursive: true });
	symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'));
	const git = (...args: string[]) => execFileSync('git', args, { cwd: copy });
	git('init', '-q', '-b', 'main');
	git('-c', 'user.name=t', '-c', 'user.email=t@t', 'add', 'src');
	git('-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qm', 'contenu');
	return copy;
}

const revision = (cwd: string, ...args: string[]) => run(cwd, 'scripts/revision.ts', ...args);
const check = (cwd: string, ...args: string[]) => run(cwd, 'scripts/check.ts', ...args);
const git = (cwd: string, ...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { cwd, encoding: 'utf8' });

const run = (cwd: string, script: string, ...args: string[]) => {
	const r = spawnSync(join(ROOT, 'node_modules', '.bin', 'tsx'), [script, ...args], {
		cwd,
		encoding: 'utf8',
		env: { ...process.env, PATH: `${join(ROOT, 'node_modules', '.bin')}:${process.env.PATH}` },
	});
	return { status: r.status, output: `${r.stdout}${r.stderr}` };
};

/** Every file of the content tree with its text, to prove that a refusal wrote nothing. */
const snapshot = (root: string) =>
	Object.fromEntries(
		readdirSync(join(root, 'src', 'content'), { recursive: true, encoding: 'utf8' })
			.filter((f) => f.includes('.'))
			.map((f) => [f, readFileSync(join(root, 'src', 'content', f), 'utf8')]),
	);

describe('npm run revision', () => {
	test('freezes the edition in force and opens the new one in the living file', () => {
		const root = project();
		const before = readFileSync(join(root, 'src/content/fiches/s1-4/index.mdx'), 'utf8');
		const { status, output } = revision(root, 'S1.4', '2025', '--motif', 'Révision annuelle du pilote', '--adoptee-le', '2025-03-14');
		expect(output).toContain('✓ Édition en vigueur figée dans src/content/fiches/s1-4/2023.mdx');
		expect(status).toBe(0);
		expect(readFileSync(join(root, 'src/content/fiches/s1-4/2023.mdx'), 'utf8')).toBe(before);
		const living = readFileSync(join(root, 'src/content/fiches/s1-4/index.mdx'), 'utf8');
		expect(living).toContain('edition:\n  annee: 2025\n  adoptee_le: 2025-03-14\n  motif: "Révision annuelle du pilote"\n---');
		// The pull request shows an ordinary diff: only the edition block of the living file changed.
		expect(living.replace(/edition:[\s\S]*$/, '')).toBe(before.replace(/edition:[\s\S]*$/, ''));
		expect(JSON.parse(readFileSync(join(root, 'src/content/editions.lock.json'), 'utf8'))).toEqual({ 'src/content/fiches/s1-4/2023.mdx': fingerprint(before) });
		expect(output).toMatch(/✓ \d+ fichiers de contenu vérifiés, aucun problème\./);
	});

	test.each([
		{ args: ['S9.9', '2025'], message: 'Identifiant inconnu : « S9.9 »' },
		{ args: ['S1.4', '2023'], message: 'L’année 2023 ne suit pas la dernière édition (2023).' },
		{ args: ['S1.4', '2031'], message: 'Année hors de la période du contrat : 2031.' },
		{ args: ['S1.4', '2025', '--adoptee-le', '14/03/2025'], message: 'Date d’adoption invalide : « 14/03/2025 »' },
		{ args: ['S1.4', '2025', '--motif', ' '], message: 'Motif manquant.' },
	])('refuses $args with a French message and writes nothing', ({ args, message }) => {
		const root = project();
		const before = snapshot(root);
		const full = [...args, ...(args.includes('--motif') ? [] : ['--motif', 'Révision']), ...(args.includes('--adoptee-le') ? [] : ['--adoptee-le', '2025-03-14'])];
		const { status, output } = revision(root, ...full);
		expect(status).toBe(1);
		expect(output).toContain(`✗ Révision refusée, rien n’a été écrit : ${message}`);
		expect(snapshot(root)).toEqual(before);
	});

	test('refuses to freeze an edition that is being edited', () => {
		const root = project();
		const path = join(root, 'src/content/fiches/s1-4/index.mdx');
		writeFileSync(path, readFileSync(path, 'utf8').replace('publics_cibles:', 'publics_cibles:'.padEnd(16)));
		const before = snapshot(root);
		const { status, output } = revision(root, 'S1.4', '2025', '--motif', 'Révision', '--adoptee-le', '2025-03-14');
		expect(status).toBe(1);
		expect(output).toContain('✗ Révision refusée, rien n’a été écrit : Une modification de src/content/fiches/s1-4/index.mdx est déjà en cours');
		expect(snapshot(root)).toEqual(before);
		expect(existsSync(join(root, 'src/content/fiches/s1-4/2023.mdx'))).toBe(false);
	});
});

const MOTIF = 'Révision annuelle du pilote';
const S14 = 'src/content/fiches/s1-4/index.mdx';

/** What a pilot's save in the web editor writes: the living file, through the editor's own format, with a new edition. */
function editInEditor(root: string, edition: { annee: number; adoptee_le: string; motif: string }, change: (data: Record<string, unknown>) => Record<string, unknown> = (d) => d) {
	const format = createFormat(fieldsOf(root, 'fiches'));
	const path = join(root, S14);
	writeFileSync(path, format.toFile({ ...change(format.fromFile(readFileSync(path, 'utf8'))), edition }));
}

describe('a revision made in the web editor, completed by npm run revision -- --depuis-editeur', () => {
	test('editor + the command give the same files as npm run revision, byte for byte (S1.4, 2025)', () => {
		const cli = project();
		expect(revision(cli, 'S1.4', '2025', '--motif', MOTIF, '--adoptee-le', '2025-03-14').status).toBe(0);

		const editor = project();
		git(editor, 'checkout', '-q', '-b', 'editeur');
		editInEditor(editor, { annee: 2025, adoptee_le: '2025-03-14', motif: MOTIF });
		// The editor wrote the living file only: the check says what is missing, in French.
		const uncommitted = check(editor);
		expect(uncommitted.status).toBe(1);
		expect(uncommitted.output).toContain('✗ src/content/fiches/s1-4/index.mdx — champ « edition.annee » : l\'édition 2025 remplace une édition précédente');
		expect(uncommitted.output).toContain('« npm run revision -- --depuis-editeur »');
		git(editor, 'commit', '-qam', 'Révision proposée depuis l’éditeur');
		expect(check(editor, '--depuis', 'main').status).toBe(1);

		const completed = revision(editor, '--depuis-editeur');
		expect(completed.output).toContain('✓ Édition remplacée reconstituée depuis main dans src/content/fiches/s1-4/2023.mdx');
		expect(completed.output).toMatch(/✓ \d+ fichiers de contenu vérifiés, aucun problème\./);
		expect(completed.status).toBe(0);
		expect(snapshot(editor)).toEqual(snapshot(cli));
		// Run again: nothing left to do.
		expect(revision(editor, '--depuis-editeur').output).toContain('· src/content/fiches/s1-4/2023.mdx existe déjà');
		expect(check(editor, '--depuis', 'main').status).toBe(0);
	});

	test('a second revision in the editor: only git knows the edition it replaced, and the check finds it', () => {
		const cli = project();
		revision(cli, 'S1.4', '2025', '--motif', MOTIF, '--adoptee-le', '2025-03-14');
		git(cli, 'add', '-A');
		git(cli, 'commit', '-qm', '2025');
		const editor = project();
		revision(editor, 'S1.4', '2025', '--motif', MOTIF, '--adoptee-le', '2025-03-14');
		git(editor, 'add', '-A');
		git(editor, 'commit', '-qm', '2025');

		const objectif = (d: Record<string, unknown>) => ({ ...d, objectifs_operationnels: [...(d.objectifs_operationnels as string[]), 'Former les tuteurs'] });
		editInEditor(editor, { annee: 2026, adoptee_le: '2026-03-12', motif: 'Deuxième révision' }, objectif);
		const reported = check(editor);
		expect(reported.status).toBe(1);
		expect(reported.output).toContain(
			'✗ src/content/fiches/s1-4/index.mdx — champ « edition.annee » : l’édition 2025 a été remplacée par l’édition 2026 sans être figée (valeur : 2026).\n  Attendu : le fichier src/content/fiches/s1-4/2025.mdx, copie de l’édition 2025 telle que publiée',
		);
		expect(revision(editor, '--depuis-editeur', 'HEAD').status).toBe(0);

		expect(revision(cli, 'S1.4', '2026', '--motif', 'Deuxième révision', '--adoptee-le', '2026-03-12').status).toBe(0);
		writeFileSync(join(cli, S14), readFileSync(join(cli, S14), 'utf8').replace('  - "Fidéliser les salariés"\n', '  - "Fidéliser les salariés"\n  - "Former les tuteurs"\n'));
		expect(snapshot(editor)).toEqual(snapshot(cli));
	});

	test.each([
		{ name: 'an edition year that went down', edit: (root: string) => editInEditor(root, { annee: 2022, adoptee_le: '2022-03-14', motif: MOTIF }), args: ['--depuis-editeur', 'HEAD'], message: 'L’édition de src/content/fiches/s1-4/index.mdx passe de 2023 à 2022.' },
		{ name: 'an unknown git reference', edit: () => {}, args: ['--depuis-editeur', 'nulle-part'], message: 'Référence git inconnue : « nulle-part »' },
	])('refuses $name in French and writes nothing', ({ edit, args, message }) => {
		const root = project();
		edit(root);
		const before = snapshot(root);
		const { status, output } = revision(root, ...args);
		expect(output).toContain(`✗ Révision refusée, rien n’a été écrit : ${message}`);
		expect(status).toBe(1);
		expect(snapshot(root)).toEqual(before);
	});
});
