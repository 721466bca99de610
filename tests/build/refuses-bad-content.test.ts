import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { SCRATCH } from '../helpers/fixture-tree';
import { ROOT } from '../helpers/site';

/** A throw-away copy of the project (sharing node_modules) with content files edited (paths relative to src/content). */
function projectWith(edits: Record<string, (text: string) => string>): string {
	const copy = mkdtempSync(join(SCRATCH, 'projet-'));
	for (const entry of ['src', 'public', 'scripts', 'astro.config.ts', 'package.json', 'tsconfig.json']) {
		if (existsSync(join(ROOT, entry))) cpSync(join(ROOT, entry), join(copy, entry), { recursive: true });
	}
	symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'));
	for (const [file, edit] of Object.entries(edits)) {
		const path = join(copy, 'src', 'content', file);
		writeFileSync(path, edit(readFileSync(path, 'utf8')));
	}
	return copy;
}

const original = (file: string) => readFileSync(join(ROOT, 'src', 'content', file), 'utf8');
/** Appends a block to a file: it lands one line after the file's last line. */
const append = (block: string) => (text: string) => `${text}\n${block}\n`;
const lineAfter = (file: string) => original(file).split('\n').length + 1;
/** The line of the first line of `file` matching `pattern`. */
const lineOf = (file: string, pattern: RegExp) => original(file).slice(0, pattern.exec(original(file))!.index).split('\n').length;
const SAFE = 'du texte et du Markdown seulement : ni import/export, ni expression {…}, ni balise script, iframe, style, object, embed, ni attribut on…, ni lien javascript:';

const run = (cwd: string, args: string[]) => {
	const result = spawnSync(join(ROOT, 'node_modules', '.bin', args[0]!), args.slice(1), { cwd, encoding: 'utf8' });
	return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
};

describe.each<{ scenario: string; edits: Record<string, (text: string) => string>; messages: string[]; files: number }>([
	{
		scenario: 'an ambition without its title',
		edits: { 'ambitions/1/index.mdx': (t: string) => t.replace(/^titre: .*\n/m, '') },
		messages: ['✗ src/content/ambitions/1/index.mdx — champ « titre » : champ obligatoire manquant.'],
		files: 1,
	},
	{
		scenario: 'an engagement pointing at ambition 7',
		edits: { 'engagements/1-1/index.mdx': (t: string) => t.replace(/^ambition: 1$/m, 'ambition: 7') },
		messages: ['✗ src/content/engagements/1-1/index.mdx — champ « ambition » : Trop grand : nombre doit être <=4 (valeur : 7).'],
		files: 1,
	},
	{
		scenario: 'a sheet piloted by an organisation missing from the register',
		edits: { 'fiches/s1-4/index.mdx': (t: string) => t.replace(/^pilotes:\n  - capeb$/m, 'pilotes:\n  - capeb-inconnue').replace(/^pilotes: \[capeb\]$/m, 'pilotes: [capeb-inconnue]') },
		messages: ['✗ src/content/fiches/s1-4/index.mdx — champ « pilotes.0 » : référence introuvable dans le registre organisations (valeur : « capeb-inconnue »).'],
		files: 1,
	},
	{
		scenario: 'code in content: a <script> and an import in MDX bodies, a <script> in a title and in a chapter',
		edits: {
			'ambitions/1/index.mdx': append('<script>alert(1)</script>'),
			'engagements/1-1/index.mdx': append("import Evil from '../../../evil.js'"),
			'ambitions/2/index.mdx': (t: string) => t.replace(/^(titre: .*)$/m, '$1 <script>alert(2)</script>'),
			'textes/propositions.md': append('<script>alert(3)</script>'),
		},
		messages: [
			`✗ src/content/ambitions/1/index.mdx, ligne ${lineAfter('ambitions/1/index.mdx')} — champ « (corps du fichier) » : code interdit dans un fichier de contenu : balise <script> (valeur : « <script>alert(1)</script> »).`,
			`Attendu : ${SAFE}.`,
			`✗ src/content/engagements/1-1/index.mdx, ligne ${lineAfter('engagements/1-1/index.mdx')} — champ « (corps du fichier) » : code interdit dans un fichier de contenu : instruction import (valeur : « import Evil from '../../../evil.js' »).`,
			`✗ src/content/ambitions/2/index.mdx, ligne ${lineOf('ambitions/2/index.mdx', /^titre: /m)} — champ « titre » : code interdit dans un fichier de contenu : balise <script> (valeur : « <script>alert(2)</script> »).`,
			`✗ src/content/textes/propositions.md, ligne ${lineAfter('textes/propositions.md')} — champ « (corps du fichier) » : code interdit dans un fichier de contenu : balise <script> (valeur : « <script>alert(3)</script> »).`,
		],
		files: 4,
	},
])('$scenario', ({ edits, messages, files }) => {
	const project = projectWith(edits);

	test('fails `npm run check` with a French message naming the file and the field', () => {
		const { status, output } = run(project, ['tsx', 'scripts/check.ts']);
		expect(status).toBe(1);
		for (const message of messages) expect(output).toContain(message);
		expect(output).toMatch(new RegExp(`\\d+ problèmes? dans ${files} fichiers?`));
	});

	test('fails `astro build` with the same message', () => {
		const { status, output } = run(project, ['astro', 'build']);
		expect(status).not.toBe(0);
		for (const message of messages) expect(output).toContain(message);
	});
});
