import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { readContentTree } from '../../src/lib/content/tree';
import {
	CODEOWNERS_FILE,
	compareSheetIds,
	ForgeContentError,
	generateCodeowners,
	ISSUE_FORM_FILE,
	MAINTAINERS,
	pilotTeam,
	SECRETARIAT,
	sheetIds,
	withSheetOptions,
} from '../../src/lib/forge/codeowners';
import { editedTree, SCRATCH } from '../helpers/fixture-tree';

const ROOT = join(import.meta.dirname, '..', '..');
const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');
const REGENERATE = 'lancez `npm run codeowners` et ajoutez les fichiers régénérés à la demande de fusion';

interface Step {
	name?: string;
	id?: string;
	uses?: string;
	run?: string;
	if?: string;
	with?: Record<string, unknown>;
	env?: Record<string, unknown>;
}
interface Job {
	'runs-on'?: unknown;
	permissions?: unknown;
	steps?: Step[];
}
interface Workflow {
	name?: unknown;
	on?: any;
	permissions?: unknown;
	concurrency?: unknown;
	jobs?: Record<string, Job>;
}

const WORKFLOW_DIR = '.github/workflows';
const workflowText = (name: string) => read(`${WORKFLOW_DIR}/${name}.yml`);
const workflow = (name: string) => parse(workflowText(name)) as Workflow;
const steps = (wf: Workflow) => Object.values(wf.jobs ?? {}).flatMap((job) => job.steps ?? []);
const actionName = (uses: string) => uses.split('@')[0];

/** What GitHub requires of every workflow, as readable problems (empty when none). */
function structureProblems(wf: Workflow): string[] {
	const problems: string[] = [];
	if (typeof wf.name !== 'string' || wf.name === '') problems.push('name manquant');
	if (wf.on === undefined || wf.on === null) problems.push('on manquant');
	const jobs = Object.entries(wf.jobs ?? {});
	if (jobs.length === 0) problems.push('aucun job');
	for (const [id, job] of jobs) {
		if (typeof job['runs-on'] !== 'string') problems.push(`job ${id} : runs-on manquant`);
		if (!Array.isArray(job.steps) || job.steps.length === 0) problems.push(`job ${id} : aucune étape`);
		for (const [i, step] of (job.steps ?? []).entries()) {
			if ((step.uses === undefined) === (step.run === undefined)) problems.push(`job ${id}, étape ${i + 1} : ni uses ni run, ou les deux`);
		}
	}
	return problems;
}

const USES_LINE = /^\s*(?:-\s+)?uses:\s*(\S+)\s*(.*)$/;
const PINNED = /^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/;
const VERSION_COMMENT = /^# v\d+\.\d+\.\d+\b/;

/** `uses:` lines of non-local actions that are not pinned to a full commit SHA with its version in a comment. */
function unpinnedActions(text: string): string[] {
	return text
		.split('\n')
		.map((line) => USES_LINE.exec(line))
		.filter((m): m is RegExpExecArray => m !== null && !m[1]!.startsWith('./'))
		.filter((m) => !PINNED.test(m[1]!) || !VERSION_COMMENT.test(m[2]!))
		.map((m) => m[0].trim());
}

/** Checkout steps that would bring a pull request's code into a privileged workflow. */
function pullRequestCheckouts(wf: Workflow): Step[] {
	return steps(wf).filter(
		(s) => s.uses !== undefined && actionName(s.uses) === 'actions/checkout' && /pull_request|workflow_run|head|refs\/pull/.test(String(s.with?.ref ?? s.with?.repository ?? '')),
	);
}

/** Contract order, written independently of the code under test: by ambition, then by number. */
const byContractOrder = (a: string, b: string) => {
	const [a1, a2] = a.slice(1).split('.').map(Number);
	const [b1, b2] = b.slice(1).split('.').map(Number);
	return a1! - b1! || a2! - b2!;
};

describe('workflows', () => {
	test('exactly the three workflows, named after their files', () => {
		const files = readdirSync(join(ROOT, WORKFLOW_DIR)).sort();
		expect(files).toEqual(['commenter.yml', 'deployer.yml', 'valider.yml']);
		for (const file of files) expect(workflow(file.replace('.yml', '')).name).toBe(file.replace('.yml', ''));
	});

	test.each(['valider', 'commenter', 'deployer'])('%s has name, on, jobs, and every job runs-on and steps', (name) => {
		expect(structureProblems(workflow(name))).toEqual([]);
	});

	test('the structure check catches a job without runner or steps', () => {
		expect(structureProblems({ name: 'x', on: { push: null }, jobs: { a: { steps: [] }, b: { 'runs-on': 'ubuntu-latest', steps: [{ name: 'rien' }] } } })).toEqual([
			'job a : runs-on manquant',
			'job a : aucune étape',
			'job b, étape 1 : ni uses ni run, ou les deux',
		]);
		expect(structureProblems({})).toEqual(['name manquant', 'on manquant', 'aucun job']);
	});

	test.each(['valider', 'commenter', 'deployer'])('%s pins every third-party action to a commit SHA with its version', (name) => {
		const text = workflowText(name);
		expect(unpinnedActions(text)).toEqual([]);
		// Every `uses:` the YAML holds was seen by the line check (none hides in a flow mapping).
		const lines = text.split('\n').filter((l) => USES_LINE.test(l));
		expect(lines.length).toBe(steps(workflow(name)).filter((s) => s.uses !== undefined).length);
		expect(lines.length).toBeGreaterThan(0);
	});

	test('the pin check rejects tags, branches, short SHAs and pins without version', () => {
		const text = [
			'      - uses: actions/checkout@v4',
			'      - uses: actions/setup-node@main # v7.0.0',
			'      - uses: actions/cache@0c45773 # v4.2.0',
			'        uses: actions/github-script@ed597411d8f924073f98dfc5c65a23a2325f34cd',
			'      - uses: ./.github/actions/locale',
			'      - uses: actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1 # v7.0.1',
		].join('\n');
		expect(unpinnedActions(text)).toEqual([
			'- uses: actions/checkout@v4',
			'- uses: actions/setup-node@main # v7.0.0',
			'- uses: actions/cache@0c45773 # v4.2.0',
			'uses: actions/github-script@ed597411d8f924073f98dfc5c65a23a2325f34cd',
		]);
	});

	test('one action, one pinned commit across the workflows', () => {
		const pins = new Map<string, Set<string>>();
		for (const name of ['valider', 'commenter', 'deployer']) {
			for (const { uses } of steps(workflow(name))) {
				if (uses === undefined) continue;
				const [action, sha] = uses.split('@') as [string, string];
				pins.set(action, (pins.get(action) ?? new Set()).add(sha));
			}
		}
		const drift = [...pins].filter(([, shas]) => shas.size > 1).map(([action]) => action);
		expect(drift).toEqual([]);
	});
});

describe('valider', () => {
	const wf = workflow('valider');
	const all = steps(wf);
	const index = (pattern: RegExp) => all.findIndex((s) => pattern.test(s.run ?? ''));

	test('runs on pull requests with a read-only token', () => {
		expect(Object.keys(wf.on)).toEqual(['pull_request']);
		expect(wf.permissions).toEqual({ contents: 'read' });
		for (const job of Object.values(wf.jobs ?? {})) expect(job.permissions).toBeUndefined();
		expect(workflowText('valider')).not.toMatch(/:\s*write\b|pull_request_target|secrets\./);
	});

	test('installs with npm ci, then runs npm test and npm run build with a browser', () => {
		const ci = index(/^npm ci\b/);
		const browser = all.findIndex((s) => /CHROMIUM_PATH=.*>> "\$GITHUB_ENV"/.test(s.run ?? ''));
		const tests = all.findIndex((s) => s.run?.trim() === 'npm test');
		const build = all.findIndex((s) => s.run?.trim() === 'npm run build');
		expect([ci, browser, tests, build].every((i) => i >= 0)).toBe(true);
		expect(ci).toBeLessThan(tests);
		expect(browser).toBeLessThan(tests);
		const node = all.find((s) => s.uses !== undefined && actionName(s.uses) === 'actions/setup-node');
		expect(String(node?.with?.['node-version'])).toMatch(/^2[24]\b/);
	});

	test('keeps the full history and uploads the content summary with the pull request number', () => {
		const checkout = all.find((s) => s.uses !== undefined && actionName(s.uses) === 'actions/checkout');
		expect(checkout?.with?.['fetch-depth']).toBe(0);
		const summary = all[index(/npm run --silent diff -- "origin\/\$BASE_REF"/)];
		expect(summary?.env?.BASE_REF).toBe('${{ github.base_ref }}');
		const upload = all.find((s) => s.uses !== undefined && actionName(s.uses) === 'actions/upload-artifact');
		expect(upload?.with?.name).toBe('resume-revision');
		expect(upload?.if).toMatch(/!cancelled\(\)/);
		const folder = String(upload?.with?.path).replace('${{ runner.temp }}', '$RUNNER_TEMP').replace(/\/$/, '');
		expect(summary?.run).toContain(`> "${folder}/resume.md"`);
		expect(all.some((s) => s.run?.includes(`"${folder}/numero-pr.txt"`) && s.env?.NUMERO === '${{ github.event.pull_request.number }}')).toBe(true);
	});
});

describe('commenter', () => {
	const wf = workflow('commenter');

	test('runs after valider completes, with a token that may only comment and read artifacts', () => {
		expect(wf.on).toEqual({ workflow_run: { workflows: [workflow('valider').name], types: ['completed'] } });
		expect(wf.permissions).toEqual({});
		const [job, ...others] = Object.values(wf.jobs ?? {});
		expect(others).toEqual([]);
		expect(job?.permissions).toEqual({ actions: 'read', 'pull-requests': 'write' });
	});

	test('never checks out code: it downloads the artifact of the run that triggered it', () => {
		expect(steps(wf).filter((s) => s.uses !== undefined && actionName(s.uses) === 'actions/checkout')).toEqual([]);
		expect(pullRequestCheckouts(wf)).toEqual([]);
		expect(steps(wf).filter((s) => s.run !== undefined)).toEqual([]);
		const download = steps(wf).find((s) => s.uses !== undefined && actionName(s.uses) === 'actions/download-artifact');
		expect(download?.with).toMatchObject({ name: 'resume-revision', 'run-id': '${{ github.event.workflow_run.id }}' });
	});

	test('the checkout check catches a checkout of the pull request head', () => {
		const bad: Workflow = {
			jobs: { a: { steps: [{ uses: 'actions/checkout@x', with: { ref: '${{ github.event.workflow_run.head_sha }}' } }, { uses: 'actions/checkout@x' }] } },
		};
		expect(pullRequestCheckouts(bad)).toHaveLength(1);
	});

	describe('its script, run against a fake GitHub', () => {
		const script = steps(wf).find((s) => s.uses?.startsWith('actions/github-script@'))?.with?.script as string;
		const HEAD = 'a'.repeat(40);
		const MARKER = '<!-- cprdfop-resume -->';
		afterEach(() => vi.unstubAllEnvs());

		const run = async (artifact: Record<string, string>, options: { headSha?: string; comments?: { id: number; user: { login: string }; body: string }[] } = {}) => {
			const dir = mkdtempSync(join(SCRATCH, 'artefact-'));
			for (const [file, text] of Object.entries(artifact)) writeFileSync(join(dir, file), text);
			vi.stubEnv('DOSSIER', dir);
			const calls: { method: string; args: any }[] = [];
			const record = (method: string, result: unknown = {}) => async (args: unknown) => (calls.push({ method, args }), { data: result });
			const github = {
				rest: {
					pulls: { get: record('pulls.get', { head: { sha: options.headSha ?? HEAD } }) },
					issues: { listComments: 'listComments', createComment: record('createComment'), updateComment: record('updateComment') },
				},
				paginate: async () => options.comments ?? [],
			};
			const context = {
				repo: { owner: 'cprdfop-hdf', repo: 'cprdfop' },
				payload: { workflow_run: { head_sha: HEAD, conclusion: 'success', html_url: 'https://github.invalid/run/1' } },
			};
			const core = { failed: [] as string[], notices: [] as string[], setFailed(m: string) { this.failed.push(m); }, notice(m: string) { this.notices.push(m); } };
			const AsyncFunction = (async () => {}).constructor as new (...args: string[]) => (...a: unknown[]) => Promise<void>;
			await new AsyncFunction('require', 'github', 'context', 'core', script)(createRequire(import.meta.url), github, context, core);
			return { calls, core };
		};

		test('posts one comment: marker, status, the summary as written', async () => {
			const { calls, core } = await run({ 'numero-pr.txt': '42\n', 'resume.md': '## Fiche S1.4\n\n- plan d’actions modifié\n' });
			expect(core.failed).toEqual([]);
			expect(calls.map((c) => c.method)).toEqual(['pulls.get', 'createComment']);
			expect(calls[0]!.args.pull_number).toBe(42);
			const body: string = calls[1]!.args.body;
			expect(calls[1]!.args.issue_number).toBe(42);
			expect(body.startsWith(`${MARKER}\n`)).toBe(true);
			expect(body).toContain('✅');
			expect(body).toContain('## Fiche S1.4\n\n- plan d’actions modifié');
		});

		test('updates the existing comment of the bot, not another one with the marker', async () => {
			const comments = [
				{ id: 1, user: { login: 'quelquun' }, body: `${MARKER} copie` },
				{ id: 7, user: { login: 'github-actions[bot]' }, body: `${MARKER}\nancien résumé` },
			];
			const { calls } = await run({ 'numero-pr.txt': '42', 'resume.md': 'nouveau résumé' }, { comments });
			expect(calls.map((c) => c.method)).toEqual(['pulls.get', 'updateComment']);
			expect(calls[1]!.args.comment_id).toBe(7);
		});

		test.each(['42; rm -rf /', '0', '-3', '1e3', '4 2', '', '123456789012'])('refuses the pull request number %j without calling GitHub', async (numero) => {
			const { calls, core } = await run({ 'numero-pr.txt': numero, 'resume.md': 'x' });
			expect(calls).toEqual([]);
			expect(core.failed).toHaveLength(1);
		});

		test('does not comment on a pull request whose head is another commit', async () => {
			const { calls, core } = await run({ 'numero-pr.txt': '42', 'resume.md': 'x' }, { headSha: 'b'.repeat(40) });
			expect(calls.map((c) => c.method)).toEqual(['pulls.get']);
			expect(core.notices).toHaveLength(1);
		});

		test('a summary cannot smuggle the marker, and a missing summary is said', async () => {
			const smuggled = await run({ 'numero-pr.txt': '42', 'resume.md': `${MARKER} faux` });
			expect(smuggled.calls[1]!.args.body.split(MARKER)).toHaveLength(2);
			const missing = await run({ 'numero-pr.txt': '42' });
			expect(missing.calls[1]!.args.body).toContain('Résumé indisponible');
		});

		test('a huge summary is cut below GitHub’s comment limit', async () => {
			const { calls } = await run({ 'numero-pr.txt': '42', 'resume.md': 'é'.repeat(100_000) });
			expect(calls[1]!.args.body.length).toBeLessThan(65_536);
			expect(calls[1]!.args.body).toContain('résumé tronqué');
		});
	});
});

describe('deployer', () => {
	const wf = workflow('deployer');
	const all = steps(wf);
	const uses = (action: string) => all.find((s) => s.uses !== undefined && actionName(s.uses) === action);

	test('runs on pushes to main, one deployment at a time', () => {
		expect(wf.on.push).toEqual({ branches: ['main'] });
		expect(wf.on.pull_request).toBeUndefined();
		expect(wf.concurrency).toMatchObject({ group: expect.any(String) });
	});

	test('builds from the full history and deploys dist to GitHub Pages', () => {
		expect(uses('actions/checkout')?.with?.['fetch-depth']).toBe(0);
		expect(all.some((s) => /^npm ci\b/.test(s.run ?? ''))).toBe(true);
		expect(all.some((s) => s.run?.trim() === 'npm run build')).toBe(true);
		expect(uses('actions/configure-pages')).toBeDefined();
		expect(uses('actions/upload-pages-artifact')?.with?.path).toBe('dist');
		expect(uses('actions/deploy-pages')).toBeDefined();
	});

	test('only the deployment job may write to Pages', () => {
		expect(wf.permissions).toEqual({ contents: 'read' });
		const deploying = Object.values(wf.jobs ?? {}).filter((job) => job.steps?.some((s) => s.uses?.startsWith('actions/deploy-pages@')));
		expect(deploying).toHaveLength(1);
		expect(deploying[0]!.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
		const others = Object.values(wf.jobs ?? {}).filter((job) => !deploying.includes(job));
		expect(others.map((job) => job.permissions)).toEqual(others.map(() => undefined));
	});
});

describe('issue form « Révision annuelle de fiche »', () => {
	const form = parse(read(ISSUE_FORM_FILE)) as { name: string; description: string; body: { type: string; id?: string; attributes: any; validations?: any }[] };
	const field = (id: string) => form.body.find((f) => f.id === id);

	test('is a valid issue form with the fields a revision needs', () => {
		expect(form.name).toBe('Révision annuelle de fiche');
		expect(form.description).toBeTruthy();
		for (const f of form.body) expect(['markdown', 'input', 'textarea', 'dropdown', 'checkboxes']).toContain(f.type);
		const ids = form.body.flatMap((f) => (f.id ? [f.id] : []));
		expect(new Set(ids).size).toBe(ids.length);
		for (const id of ['fiche', 'annee', 'pilote', 'modifications', 'motif', 'adoption']) {
			expect(field(id)?.attributes.label, id).toBeTruthy();
			expect(field(id)?.validations?.required, id).toBe(true);
		}
		expect(field('engagements')?.type).toBe('checkboxes');
		expect(parse(read('.github/ISSUE_TEMPLATE/config.yml'))).toEqual({ blank_issues_enabled: expect.any(Boolean) });
	});

	test('its sheet dropdown lists the real sheets, in contract order', () => {
		const real = readContentTree(ROOT)
			.editions.filter((e) => e.collection === 'fiches' && e.stem === 'index')
			.map((e) => (e.data as { id: string }).id)
			.sort(byContractOrder);
		expect(real.length).toBeGreaterThan(20);
		const options = field('fiche')?.type === 'dropdown' ? field('fiche')!.attributes.options : undefined;
		expect(options, `La liste des fiches de ${ISSUE_FORM_FILE} n’est plus à jour : ${REGENERATE}.`).toEqual(real);
	});

	test('the sheet list is rewritten in place, everything else kept', () => {
		const text = read(ISSUE_FORM_FILE);
		const rewritten = withSheetOptions(text, ['S1.1', 'S9.9']);
		expect((parse(rewritten) as typeof form).body.find((f) => f.id === 'fiche')?.attributes.options).toEqual(['S1.1', 'S9.9']);
		const outside = (t: string) => t.split('\n').filter((l) => !/^\s*- S\d/.test(l));
		expect(outside(rewritten)).toEqual(outside(text));
		expect(withSheetOptions(rewritten, sheetIds(readContentTree(ROOT)))).toBe(text);
		expect(() => withSheetOptions('body:\n  - type: input\n    id: annee\n', ['S1.1'])).toThrow(/fiche/);
	});
});

describe('CODEOWNERS', () => {
	/** The owners GitHub would request for a file: the last matching rule wins (the patterns this file uses). */
	const ownersOf = (codeowners: string, file: string) => {
		let owners: string[] = [];
		for (const line of codeowners.split('\n')) {
			if (line.trim() === '' || line.startsWith('#')) continue;
			const [pattern, ...teams] = line.split(/\s+/) as [string, ...string[]];
			const matches = pattern === '*' || (pattern.endsWith('/') ? `/${file}`.startsWith(pattern) : `/${file}` === pattern);
			if (matches) owners = teams;
		}
		return owners;
	};

	test('the committed file is the generated one', () => {
		expect(read(CODEOWNERS_FILE), `${CODEOWNERS_FILE} n’est plus à jour (fiche ou pilote modifié) : ${REGENERATE}.`).toBe(generateCodeowners(readContentTree(ROOT)));
	});

	test('sheets go to their pilots and the secretariat, the rest of the content to the secretariat, the code to the maintainers', () => {
		const text = read(CODEOWNERS_FILE);
		expect(ownersOf(text, 'src/content/fiches/s1-4/index.mdx')).toEqual([pilotTeam('capeb'), SECRETARIAT]);
		expect(ownersOf(text, 'src/content/fiches/s4-4/2023.mdx')).toEqual([pilotTeam('aft'), pilotTeam('fntr-62'), SECRETARIAT]);
		expect(ownersOf(text, 'src/content/fiches/s1-10/index.mdx')).toEqual([pilotTeam('fibois'), pilotTeam('ffb'), pilotTeam('cd2e'), SECRETARIAT]);
		for (const file of ['src/content/engagements/2-1/index.mdx', 'src/content/srfss/1/index.mdx', 'src/content/registres/organisations.yaml', 'src/content/editions.lock.json', 'sources/cprdfop-hauts-de-france-2022-2028.txt']) {
			expect(ownersOf(text, file), file).toEqual([SECRETARIAT]);
		}
		for (const file of ['src/lib/forge/codeowners.ts', 'src/schemas/fiche.ts', '.ci/run', '.github/CODEOWNERS', '.github/workflows/valider.yml', 'package.json', 'package-lock.json', 'README.md', 'src/content/i18n/fr.json']) {
			expect(ownersOf(text, file), file).toEqual([MAINTAINERS]);
		}
	});

	test('every pilot team names an organisation of the register', () => {
		const organisations = Object.keys(parse(read('src/content/registres/organisations.yaml')) as object);
		const teams = new Set(read(CODEOWNERS_FILE).match(/@\S+/g));
		expect(teams.size).toBeGreaterThan(10);
		for (const team of teams) expect(team).toMatch(/^@cprdfop-hdf\/[a-z0-9]+(-[a-z0-9]+)*$/);
		const unknown = [...teams].filter((t) => t.includes('/pilote-')).map((t) => t.split('/pilote-')[1]).filter((key) => !organisations.includes(key!));
		expect(unknown).toEqual([]);
	});

	test('a change of pilots changes the generated file', () => {
		const before = generateCodeowners(readContentTree(editedTree({})));
		expect(before).toContain(`/src/content/fiches/s1-1/ ${pilotTeam('capeb')} ${SECRETARIAT}\n`);
		const after = generateCodeowners(readContentTree(editedTree({ 'fiches/s1-1/index.mdx': (t) => t.replace('pilotes: [capeb]', 'pilotes: [capeb, ffb, capeb]') })));
		expect(after).toContain(`/src/content/fiches/s1-1/ ${pilotTeam('capeb')} ${pilotTeam('ffb')} ${SECRETARIAT}\n`);
	});

	test('a new sheet gets its rule, in contract order', () => {
		const tree = readContentTree(editedTree({}));
		const s1 = tree.editions.find((e) => e.folder === 's1-1' && e.stem === 'index')!;
		mkdirSync(join(tree.root, 'src/content/fiches/s1-10'), { recursive: true });
		writeFileSync(join(tree.root, 'src/content/fiches/s1-10/index.mdx'), s1.text.replace('id: S1.1', 'id: S1.10').replace('pilotes: [capeb]', 'pilotes: [ffb]'));
		mkdirSync(join(tree.root, 'src/content/fiches/s1-2'), { recursive: true });
		writeFileSync(join(tree.root, 'src/content/fiches/s1-2/index.mdx'), s1.text.replace('id: S1.1', 'id: S1.2'));
		const rules = generateCodeowners(readContentTree(tree.root)).split('\n').filter((l) => l.startsWith('/src/content/fiches/'));
		expect(rules.map((l) => l.split(' ')[0])).toEqual(['/src/content/fiches/s1-1/', '/src/content/fiches/s1-2/', '/src/content/fiches/s1-10/']);
	});

	test('a sheet without readable pilots is refused, naming its file', () => {
		const tree = readContentTree(editedTree({ 'fiches/s1-1/index.mdx': (t) => t.replace('pilotes: [capeb]', 'pilotes: []') }));
		expect(() => generateCodeowners(tree)).toThrow(ForgeContentError);
		expect(() => generateCodeowners(tree)).toThrow(/fiches\/s1-1\/index\.mdx : aucun pilote/);
	});

	test('sheet ids sort in contract order', () => {
		expect(['S2.1', 'S1.10', 'S1.2', 'S1.1'].sort(compareSheetIds)).toEqual(['S1.1', 'S1.2', 'S1.10', 'S2.1']);
	});
});

describe('pull request template', () => {
	test('asks for what a revision needs and says what the secretariat checks', () => {
		const text = read('.github/pull_request_template.md');
		for (const expected of ['Fiche ou entité', 'Année de la nouvelle édition', 'Motif', 'Adoptée le', 'npm run revision', 'éditeur web', 'npm run check', 'résumé automatique', 'secrétariat']) {
			expect(text, expected).toContain(expected);
		}
	});
});
