import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { fingerprint } from '../../src/lib/editions';
import { SCRATCH } from '../helpers/fixture-tree';
import { ROOT } from '../helpers/site';

/** A throw-away copy of the project's content and scripts, as a git repository. */
function project(): string {
	const copy = mkdtempSync(join(SCRATCH, 'revision-'));
	for (const entry of ['src', 'scripts', 'package.json', 'tsconfig.json']) cpSync(join(ROOT, entry), join(copy, entry), { recursive: true });
	symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'));
	const git = (...args: string[]) => execFileSync('git', args, { cwd: copy });
	git('init', '-q');
	git('-c', 'user.name=t', '-c', 'user.email=t@t', 'add', 'src');
	git('-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qm', 'contenu');
	return copy;
}

const revision = (cwd: string, ...args: string[]) => {
	const r = spawnSync(join(ROOT, 'node_modules', '.bin', 'tsx'), ['scripts/revision.ts', ...args], {
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
