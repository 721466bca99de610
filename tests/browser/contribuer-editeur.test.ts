/**
 * CONTRIBUTING.md's web-editor path, followed literally on a fresh copy of the project, on the
 * local backend: `npm run editeur`, the screens named in the guide, then the commands it gives
 * (`npm run revision -- --depuis-editeur`, `npm run check`, `npm run diff -- main`). Only the
 * ports differ from the guide's (free ones, so that nothing else on the machine is disturbed).
 */
import { type ChildProcess, execSync, spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, describe, expect, test } from 'vitest';
import { copyProject } from '../helpers/editions-site';
import { freePort, launchChromium } from '../helpers/browser';
import { savedFile } from '../helpers/cms';
import { codeBlocks, GUIDE } from '../helpers/guide';
import { ROOT } from '../helpers/site';

const section = (title: string) => {
	const start = GUIDE.indexOf(title);
	if (start < 0) throw new Error(`CONTRIBUTING.md n’a pas de section « ${title} »`);
	const end = GUIDE.slice(start + title.length).search(/\n#{2,3} /);
	return end < 0 ? GUIDE.slice(start) : GUIDE.slice(start, start + title.length + end);
};
const local = section('### Sur votre machine');
/** The section as one line: a label may be wrapped across two lines of the file. */
const localText = local.replace(/\s+/g, ' ');
/** A label the guide names between « », returned so the test clicks exactly what the guide says. */
const said = (label: string) => {
	expect(localText, `le guide nomme « ${label} »`).toContain(`« ${label} »`);
	return label;
};
/** The guide's commands in this section, comments removed. */
const commands = codeBlocks(local, 'sh').flat();

const shellEnv = () => Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'NODE_ENV' && !k.startsWith('VITEST')));

const root = join(ROOT, '.scratch', 'contribuer-editeur');
let editor: ChildProcess | undefined;
let editorLog = '';
let browser: Browser | undefined;

const stopEditor = () => {
	// npm, tsx, decap-server and astro dev: the whole process group.
	if (editor?.pid && editor.exitCode === null) process.kill(-editor.pid, 'SIGTERM');
};
afterAll(async () => {
	stopEditor();
	await browser?.close();
	rmSync(root, { recursive: true, force: true });
});

describe('the contribution guide, web editor on this machine', () => {
	test('revises S1.4 for 2025 with the screens it names; the commands it gives freeze 2023, pass the check and summarise the revision', async () => {
		copyProject(root);
		const sh = (command: string) => execSync(command, { cwd: root, encoding: 'utf8', stdio: 'pipe' });
		// Step 1: the branch, as in the command-line path (the copy stands for the clone and install).
		expect(localText).toContain('git switch -c revision-s1-4-2025');
		sh('git switch -c revision-s1-4-2025');

		// Step 2: the editor, as the guide starts it.
		expect(commands[0]).toBe('npm run editeur');
		const [sitePort, proxyPort] = [await freePort(), await freePort()];
		editor = spawn('npm', ['run', 'editeur'], {
			cwd: root,
			detached: true,
			stdio: ['ignore', 'pipe', 'pipe'],
			// A contributor's shell: not Vitest's (its NODE_ENV=test changes how astro dev serves pages).
			env: { ...shellEnv(), PORT: String(sitePort), CPRDFOP_EDITEUR_LOCAL: `http://127.0.0.1:${proxyPort}/api/v1` },
		});
		editor.stdout!.on('data', (d) => (editorLog += d));
		editor.stderr!.on('data', (d) => (editorLog += d));
		const address = /http:\/\/127\.0\.0\.1:4321\/admin\//.exec(local)![0].replace('4321', String(sitePort));
		const deadline = Date.now() + 90_000;
		while (!editorLog.includes(address)) {
			if (Date.now() > deadline || editor.exitCode !== null) throw new Error(`npm run editeur n’a pas démarré :\n${editorLog}`);
			await new Promise((r) => setTimeout(r, 250));
		}

		// Steps 3 to 6, in Chromium, with the labels the guide gives.
		browser = await launchChromium();
		const page = await (await browser.newContext({ viewport: { width: 1400, height: 1000 } })).newPage();
		page.on('dialog', (dialog) => dialog.accept());
		for (let attempt = 0; ; attempt++) {
			// The development server may still be starting when it prints its address.
			const response = await page.goto(address).catch((e: Error) => e);
			if (!(response instanceof Error) && response?.ok()) break;
			const why = response instanceof Error ? response.message : `${response?.status()} ${await response?.text()}`;
			if (attempt > 20) throw new Error(`${address} ne répond pas (${why.slice(0, 500)}) :\n${editorLog}`);
			await page.waitForTimeout(1000);
		}
		await page.getByRole('button', { name: said('Se connecter'), exact: true }).click({ timeout: 90_000 });
		await page.getByText(said('Fiches priorités sectorielles'), { exact: true }).first().click({ timeout: 60_000 });
		await page.getByText(said("S1.4 — Faciliter le recrutement par la création d'une marque employeur")).first().click({ timeout: 60_000 });
		await page.getByLabel(new RegExp(`^${said('Année de l’édition')}`)).fill('2025', { timeout: 60_000 });
		await page.getByLabel(new RegExp(`^${said('Adoptée le')}`)).fill('2025-03-14');
		await page.getByLabel(new RegExp(`^${said('Motif de la révision')}`)).fill('Révision annuelle du pilote');
		expect(localText).toContain('(2025-03-14)');
		expect(localText).toContain('(« Révision annuelle du pilote »)');
		said('Objectifs opérationnels');
		const objectives = page.locator('[id^="objectifs_operationnels-field"], [id*="objectifs_operationnels"]').first();
		await objectives.getByRole('button', { name: said('Ajouter objectif') }).click();
		// The new item's « Texte »; its « Identifiant » is left empty, as the guide says: saving numbers it.
		said('Identifiant');
		await objectives.getByLabel(said('Texte'), { exact: true }).last().fill('Former les tuteurs');
		await page.getByRole('button', { name: said('Publier'), exact: true }).click();
		await page.getByText(said('Publier maintenant')).click();
		const living = join(root, 'src/content/fiches/s1-4/index.mdx');
		const published = execSync('git show main:src/content/fiches/s1-4/index.mdx', { cwd: root, encoding: 'utf8' });
		expect(await savedFile(living, published)).toContain('Former les tuteurs');
		stopEditor();

		// Step 7: the commands as written.
		expect(commands.slice(1)).toEqual(['npm run revision -- --depuis-editeur', 'npm run check', 'npm run diff -- main']);
		const run = (command: string) => sh(command.replace('npm run', 'npm run --silent'));
		expect(run(commands[1]!)).toContain('✓ Édition remplacée reconstituée depuis main dans src/content/fiches/s1-4/2023.mdx');
		expect(readFileSync(join(root, 'src/content/fiches/s1-4/2023.mdx'), 'utf8')).toBe(published);
		expect(run(commands[2]!)).toMatch(/✓ \d+ fichiers de contenu vérifiés, aucun problème\./);
		const summary = run(commands[3]!);
		expect(summary).toContain('Nouvelle version **2025** (remplace 2023) — adoptée le 2025-03-14 ; motif : Révision annuelle du pilote.');
		expect(summary).toContain('- **Objectifs opérationnels** : 1 élément ajouté\n  - ajout : O4 « Former les tuteurs »');
	});
});
