/**
 * CONTRIBUTING.md, followed literally on a fresh copy of the project: the command-line path of a
 * revision of S1.4 for 2025, its check, and the summary `npm run diff -- main` gives reviewers.
 */
import { execSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { copyProject } from '../helpers/editions-site';
import { codeBlocks, GUIDE } from '../helpers/guide';
import { builtPage, ROOT } from '../helpers/site';

const blocks = (lang: string) => codeBlocks(GUIDE, lang);

const root = join(ROOT, '.scratch', 'contribuer');
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the contribution guide', () => {
	test('its command-line path revises S1.4 for 2025, passes the check, and npm run diff -- main summarises it', () => {
		copyProject(root);
		const sh = (command: string) => execSync(command, { cwd: root, encoding: 'utf8', stdio: 'pipe' });
		const [clone, revision, verify] = blocks('sh');
		// Step 1: the branch (the clone and install are what this copy stands for).
		const branch = clone!.find((l) => l.startsWith('git switch'))!;
		sh(branch);
		// Step 2: the revision command as written, and the screen the guide shows.
		const command = revision!.find((l) => l.startsWith('npm run revision'))!;
		expect(command).toBe('npm run revision -- S1.4 2025 --motif "Révision annuelle du pilote" --adoptee-le 2025-03-14');
		const output = sh(command.replace('npm run', 'npm run --silent'));
		const shown = blocks('text')[0]!;
		// The guide shows the screen as it is today; only the count of files grows with the content.
		for (const line of shown) expect(output).toMatch(new RegExp(line.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\d+ fichiers/, '\\d+ fichiers')));
		// Step 3: the pilot's edit of the living file, as the guide's example writes it (a new objective, next identifier).
		const living = join(root, 'src/content/fiches/s1-4/index.mdx');
		const example = blocks('yaml')[0]!;
		expect(example.slice(1)).toEqual(['- id: "O3"', 'texte: "Fidéliser les salariés"', '- id: "O4"', 'texte: "Former les tuteurs"']);
		const [id, texte] = example.slice(3);
		const last = `    ${example[2]}\n`;
		writeFileSync(living, readFileSync(living, 'utf8').replace(last, `${last}  ${id}\n    ${texte}\n`));
		// Step 4: check, then the summary against main.
		expect(verify).toEqual(['npm run check', 'npm run diff -- main', 'npm start']);
		expect(sh('npm run --silent check')).toMatch(/✓ \d+ fichiers de contenu vérifiés, aucun problème\./);
		const summary = sh('npm run --silent diff -- main');
		expect(summary).toContain('Nouvelle version **2025** (remplace 2023) — adoptée le 2025-03-14 ; motif : Révision annuelle du pilote.');
		expect(summary).toContain('- **Objectifs opérationnels** : 1 élément ajouté\n  - ajout : O4 « Former les tuteurs »');
	});

	test('/contribuer/ publishes the guide', () => {
		const html = builtPage('/contribuer/');
		expect(html).toMatch(/<h1 id="_top"[^>]*>Contribuer : proposer la révision d’une fiche<\/h1>/);
		expect(html).toContain('npm run revision -- S1.4 2025 --motif');
		expect(html).toContain('id="comment-le-secretariat-relit"');
	});
});
