import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { SCRATCH } from '../helpers/fixture-tree';
import { ROOT } from '../helpers/site';

/** A throw-away copy of the project (sharing node_modules) with one content file edited. */
function projectWith(file: string, edit: (text: string) => string): string {
	const copy = mkdtempSync(join(SCRATCH, 'projet-'));
	for (const entry of ['src', 'public', 'scripts', 'astro.config.ts', 'package.json', 'tsconfig.json']) {
		if (existsSync(join(ROOT, entry))) cpSync(join(ROOT, entry), join(copy, entry), { recursive: true });
	}
	symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'));
	const path = join(copy, 'src', 'content', file);
	writeFileSync(path, edit(readFileSync(path, 'utf8')));
	return copy;
}

const run = (cwd: string, args: string[]) => {
	const result = spawnSync(join(ROOT, 'node_modules', '.bin', args[0]!), args.slice(1), { cwd, encoding: 'utf8' });
	return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
};

describe.each([
	{
		scenario: 'an ambition without its title',
		file: 'ambitions/1/index.mdx',
		edit: (t: string) => t.replace(/^titre: .*\n/m, ''),
		message: '✗ src/content/ambitions/1/index.mdx — champ « titre » : champ obligatoire manquant.',
	},
	{
		scenario: 'an engagement pointing at ambition 7',
		file: 'engagements/1-1/index.mdx',
		edit: (t: string) => t.replace(/^ambition: 1$/m, 'ambition: 7'),
		message: '✗ src/content/engagements/1-1/index.mdx — champ « ambition » : Trop grand : nombre doit être <=4 (valeur : 7).',
	},
	{
		scenario: 'a sheet piloted by an organisation missing from the register',
		file: 'fiches/s1-4/index.mdx',
		edit: (t: string) => t.replace(/^pilotes:\n  - capeb$/m, 'pilotes:\n  - capeb-inconnue').replace(/^pilotes: \[capeb\]$/m, 'pilotes: [capeb-inconnue]'),
		message: '✗ src/content/fiches/s1-4/index.mdx — champ « pilotes.0 » : référence introuvable dans le registre organisations (valeur : « capeb-inconnue »).',
	},
])('$scenario', ({ file, edit, message }) => {
	const project = projectWith(file, edit);

	test('fails `npm run check` with a French message naming the file and the field', () => {
		const { status, output } = run(project, ['tsx', 'scripts/check.ts']);
		expect(status).toBe(1);
		expect(output).toContain(message);
		expect(output).toMatch(/\d+ problèmes? dans 1 fichier/);
	});

	test('fails `astro build` with the same message', () => {
		const { status, output } = run(project, ['astro', 'build']);
		expect(status).not.toBe(0);
		expect(output).toContain(message);
	});
});
