import { spawn, type ChildProcess, execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkContent } from '../../src/lib/content/check';
import { readContentTree } from '../../src/lib/content/tree';
import { EDITOR_DEFECTS } from '../../src/lib/editor/accessibility';
import { freezeFromGit, gitBase, withEdition } from '../../src/lib/editions/revision';
import { accessibilityViolations, freePort, openSite } from '../helpers/browser';
import { savedFile } from '../helpers/cms';
import { SCRATCH } from '../helpers/fixture-tree';
import { ROOT } from '../helpers/site';

/**
 * The web editor in Chromium, against Decap's local proxy (decap-server, file-system mode) serving
 * a throw-away copy of the content: the built /admin/ page with its configuration pointed at that
 * proxy, as `npm run editeur` does on a pilot's or maintainer's machine.
 */
let site: Awaited<ReturnType<typeof openSite>>;
let proxy: ChildProcess;
let proxyLog = '';
let repo: string;
let proxyUrl: string;

/** Waits until the proxy answers Decap's first request. */
async function waitForProxy(url: string, timeoutMs = 30_000) {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		try {
			const response = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ action: 'info' }) });
			if (response.ok) return;
		} catch {
			// not listening yet
		}
		await new Promise((r) => setTimeout(r, 200));
	}
	throw new Error(`decap-server ne répond pas sur ${url} :\n${proxyLog}`);
}

beforeAll(async () => {
	repo = mkdtempSync(join(SCRATCH, 'editeur-'));
	cpSync(join(ROOT, 'src', 'content'), join(repo, 'src', 'content'), { recursive: true });
	const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { cwd: repo });
	git('init', '-q', '-b', 'main');
	git('add', 'src');
	git('commit', '-qm', 'contenu');

	const port = await freePort();
	proxyUrl = `http://127.0.0.1:${port}/api/v1`;
	proxy = spawn(join(ROOT, 'node_modules', '.bin', 'decap-server'), [], {
		env: { ...process.env, PORT: String(port), BIND_HOST: '127.0.0.1', GIT_REPO_DIRECTORY: repo, MODE: 'fs', LOG_LEVEL: 'info' },
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	proxy.stdout!.on('data', (d) => (proxyLog += d));
	proxy.stderr!.on('data', (d) => (proxyLog += d));
	await waitForProxy(proxyUrl);
	site = await openSite();
});

afterAll(async () => {
	await site?.close();
	proxy?.kill();
});

/** What axe finds on the editor beyond the Decap defects the accessibility statement declares. */
const undeclaredDefects = async (page: Page) => (await accessibilityViolations(page)).filter((line) => !(line.split(' ')[0]! in EDITOR_DEFECTS));

/** What Chromium refused under the page's Content-Security-Policy, per page. */
const refused = new WeakMap<Page, string[]>();
function watchPolicy(page: Page) {
	const messages: string[] = [];
	refused.set(page, messages);
	page.on('console', (m) => {
		if (/Content Security Policy|Refused to/.test(m.text())) messages.push(m.text());
	});
}

/** Opens /admin/ with the configuration pointed at the test's proxy, and logs in to it. */
async function openEditor(): Promise<Page> {
	const page = await (await site.browser.newContext({ viewport: { width: 1400, height: 1000 } })).newPage();
	watchPolicy(page);
	page.on('dialog', (dialog) => dialog.accept());
	await page.route('**/admin/config.json', async (route) => {
		const response = await route.fetch();
		const config = (await response.json()) as Record<string, unknown>;
		await route.fulfill({ response, json: { ...config, local_backend: { url: proxyUrl } } });
	});
	await page.goto(`${site.baseUrl}/admin/`);
	await page.getByRole('button', { name: 'Se connecter' }).click({ timeout: 30_000 });
	await page.getByRole('heading', { name: 'Fiches priorités sectorielles' }).waitFor({ timeout: 30_000 });
	return page;
}

async function openSheet(page: Page, label: RegExp) {
	await page.getByText(label).first().click();
	await page.getByText('N° fiche', { exact: false }).first().waitFor({ timeout: 30_000 });
}

async function publish(page: Page) {
	await page.getByRole('button', { name: 'Publier' }).click();
	await page.getByText('Publier maintenant').click();
}

describe('the web editor (/admin/) in Chromium', () => {
	test('is a French page that loads Decap from the site itself, under its own security policy', async () => {
		const page = await (await site.browser.newContext()).newPage();
		watchPolicy(page);
		const external: string[] = [];
		// Nothing from a CDN: every request stays on this machine (the site, or Decap looking for its local proxy).
		page.on('request', (r) => {
			if (!['127.0.0.1', 'localhost'].includes(new URL(r.url()).hostname)) external.push(r.url());
		});
		await page.goto(`${site.baseUrl}/admin/`);
		expect(await page.locator('html').getAttribute('lang')).toBe('fr');
		expect(await page.title()).toBe('Éditeur des fiches — CPRDFOP Hauts-de-France 2022-2028');
		await page.getByRole('button', { name: 'Se connecter' }).waitFor({ timeout: 30_000 });
		expect(external).toEqual([]);
		expect(refused.get(page)).toEqual([]);
		expect(await undeclaredDefects(page)).toEqual([]);
	});

	test('the texts Decap writes in English whatever the locale (open authoring’s fork screen) are shown in French', async () => {
		const page = await openEditor();
		await page.evaluate(() => {
			const screen = document.createElement('div');
			screen.innerHTML = "<p>Open Authoring is enabled: we need to use a fork on your github account. (If a fork already exists, we'll use that.)</p><button>Fork the repo</button>";
			document.body.append(screen);
		});
		await expect.poll(() => page.getByText('Créer la copie du dépôt', { exact: true }).count()).toBe(1);
		expect(await page.getByText(/sur votre compte GitHub ; si elle existe déjà, elle sera réutilisée/).count()).toBe(1);
		expect(await page.getByText(/Open Authoring|Fork the repo/).count()).toBe(0);
	});

	test('lists every sheet and every engagement, in French', async () => {
		const page = await openEditor();
		const living = (c: string) => readContentTree(ROOT).editions.filter((e) => e.collection === c && e.stem === 'index').length;
		await page.getByText(/^S1\.1 — Mieux connaître/).waitFor({ timeout: 30_000 });
		expect(await page.getByText(/^S\d\.\d+ — /).count()).toBe(living('fiches'));
		for (const text of ['Contenus', 'Fiches engagements']) expect(await page.getByText(text, { exact: true }).count(), text).toBeGreaterThan(0);
		expect(await page.getByPlaceholder('Tout rechercher').count()).toBe(1);
		expect(await page.getByText(/Search all|Quick add|Contents/).count()).toBe(0);
		await page.getByText('Fiches engagements', { exact: true }).click();
		await page.getByText(/^1\.1 — /).waitFor({ timeout: 30_000 });
		expect(await page.getByText(/^(P1|[1-4])\.\d — /).count()).toBe(living('engagements'));
	});

	test('S1.1’s form shows its rubrics and its plan d’actions rows', async () => {
		const page = await openEditor();
		await openSheet(page, /^S1\.1 — /);
		expect(await page.getByLabel(/^N° fiche/).inputValue()).toBe('S1.1');
		expect(await page.getByText('Pilotes (registre des organisations)', { exact: false }).count()).toBeGreaterThan(0);
		await expect.poll(() => page.getByText("Bâtir et mettre en œuvre un plan d'actions partenarial").count(), { timeout: 30_000 }).toBeGreaterThan(0);
		expect(await page.getByText("Structurer l'offre de service").count()).toBeGreaterThan(0);
		expect(await page.getByText('Ligne', { exact: true }).count()).toBe(5);
		expect(await page.getByRole('button', { name: 'Ajouter une entrée de type ligne ou groupe' }).count()).toBe(1);
		// The editor's policy (src/integrations/decap.ts) lets Decap style and load every part of the form.
		expect(refused.get(page)).toEqual([]);
		// Decap's own accessibility defects are the ones the accessibility statement lists, no others.
		expect(await undeclaredDefects(page)).toEqual([]);
	});

	test('a new edition saved in the editor is the living file npm run revision writes; the maintainer’s command completes it', async () => {
		const file = join(repo, 'src/content/fiches/s1-4/index.mdx');
		const before = readFileSync(file, 'utf8');
		const page = await openEditor();
		await openSheet(page, /^S1\.4 — /);
		await page.getByLabel(/^Année de l’édition/).fill('2025');
		await page.getByLabel(/^Adoptée le/).fill('2025-03-14');
		await page.getByLabel(/^Motif de la révision/).fill('Révision annuelle du pilote');
		await publish(page);
		expect(await savedFile(file, before)).toBe(withEdition(before, 2025, 'Révision annuelle du pilote', '2025-03-14'));

		// The editor cannot write the frozen edition: the check says so, and the command adds it from git.
		expect(checkContent(readContentTree(repo)).issues).toEqual([expect.objectContaining({ file: 'src/content/fiches/s1-4/index.mdx', field: 'edition.annee' })]);
		const { frozen, check } = freezeFromGit(repo, gitBase(repo, 'main'));
		expect(frozen).toEqual(['src/content/fiches/s1-4/2023.mdx']);
		expect(readFileSync(join(repo, frozen[0]!), 'utf8')).toBe(before);
		expect(check.issues).toEqual([]);
	});

	test('a row added in the editor is written with the next identifier and its four cells, and passes the check', async () => {
		const file = join(repo, 'src/content/fiches/s1-1/index.mdx');
		const before = readFileSync(file, 'utf8');
		const page = await openEditor();
		await openSheet(page, /^S1\.1 — /);
		await page.getByRole('button', { name: 'Ajouter une entrée de type ligne ou groupe' }).click();
		await page.getByRole('menuitem', { name: 'Ligne' }).click();
		await page.getByLabel(/^Actions/).last().fill('Former les formateurs à la fabrication additive');
		await publish(page);
		const after = await savedFile(file, before);
		expect(after).toBe(
			before.replace(
				'edition:\n',
				// S1.1 has five actions: the new row is A6.
				'  - id: "A6"\n    action: "Former les formateurs à la fabrication additive"\n    resultats_attendus: ""\n    livrables_indicateurs: ""\n    calendrier: ""\nedition:\n',
			),
		);
		expect(checkContent(readContentTree(repo)).issues.filter((i) => i.file.includes('s1-1'))).toEqual([]);
	});
});
