/**
 * Build benchmark (`npm run bench`): builds a copy of the real contract, a plain Starlight site
 * with the same pages and text (the baseline: what Starlight alone costs), and a copy scaled about
 * ×10 (synthetic sheets, engagements and editions), all generated under .scratch/ and never
 * committed, then prints, in French, build time, pages, dist/ size, what typical pages transfer
 * and the performance budgets. Prints only: the exit code is 0 unless a build fails.
 *
 * Usage : npm run bench [-- --repetitions N] [--garder] [--seulement reel|x10]
 * (3 constructions du site réel et de Starlight seul, 2 du site ×10 par défaut ; « reel » garde
 * Starlight seul ; --garder laisse les copies dans .scratch/)
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { closeSync, cpSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import yaml from 'js-yaml';
import { checkContent, formatReport } from '../src/lib/content/check';
import { LOCK_FILE, readContentTree } from '../src/lib/content/tree';
import { sidebar } from '../src/sidebar';
import { fingerprint } from '../src/lib/content/edition-model';
import { openRevision } from '../src/lib/editions/revision';
import { writeBilan } from '../src/lib/follow-up/scaffold';
import {
	decimal,
	distReader,
	entier,
	filesUnder,
	folderOf,
	gzipSize,
	median,
	octets,
	pageFile,
	pageWeight,
	plainStarlightPage,
	reviseObjectives,
	fillBilan,
	secondes,
	sheetStaticCheck,
	syntheticEngagement,
	syntheticEngagementIds,
	syntheticSheet,
	syntheticSheetIds,
	table,
	type PageWeight,
	PROJECT_ENTRIES,
} from './lib';

const ROOT = join(import.meta.dirname, '..');
const SCRATCH = join(ROOT, '.scratch');
const ASTRO = join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');

/** Synthetic sheets per real sheet: 30 real sheets → 300. */
const SHEETS_PER_MODEL = 9;
/**
 * Revisions of the real sheets, in turn (S1.1: 3, S1.10: 3, S1.2: 2…), copied by their synthetic
 * sheets: sheets are revised every year until 2028, and every pair of editions gets a comparison
 * page, so editions are where the site grows most.
 */
const SHEET_REVISIONS = [3, 3, 2];
const SHEET_YEARS = [2024, 2025, 2026];
/** The years every sheet and engagement of the ×10 copy files a bilan for. */
const BILAN_YEARS = [2024, 2025];

/** Revisions of the real engagements, in turn, copied by the synthetic ones. */
const ENGAGEMENT_REVISIONS = [2, 1, 0];
const ENGAGEMENT_YEARS = [2024, 2025];

/** Budget: the real site's build time over a plain Starlight site's with the same pages and text. */
const STARLIGHT_RATIO_BUDGET = 1.25;
/** Budget: gzipped HTML of the heaviest sheet page. */
const SHEET_HTML_BUDGET = 50_000;
/** Starlight's plain content page: the JS reference a sheet page must not exceed. */
const STARLIGHT_REFERENCE = '/accessibilite/';

const { values } = parseArgs({
	options: {
		repetitions: { type: 'string' },
		garder: { type: 'boolean', default: false },
		seulement: { type: 'string' },
	},
});
/** Cold builds per site: a few of the real site, which is quick, fewer of the ×10 one. */
const repetitions = values.repetitions === undefined ? { reel: 3, x10: 2 } : { reel: Number(values.repetitions), x10: Number(values.repetitions) };
if (!Number.isInteger(repetitions.reel) || repetitions.reel < 1) {
	console.error(`--repetitions : un entier positif est attendu, pas « ${values.repetitions} ».`);
	process.exit(2);
}
if (values.seulement && !['reel', 'x10'].includes(values.seulement)) {
	console.error(`--seulement : « reel » ou « x10 » est attendu, pas « ${values.seulement} ».`);
	process.exit(2);
}

const log = (line = '') => console.log(line);
const loadText = () => loadavg().map((l) => decimal(l, 2)).join(' / ');
const STARLIGHT_LABEL = 'Starlight seul';
const run = (cwd: string, cmd: string, ...args: string[]) => execFileSync(cmd, args, { cwd, stdio: 'pipe' });

// ---------------------------------------------------------------------------------------------
// Copies
// ---------------------------------------------------------------------------------------------

/** A copy of the project inside the repository, so that Astro and Vite resolve its node_modules. */
function copyProject(name: string): string {
	const dir = join(SCRATCH, `bench-${name}`);
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(dir, { recursive: true });
	for (const entry of PROJECT_ENTRIES) cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
	return dir;
}

/** Commits the copy's content in a repository of its own, so that pages get their git dates as in a checkout. */
function commitCopy(dir: string) {
	run(dir, 'git', 'init', '-q');
	run(dir, 'git', 'add', 'src');
	run(dir, 'git', '-c', 'user.name=bench', '-c', 'user.email=bench@cprdfop.invalid', 'commit', '-qm', 'banc d’essai');
}

/**
 * The baseline: a plain Starlight project with one Markdown page per HTML page of a built copy of
 * ours (its title and the text of its <main>, see plainStarlightPage), the same title, language
 * and sidebar, and nothing else: no content collections of ours, no components, no integrations
 * but Starlight's own (Pagefind, sitemap). Starlight makes its own 404 page.
 */
function plainStarlight(fromDist: string): string {
	const dir = join(SCRATCH, 'bench-starlight');
	rmSync(dir, { recursive: true, force: true });
	const docs = join(dir, 'src', 'content', 'docs');
	mkdirSync(docs, { recursive: true });
	// Its dependencies are declared as ours are: Astro reads them to bundle Starlight's components (node_modules is the repository's).
	const ours = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
	const dependencies = { astro: ours.dependencies.astro, '@astrojs/starlight': ours.dependencies['@astrojs/starlight'], sharp: ours.dependencies.sharp };
	writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ name: 'banc-starlight-seul', private: true, type: 'module', dependencies }, null, '\t')}\n`);
	writeFileSync(
		join(dir, 'astro.config.mjs'),
		[
			"import starlight from '@astrojs/starlight';",
			"import { defineConfig } from 'astro/config';",
			'export default defineConfig({',
			"\tsite: 'https://starlight.example',",
			"\ttrailingSlash: 'always',",
			'\tdevToolbar: { enabled: false },',
			'\tintegrations: [',
			'\t\tstarlight({',
			`\t\t\ttitle: ${JSON.stringify('CPRDFOP Hauts-de-France 2022-2028')},`,
			"\t\t\tdefaultLocale: 'root',",
			"\t\t\tlocales: { root: { label: 'Français', lang: 'fr' } },",
			`\t\t\tsidebar: ${JSON.stringify(sidebar)},`,
			'\t\t}),',
			'\t],',
			'});',
			'',
		].join('\n'),
	);
	writeFileSync(
		join(dir, 'src', 'content.config.ts'),
		[
			"import { docsLoader } from '@astrojs/starlight/loaders';",
			"import { docsSchema } from '@astrojs/starlight/schema';",
			"import { defineCollection } from 'astro:content';",
			'export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };',
			'',
		].join('\n'),
	);
	let pages = 0;
	for (const file of readdirSync(fromDist, { recursive: true, encoding: 'utf8' }) as string[]) {
		if (!file.endsWith('.html') || file === '404.html') continue;
		const { title, markdown } = plainStarlightPage(readFileSync(join(fromDist, file), 'utf8'));
		// dist/fiches/s1-1/index.html → docs/fiches/s1-1.md (the same address); dist/index.html → docs/index.md.
		const target = join(docs, file === 'index.html' ? 'index.md' : `${file.replace(/\/index\.html$/, '').replace(/\.html$/, '')}.md`);
		mkdirSync(join(target, '..'), { recursive: true });
		writeFileSync(target, `---\ntitle: ${JSON.stringify(title || file)}\n---\n\n${markdown}\n`);
		pages++;
	}
	if (pages === 0) throw new Error(`Aucune page HTML dans ${relative(ROOT, fromDist)} pour le site Starlight seul`);
	return dir;
}

const entityDir = (root: string, collection: 'fiches' | 'engagements', slug: string) => join(root, 'src', 'content', collection, slug);
const idOf = (text: string) => String((yaml.load(text.split(/^---$/m)[1]!) as { id: string }).id);

interface Scaling {
	revisions: number;
	sheets: number;
	engagements: number;
	/** Annual bilans filed (2024 and 2025, every sheet and engagement). */
	bilans: number;
	filesChecked: number;
}

/**
 * Scales a copy's content about ×10: revisions of the real sheets and engagements opened with
 * `openRevision` (as `npm run revision` does) and each followed by a small edit, then synthetic
 * sheets and engagements copied from them, editions included, their frozen editions fingerprinted.
 */
function scaleContent(root: string): Scaling {
	const content = join(root, 'src', 'content');
	const living = (collection: 'fiches' | 'engagements') =>
		readdirSync(join(content, collection))
			.sort((a, b) => a.localeCompare(b, 'fr', { numeric: true }))
			.map((slug) => ({ slug, id: idOf(readFileSync(join(entityDir(root, collection, slug), 'index.mdx'), 'utf8')) }));
	const sheets = living('fiches');
	const engagements = living('engagements');

	let revisions = 0;
	const revise = (collection: 'fiches' | 'engagements', id: string, slug: string, years: number[]) => {
		for (const year of years) {
			openRevision(root, { id, year, motif: `Révision synthétique ${year} du banc d’essai`, adopteeLe: `${year}-03-15` });
			const file = join(entityDir(root, collection, slug), 'index.mdx');
			writeFileSync(file, reviseObjectives(readFileSync(file, 'utf8'), year));
			revisions++;
		}
	};
	sheets.forEach(({ id, slug }, i) => revise('fiches', id, slug, SHEET_YEARS.slice(0, SHEET_REVISIONS[i % SHEET_REVISIONS.length])));
	engagements.forEach(({ id, slug }, i) => revise('engagements', id, slug, ENGAGEMENT_YEARS.slice(0, ENGAGEMENT_REVISIONS[i % ENGAGEMENT_REVISIONS.length])));

	// Synthetic entities: every edition file of the model, with the new id; frozen ones fingerprinted.
	const lockPath = join(content, LOCK_FILE);
	const lock = existsSync(lockPath) ? (JSON.parse(readFileSync(lockPath, 'utf8')) as Record<string, string>) : {};
	const clone = (collection: 'fiches' | 'engagements', modelSlug: string, id: string, transform: (text: string, id: string) => string) => {
		const from = entityDir(root, collection, modelSlug);
		const to = entityDir(root, collection, folderOf(id));
		if (existsSync(to)) throw new Error(`Le dossier de l’entité synthétique existe déjà : ${to}`);
		mkdirSync(to);
		for (const name of readdirSync(from)) {
			const text = transform(readFileSync(join(from, name), 'utf8'), id);
			writeFileSync(join(to, name), text);
			if (name !== 'index.mdx') lock[relative(root, join(to, name)).replace(/\\/g, '/')] = fingerprint(text);
		}
	};
	const slugOf = (list: { id: string; slug: string }[], id: string) => list.find((e) => e.id === id)!.slug;
	const newSheets = syntheticSheetIds(sheets.map((s) => s.id), SHEETS_PER_MODEL);
	for (const { model, id } of newSheets) clone('fiches', slugOf(sheets, model), id, syntheticSheet);
	const newEngagements = syntheticEngagementIds(engagements.map((e) => e.id));
	for (const { model, id } of newEngagements) clone('engagements', slugOf(engagements, model), id, syntheticEngagement);
	writeFileSync(lockPath, `${JSON.stringify(Object.fromEntries(Object.entries(lock).sort()), null, '\t')}\n`);

	// Annual bilans of every sheet and engagement, real and synthetic, written as `npm run bilan` writes them, then filled in.
	let bilans = 0;
	for (const collection of ['fiches', 'engagements'] as const) {
		for (const { id } of living(collection)) {
			for (const year of BILAN_YEARS) {
				const { file } = writeBilan(root, { id, year, le: `${year + 1}-01-31`, ...(collection === 'engagements' && { par: ['dreets'] }) });
				writeFileSync(join(root, file), fillBilan(readFileSync(join(root, file), 'utf8'), bilans));
				bilans++;
			}
		}
	}

	const check = checkContent(readContentTree(root));
	if (check.issues.length > 0) throw new Error(`Le contenu synthétique ne passe pas la vérification :\n${formatReport(check)}`);
	return { revisions, sheets: sheets.length + newSheets.length, engagements: engagements.length + newEngagements.length, bilans, filesChecked: check.filesChecked };
}

// ---------------------------------------------------------------------------------------------
// Build and measures
// ---------------------------------------------------------------------------------------------

/** One cold `astro build` of a copy (dist/ and Astro's caches removed first); its wall-clock time in ms. */
function build(dir: string, n: number): number {
	for (const cache of ['dist', '.astro', join('node_modules', '.astro')]) rmSync(join(dir, cache), { recursive: true, force: true });
	const logFile = join(dir, `construction-${n}.log`);
	const fd = openSync(logFile, 'w');
	const start = performance.now();
	const result = spawnSync(process.execPath, [ASTRO, 'build'], { cwd: dir, stdio: ['ignore', fd, fd], env: { ...process.env, NODE_ENV: 'production' } });
	const elapsed = performance.now() - start;
	closeSync(fd);
	if (result.status !== 0) {
		const tail = readFileSync(logFile, 'utf8').split('\n').slice(-40).join('\n');
		throw new Error(`La construction de ${relative(ROOT, dir)} a échoué (code ${result.status}) :\n${tail}`);
	}
	return elapsed;
}

interface Measure {
	label: string;
	dir: string;
	times: number[];
	pages: number;
	distBytes: number;
	pagefindBytes: number;
	pagefindVersionsBytes: number;
	weights: { path: string; label: string; weight: PageWeight | undefined }[];
	heaviestSheet: { path: string; html: number };
	staticPages: number;
	staticFailures: string[];
	content: { sheets: number; engagements: number; editionFiles: number };
	pagefindCore: number;
}

const frontmatter = (file: string) => yaml.load(readFileSync(file, 'utf8').split(/^---$/m)[1]!) as Record<string, unknown>;

function measure(label: string, dir: string, times: number[]): Measure {
	const dist = join(dir, 'dist');
	const files = filesUnder(dist);
	const sizeUnder = (sub: string) => files.filter((f) => f.path.startsWith(join(dist, sub) + '/')).reduce((n, f) => n + f.size, 0);
	const read = distReader(dist);

	// A comparison page, when the content has one: the last pair of S1.1's editions.
	const compareDir = join(dist, 'fiches', 's1-1', 'comparer');
	const pairs = existsSync(compareDir) ? readdirSync(compareDir).sort() : [];
	const comparison = pairs.length > 0 ? `/fiches/s1-1/comparer/${pairs.at(-1)}/` : undefined;
	const pagesToWeigh: { path: string | undefined; label: string }[] = [
		{ path: '/', label: 'accueil' },
		{ path: '/fiches/s1-1/', label: 'fiche' },
		{ path: comparison, label: 'comparaison' },
		{ path: '/recherche/', label: 'recherche' },
		{ path: STARLIGHT_REFERENCE, label: 'référence Starlight' },
		{ path: '/404.html', label: 'page 404 (Starlight)' },
	];
	const weights = pagesToWeigh.map(({ path, label: l }) => ({
		path: path ?? '—',
		label: l,
		weight: path ? pageWeight(readFileSync(pageFile(dist, path), 'utf8'), read) : undefined,
	}));

	// Every edition page of every sheet: its HTML weight, and its text present without JavaScript.
	const sheetsDir = join(dir, 'src', 'content', 'fiches');
	let heaviestSheet = { path: '', html: 0 };
	let staticPages = 0;
	const staticFailures: string[] = [];
	let editionFiles = 0;
	for (const slug of readdirSync(sheetsDir)) {
		for (const name of readdirSync(join(sheetsDir, slug))) {
			editionFiles++;
			const path = name === 'index.mdx' ? `/fiches/${slug}/` : `/fiches/${slug}/${name.replace(/\.mdx$/, '')}/`;
			const html = readFileSync(pageFile(dist, path), 'utf8');
			const size = gzipSize(html);
			if (size > heaviestSheet.html) heaviestSheet = { path, html: size };
			const check = sheetStaticCheck(html, frontmatter(join(sheetsDir, slug, name)));
			staticPages++;
			if (!check.ok) staticFailures.push(`${path} : ${check.missing.join(' ; ')}`);
		}
	}
	const engagementsDir = join(dir, 'src', 'content', 'engagements');
	for (const slug of readdirSync(engagementsDir)) editionFiles += readdirSync(join(engagementsDir, slug)).length;

	const pagefindCore = files
		.filter((f) => /\/pagefind\/(pagefind\.js|wasm\.fr\.pagefind)$/.test(f.path))
		.reduce((n, f) => n + (f.path.endsWith('.js') ? gzipSize(readFileSync(f.path)) : f.size), 0);

	return {
		label,
		dir,
		times,
		pages: files.filter((f) => f.path.endsWith('.html')).length,
		distBytes: files.reduce((n, f) => n + f.size, 0),
		pagefindBytes: sizeUnder('pagefind'),
		pagefindVersionsBytes: sizeUnder('pagefind-versions'),
		weights,
		heaviestSheet,
		staticPages,
		staticFailures,
		content: { sheets: readdirSync(sheetsDir).length, engagements: readdirSync(engagementsDir).length, editionFiles },
		pagefindCore,
	};
}

// ---------------------------------------------------------------------------------------------
// Report
// ---------------------------------------------------------------------------------------------

const timeOf = (m: Measure) => median(m.times);
/** Each round's ratio: both builds ran one after the other, under about the same load. */
const pairedRatios = (ours: number[], theirs: number[]) => ours.slice(0, theirs.length).map((t, i) => t / theirs[i]!);
const timesText = (m: Measure) => `${secondes(Math.min(...m.times))} / ${secondes(timeOf(m))} (${m.times.length})`;
const jsOf = (w: PageWeight) => w.js + w.jsInline;
const budget = (ok: boolean, text: string) => log(`  ${ok ? 'OK      ' : 'DÉPASSÉ '} ${text}`);

function printSite(m: Measure) {
	log(`### ${m.label}`);
	log();
	log(
		table(
			['page', 'HTML', 'CSS', 'JS (fichiers)', 'total transféré', 'JS en ligne (dans le HTML)'],
			m.weights.map(({ path, label, weight: w }) =>
				w
					? [`${label} ${path}`, octets(w.html), octets(w.css), octets(w.js), octets(w.html + w.css + w.js), octets(w.jsInline)]
					: [`${label} (aucune : une seule édition par entité)`, '—', '—', '—', '—', '—'],
			),
			['g', 'd', 'd', 'd', 'd', 'd'],
		),
	);
	log();
}

interface Baseline {
	times: number[];
	pages: number;
}

function report(measures: Measure[], scaling: Scaling | undefined, baseline: Baseline | undefined) {
	const [reel, x10] = [measures.find((m) => m.label.startsWith('Contenu réel')), measures.find((m) => m.label.startsWith('Contenu ×10'))];
	log();
	log('## Construction (astro build, NODE_ENV=production, à froid : dist/ et caches d’Astro effacés)');
	log();
	const ratio = (f: (m: Measure) => number) => (reel && x10 ? `${decimal(f(x10) / f(reel))} ×` : '');
	const row = (name: string, f: (m: Measure) => string, r = '') => [name, ...measures.map(f), ...(reel && x10 ? [r] : [])];
	log(
		table(
			['mesure', ...measures.map((m) => m.label), ...(reel && x10 ? ['×10 / réel'] : [])],
			[
				row('fiches / engagements', (m) => `${m.content.sheets} / ${m.content.engagements}`, ratio((m) => m.content.sheets)),
				row('fichiers d’édition (fiches et engagements)', (m) => entier(m.content.editionFiles), ratio((m) => m.content.editionFiles)),
				row('temps de construction : min / médiane (essais)', timesText, ratio(timeOf)),
				row('pages HTML', (m) => entier(m.pages), ratio((m) => m.pages)),
				row('pages par seconde (médiane)', (m) => decimal(m.pages / (timeOf(m) / 1000)), ratio((m) => m.pages / timeOf(m))),
				row('taille de dist/', (m) => octets(m.distBytes), ratio((m) => m.distBytes)),
				row('dont pagefind/ (index principal)', (m) => octets(m.pagefindBytes), ratio((m) => m.pagefindBytes)),
				row('dont pagefind-versions/ (versions remplacées)', (m) => octets(m.pagefindVersionsBytes)),
			],
			['g', ...measures.map(() => 'd' as const), 'd'],
		),
	);
	log();
	if (scaling) {
		log(
			`Contenu ×10 : ${scaling.sheets} fiches (${SHEETS_PER_MODEL} synthétiques par fiche réelle) et ${scaling.engagements} engagements (tous les identifiants libres, 1.1 à 4.9 et P1.1 à P1.9), ` +
				`${scaling.revisions} révisions ouvertes par openRevision sur les fiches et engagements réels (chacune suivie d’un objectif ajouté) puis copiées par leurs synthétiques ; ` +
				`${scaling.bilans} bilans annuels (${BILAN_YEARS.join(' et ')}, chaque fiche et chaque engagement) écrits comme npm run bilan les écrit puis renseignés ; ` +
				`${entier(scaling.filesChecked)} fichiers de contenu vérifiés, aucun problème.`,
		);
		log();
	}
	if (reel && baseline) {
		log('## Comparaison avec Starlight seul (mêmes pages, même texte, même barre latérale ; constructions alternées dans le même passage)');
		log();
		const b = median(baseline.times);
		const paired = pairedRatios(reel.times, baseline.times);
		log(
			table(
				['mesure', 'Contenu réel', STARLIGHT_LABEL, 'réel / Starlight seul'],
				[
					['temps de construction : min / médiane (essais)', timesText(reel), `${secondes(Math.min(...baseline.times))} / ${secondes(b)} (${baseline.times.length})`, `${decimal(timeOf(reel) / b, 2)} ×`],
					['rapport des deux temps, passage par passage (médiane)', '', '', `${paired.map((r) => decimal(r, 2)).join(' ; ')} (${decimal(median(paired), 2)} ×)`],
					['pages HTML', entier(reel.pages), entier(baseline.pages), `${decimal(reel.pages / baseline.pages, 2)} ×`],
				],
				['g', 'd', 'd', 'd'],
			),
		);
		log();
		log('Starlight seul : une page Markdown par page HTML du contenu réel (son titre et le texte de son <main>, sans graphiques ni composants), généré sous .scratch/.');
		log('Le budget se lit sur la médiane des rapports passage par passage : les deux constructions d’un passage se suivent, sous la même charge.');
		log();
	}
	log('## Poids transféré au chargement (gzip niveau 9 ; 1 Ko = 1 000 octets)');
	log();
	log('HTML : le document, scripts en ligne compris. CSS : toutes les feuilles <link rel="stylesheet"> (celle d’impression aussi). JS : les <script src> et');
	log('tout ce qu’ils importent statiquement, de proche en proche ; « JS en ligne » rappelle la part des scripts en ligne, déjà comptée dans le HTML.');
	const core = measures[0]!.pagefindCore;
	log(`Non compté : Pagefind (pagefind.js et son WebAssembly, ${octets(core)} compressés, puis les fragments d’index utiles), importé à la demande —`);
	log('à l’ouverture de la recherche de l’en-tête, et dès le chargement de /recherche/, dont le script le charge pour afficher les facettes.');
	log();
	for (const m of measures) printSite(m);

	log('## Budgets');
	log();
	if (reel && x10) {
		const r = timeOf(x10) / timeOf(reel);
		budget(r < 10, `construction ×10 en moins de 10 × le temps réel : ${decimal(r)} × (médianes ${secondes(timeOf(x10))} / ${secondes(timeOf(reel))}), pour ${decimal(x10.pages / reel.pages)} × plus de pages`);
	} else log('  (temps ×10 / réel : il faut les deux constructions)');
	if (reel && baseline) {
		const r = median(pairedRatios(reel.times, baseline.times));
		budget(
			r <= STARLIGHT_RATIO_BUDGET,
			`construction du contenu réel ≤ ${decimal(STARLIGHT_RATIO_BUDGET, 2)} × celle de Starlight seul : ${decimal(r, 2)} × (médiane des rapports par passage ; médianes des temps ${secondes(timeOf(reel))} / ${secondes(median(baseline.times))})`,
		);
	}
	for (const m of measures) {
		const sheet = m.weights.find((w) => w.label === 'fiche')!.weight!;
		const ref = m.weights.find((w) => w.label === 'référence Starlight')!.weight!;
		budget(
			jsOf(sheet) <= jsOf(ref),
			`${m.label} — JS d’une fiche ≤ JS de Starlight sur une page ordinaire (${STARLIGHT_REFERENCE}) : ${octets(jsOf(sheet))} ≤ ${octets(jsOf(ref))} (fichiers + en ligne, gzip)`,
		);
		budget(m.heaviestSheet.html <= SHEET_HTML_BUDGET, `${m.label} — HTML de la plus lourde des pages de fiche ≤ ${octets(SHEET_HTML_BUDGET)} gzip : ${octets(m.heaviestSheet.html)} (${m.heaviestSheet.path})`);
		budget(
			m.staticFailures.length === 0,
			`${m.label} — fiches lisibles sans JavaScript (toutes les rubriques et le tableau du plan d’actions dans le HTML statique) : ${m.staticPages - m.staticFailures.length}/${m.staticPages} pages d’édition`,
		);
		for (const failure of m.staticFailures.slice(0, 10)) log(`           ${failure}`);
	}
	log();
	log('La page de recherche peut ajouter son propre script ; les budgets sont affichés, pas imposés (code de sortie 0).');
}

// ---------------------------------------------------------------------------------------------

const cleanups: string[] = [];
try {
	const sites: { label: string; dir: string; times: number[]; runs: number; prepare?: () => string }[] = [];
	let scaling: Scaling | undefined;
	log(`# Banc d’essai de la construction — Node ${process.version}, ${availableParallelism()} cœur(s)`);
	log(`Charge de la machine au départ (moyennes sur 1, 5 et 15 min) : ${loadText()}`);
	if (values.seulement !== 'x10') {
		const dir = copyProject('reel');
		cleanups.push(dir);
		commitCopy(dir);
		const reel = { label: 'Contenu réel', dir, times: [], runs: repetitions.reel };
		sites.push(reel);
		// Made from the real site's first build, just before its own first build.
		sites.push({ label: STARLIGHT_LABEL, dir: '', times: [], runs: repetitions.reel, prepare: () => plainStarlight(join(reel.dir, 'dist')) });
	}
	if (values.seulement !== 'reel') {
		const dir = copyProject('x10');
		cleanups.push(dir);
		const start = performance.now();
		scaling = scaleContent(dir);
		commitCopy(dir);
		log(`Contenu ×10 : généré en ${secondes(performance.now() - start)} (${scaling.sheets} fiches, ${scaling.engagements} engagements, ${scaling.revisions} révisions, ${scaling.bilans} bilans)`);
		sites.push({ label: 'Contenu ×10', dir, times: [], runs: repetitions.x10 });
	}
	// Builds alternate between the sites, so that a busy moment of the machine weighs on all of them.
	for (let n = 1; n <= Math.max(...sites.map((s) => s.runs)); n++) {
		for (const site of sites.filter((s) => s.runs >= n)) {
			if (site.prepare && !site.dir) {
				site.dir = site.prepare();
				cleanups.push(site.dir);
			}
			const load = loadText();
			const t = build(site.dir, n);
			site.times.push(t);
			log(`${site.label} : construction ${n}/${site.runs} en ${secondes(t)} (charge au départ : ${load})`);
		}
	}
	const baseline = sites.find((s) => s.label === STARLIGHT_LABEL);
	report(
		sites.filter((s) => s !== baseline).map((s) => measure(s.label, s.dir, s.times)),
		scaling,
		baseline && { times: baseline.times, pages: filesUnder(join(baseline.dir, 'dist')).filter((f) => f.path.endsWith('.html')).length },
	);
} catch (error) {
	console.error(`\nÉchec du banc d’essai : ${(error as Error).message}`);
	process.exitCode = 1;
} finally {
	if (values.garder) log(`\nCopies gardées : ${cleanups.map((d) => relative(ROOT, d)).join(', ')}`);
	else for (const dir of cleanups) rmSync(dir, { recursive: true, force: true });
}
