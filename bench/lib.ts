/**
 * Pure helpers of the build benchmark (`npm run bench`, bench/build.ts): synthetic content made
 * from the real one, what a browser downloads when it loads a built page, and whether a sheet's
 * text is in its static HTML. Kept free of side effects so that tests/unit/bench.test.ts can
 * check them on small inputs.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import yaml from 'js-yaml';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { idToSlug, REGISTER_FIELDS } from '../src/lib/content/entities';
import { pageText, words } from '../src/lib/content/fidelity';

/** What a copy of the project needs to build (node_modules is resolved from the repository); the tests' copies use it too. */
export const PROJECT_ENTRIES = ['src', 'scripts', 'public', 'astro.config.ts', 'tsconfig.json', 'package.json', 'CONTRIBUTING.md'];

// ---------------------------------------------------------------------------------------------
// Synthetic content
// ---------------------------------------------------------------------------------------------

/** Replaces a top-level frontmatter field written on one line (`key: value`) by `next(value)`. */
export function replaceField(text: string, key: string, next: (value: unknown) => unknown): string {
	const line = new RegExp(`^${key}: (.*)$`, 'm');
	const match = line.exec(text);
	if (!match) throw new Error(`Champ « ${key} » introuvable sur une seule ligne`);
	const value = yaml.load(match[1]!);
	// JSON is valid YAML: strings come out double-quoted, lists in flow style.
	return text.replace(line, () => `${key}: ${JSON.stringify(next(value))}`);
}

/** How a synthetic entity's title says what it is, so that every title stays distinct. */
export const syntheticTitle = (title: string, id: string) => `${title} (copie synthétique ${id})`;

/**
 * A synthetic sheet made from a real sheet's file (living or frozen edition): a new id, a distinct
 * title, and the id's ambition among its ambitions (the schema requires it). Everything else,
 * references to the registers included, is the model's.
 */
export function syntheticSheet(text: string, id: string): string {
	const ambition = Number(id[1]);
	let out = replaceField(text, 'id', () => id);
	out = replaceField(out, 'titre', (t) => syntheticTitle(String(t), id));
	out = replaceField(out, 'titre_court', (t) => syntheticTitle(String(t), id));
	return replaceField(out, 'ambitions', (list) => {
		const ambitions = list as number[];
		return ambitions.includes(ambition) ? ambitions : [...ambitions, ambition].sort((a, b) => a - b);
	});
}

/** A synthetic engagement made from a real engagement with the same prefix (1.x, P1.x). */
export function syntheticEngagement(text: string, id: string): string {
	return replaceField(replaceField(text, 'id', () => id), 'titre', (t) => syntheticTitle(String(t), id));
}

export interface SyntheticId {
	/** The real entity the synthetic one copies. */
	model: string;
	id: string;
}

const MAX_SHEET_NUMBER = 99; // ficheSchema: S1.1 … S4.99

/**
 * New sheet ids: `perModel` for every real sheet, in the model's ambition while it has free
 * numbers (S1.11 … S1.99), else in the ambition with the most free numbers.
 */
export function syntheticSheetIds(realIds: string[], perModel: number): SyntheticId[] {
	const used = new Map<number, Set<number>>([1, 2, 3, 4].map((a) => [a, new Set<number>()]));
	for (const id of realIds) used.get(Number(id[1]))!.add(Number(id.slice(3)));
	const free = (a: number) => MAX_SHEET_NUMBER - used.get(a)!.size;
	const out: SyntheticId[] = [];
	for (const model of realIds) {
		for (let k = 0; k < perModel; k++) {
			let ambition = Number(model[1]);
			if (free(ambition) === 0) ambition = [1, 2, 3, 4].sort((a, b) => free(b) - free(a))[0]!;
			if (free(ambition) === 0) throw new Error('Plus aucun identifiant de fiche libre (S1.1 à S4.99)');
			let n = 1;
			while (used.get(ambition)!.has(n)) n++;
			used.get(ambition)!.add(n);
			out.push({ model, id: `S${ambition}.${n}` });
		}
	}
	return out;
}

/** Every free engagement id (1.1 … 4.9, P1.1 … P1.9), each copying a real engagement of its prefix in turn. */
export function syntheticEngagementIds(realIds: string[]): SyntheticId[] {
	const out: SyntheticId[] = [];
	for (const prefix of ['1', '2', '3', '4', 'P1']) {
		const models = realIds.filter((id) => id.startsWith(`${prefix}.`)).sort();
		if (models.length === 0) continue;
		let turn = 0;
		for (let n = 1; n <= 9; n++) {
			const id = `${prefix}.${n}`;
			if (!realIds.includes(id)) out.push({ model: models[turn++ % models.length]!, id });
		}
	}
	return out;
}

/** The folder of an entity id: S1.10 → s1-10, P1.3 → p1-3. */
export const folderOf = idToSlug;

/** The small edit a synthetic revision makes to a living file: one more operational objective. */
export function reviseObjectives(text: string, year: number): string {
	const list = /^objectifs_operationnels:\n/m;
	if (!list.test(text)) throw new Error('Liste « objectifs_operationnels » introuvable');
	// The new objective takes the next free identifier, as the check requires.
	const next = Math.max(0, ...[...text.matchAll(/^ {2}- id: "O(\d+)"$/gm)].map((m) => Number(m[1]))) + 1;
	return text.replace(list, (m) => `${m}  - id: "O${next}"\n    texte: "Objectif ajouté par la révision ${year} (contenu synthétique du banc d’essai)"\n`);
}

const STATUSES = ['non-demarree', 'en-cours', 'realisee', 'reportee', 'abandonnee'];

/**
 * A bilan written by `npm run bilan`, filled in as a pilot would: a status for every action (in
 * turn, from `turn`), a success for the first, and one indicator value.
 */
export function fillBilan(text: string, turn: number): string {
	let n = turn;
	const filled = text.replace(/statut: a-renseigner/g, () => `statut: ${STATUSES[n++ % STATUSES.length]}`);
	const first = /(\n {2}- id: "([AO][\d.]+)"[^\n]*\n {4}statut: [a-z-]+)/.exec(filled);
	if (!first) throw new Error('Bilan sans action à renseigner');
	return filled
		.replace(first[1]!, `${first[1]}\n    reussites: "Réussite synthétique du banc d’essai."`)
		.replace('indicateurs: []', `indicateurs:\n  - ${first[2]!.startsWith('A') ? `action: "${first[2]}"\n    ` : ''}mesure: "Mesure synthétique"\n    valeur: ${10 + (turn % 7)}\n    unite: "personnes"`);
}

// ---------------------------------------------------------------------------------------------
// Transferred weight of a page
// ---------------------------------------------------------------------------------------------

/** Size in bytes of a buffer or text once gzipped at level 9, as a server would send it. */
export const gzipSize = (data: string | Buffer) => gzipSync(data, { level: 9 }).length;

export interface PageAssets {
	/** `<link rel="stylesheet" href>`: every one is downloaded, media="print" ones too (at low priority). */
	stylesheets: string[];
	/** `<script src>` and `<link rel="modulepreload">`. */
	scripts: string[];
	/** Bodies of inline scripts (part of the HTML's own weight). */
	inlineScripts: string[];
	/** Static imports of inline module scripts. */
	inlineImports: string[];
}

const attr = (tag: string, name: string) => new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag)?.slice(1).find((v) => v !== undefined);

/** What a page's HTML asks the browser to load, read from its tags. */
export function pageAssets(html: string): PageAssets {
	const assets: PageAssets = { stylesheets: [], scripts: [], inlineScripts: [], inlineImports: [] };
	for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
		const rel = attr(tag, 'rel')?.toLowerCase().split(/\s+/) ?? [];
		const href = attr(tag, 'href');
		if (!href) continue;
		if (rel.includes('stylesheet')) assets.stylesheets.push(href);
		else if (rel.includes('modulepreload')) assets.scripts.push(href);
	}
	for (const [, open, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
		const src = attr(`<script${open}>`, 'src');
		const type = attr(`<script${open}>`, 'type');
		if (src) assets.scripts.push(src);
		else if (type === undefined || type === 'module' || /javascript/i.test(type)) {
			assets.inlineScripts.push(body!);
			if (type === 'module') assets.inlineImports.push(...staticImports(body!));
		}
	}
	const unique = (list: string[]) => [...new Set(list)];
	return { stylesheets: unique(assets.stylesheets), scripts: unique(assets.scripts), inlineScripts: assets.inlineScripts, inlineImports: unique(assets.inlineImports) };
}

/**
 * Specifiers of a JS module's static imports and re-exports (`import{a}from"./x.js"`,
 * `import"./x.js"`, `export*from"./x.js"`); dynamic `import("…")` is loaded later, on demand.
 */
export function staticImports(js: string): string[] {
	const found = new Set<string>();
	const re = /(?<![\w$.])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?(["'`])([^"'`\n]+)\1/g;
	for (const match of js.matchAll(re)) found.add(match[2]!);
	return [...found];
}

/** Resolves a module specifier against the URL path of the module that imports it. */
export const resolveUrl = (specifier: string, from: string) =>
	specifier.startsWith('/') ? specifier : posix.normalize(posix.join(posix.dirname(from), specifier));

export interface PageWeight {
	/** Gzipped bytes of the HTML document (inline scripts and styles included). */
	html: number;
	css: number;
	/** Gzipped bytes of the JS files the page loads, static imports followed. */
	js: number;
	/** Gzipped bytes of the page's inline scripts, already counted in `html`. */
	jsInline: number;
	cssFiles: string[];
	jsFiles: string[];
}

/** A site path (`/fiches/s1-1/`, `/404.html`) → its file under dist. */
export const pageFile = (dist: string, path: string) => join(dist, path.endsWith('/') ? `${path}index.html` : path);

/**
 * What loading a page transfers, gzipped: its HTML, its stylesheets, and its scripts with every
 * module they statically import. `readAsset` reads a site URL path (tests pass a map).
 */
export function pageWeight(html: string, readAsset: (url: string) => Buffer | undefined): PageWeight {
	const assets = pageAssets(html);
	const local = (url: string) => url.startsWith('/') && !url.startsWith('//');
	const cssFiles = assets.stylesheets.filter(local);
	const jsFiles: string[] = [];
	const queue = [...assets.scripts.filter(local), ...assets.inlineImports.filter(local)];
	while (queue.length > 0) {
		const url = queue.shift()!;
		if (jsFiles.includes(url)) continue;
		jsFiles.push(url);
		const code = readAsset(url);
		if (!code) throw new Error(`Script introuvable : ${url}`);
		for (const spec of staticImports(code.toString('utf8'))) if (spec.startsWith('.') || spec.startsWith('/')) queue.push(resolveUrl(spec, url));
	}
	const sum = (urls: string[]) =>
		urls.reduce((n, url) => {
			const data = readAsset(url);
			if (!data) throw new Error(`Fichier introuvable : ${url}`);
			return n + gzipSize(data);
		}, 0);
	return {
		html: gzipSize(html),
		css: sum(cssFiles),
		js: sum(jsFiles),
		jsInline: assets.inlineScripts.length > 0 ? gzipSize(assets.inlineScripts.join('\n')) : 0,
		cssFiles,
		jsFiles,
	};
}

/** Reads a site URL path from a built dist/ directory. */
export const distReader = (dist: string) => (url: string) => {
	const file = join(dist, decodeURIComponent(url.split(/[?#]/)[0]!));
	return existsSync(file) && statSync(file).isFile() ? readFileSync(file) : undefined;
};

// ---------------------------------------------------------------------------------------------
// Built site
// ---------------------------------------------------------------------------------------------

/** Every file under a directory, recursively, with its size. */
export function filesUnder(dir: string): { path: string; size: number }[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir, { withFileTypes: true, recursive: true })
		.filter((d) => d.isFile())
		.map((d) => {
			const path = join(d.parentPath, d.name);
			return { path, size: statSync(path).size };
		});
}

// ---------------------------------------------------------------------------------------------
// Content pages without JavaScript
// ---------------------------------------------------------------------------------------------

/** Fields of a sheet that hold register keys (shown as names), ambition numbers or the edition block, not text shown as such. */
const NOT_TEXT = new Set(['ambitions', 'edition', ...Object.keys(REGISTER_FIELDS.fiches)]);

/** Every text of a sheet the page must show, with where it comes from (`plan_actions.2.action`). */
export function sheetTexts(data: Record<string, unknown>): { field: string; text: string }[] {
	const out: { field: string; text: string }[] = [];
	const walk = (value: unknown, field: string) => {
		if (typeof value === 'string') {
			if (value.trim() !== '') out.push({ field, text: value });
		} else if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${field}.${i}`));
		else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, field ? `${field}.${k}` : k);
	};
	for (const [key, value] of Object.entries(data)) if (!NOT_TEXT.has(key)) walk(value, key);
	return out;
}

/** Number of rows of plan d'actions a sheet has: its lines, and each group's heading and lines. */
export const planRows = (plan: unknown[]) =>
	plan.reduce<number>((n, row) => n + (row && typeof row === 'object' && 'lignes' in row ? 1 + (row.lignes as unknown[]).length : 1), 0);

export interface StaticCheck {
	ok: boolean;
	/** What is missing from the static HTML, in French. */
	missing: string[];
}

/**
 * Whether a sheet page works without JavaScript: every text of the sheet is in the HTML as
 * served (scripts and templates removed, so nothing a script would render counts), the plan
 * d'actions is an HTML table with at least one row per line, and no island waits for a script.
 */
export function sheetStaticCheck(html: string, data: Record<string, unknown>): StaticCheck {
	const missing: string[] = [];
	const text = ` ${words(pageText(html)).join(' ')} `;
	for (const { field, text: value } of sheetTexts(data)) {
		// Markdown lines are checked one by one: list markers and paragraph breaks are markup.
		for (const line of value.split('\n')) {
			const w = words(line.replace(/\[\^[^\]]*\]:?/g, ' '));
			if (w.length > 0 && !text.includes(` ${w.join(' ')} `)) {
				missing.push(`${field} : « ${line.trim().slice(0, 60)} »`);
				break;
			}
		}
	}
	const main = /<main[\s\S]*?<\/main>/.exec(html)?.[0] ?? html;
	const tables = [...main.replace(/<(script|template)[\s\S]*?<\/\1>/g, '').matchAll(/<table[\s\S]*?<\/table>/g)].map((m) => m[0]);
	const plan = Array.isArray(data.plan_actions) ? data.plan_actions : [];
	const rows = Math.max(0, ...tables.map((t) => (t.match(/<tr\b/g) ?? []).length - (t.match(/<thead\b/) ? 1 : 0)));
	if (tables.length === 0) missing.push('plan d’actions : aucun tableau HTML');
	else if (rows < planRows(plan)) missing.push(`plan d’actions : ${rows} ligne(s) de tableau pour ${planRows(plan)} ligne(s) d’actions`);
	if (/<astro-island\b/.test(html)) missing.push('un composant attend JavaScript pour s’afficher (astro-island)');
	return { ok: missing.length === 0, missing };
}

// ---------------------------------------------------------------------------------------------
// Plain Starlight baseline
// ---------------------------------------------------------------------------------------------

type Element = DefaultTreeAdapterMap['element'];
type ChildNode = DefaultTreeAdapterMap['childNode'];

/** Elements whose text a reader does not read as prose: code, hidden templates, drawn charts, form controls. */
const SKIPPED = new Set(['script', 'style', 'template', 'svg', 'noscript', 'button', 'select', 'input', 'textarea']);
const BLOCKS = new Set(['p', 'li', 'dt', 'dd', 'tr', 'caption', 'figcaption', 'blockquote', 'pre', 'summary', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** Text as Markdown reads it back: inline syntax escaped anywhere, block markers at the start (CommonMark escapes any punctuation). */
const escapeMarkdown = (text: string) =>
	text.replace(/[\\`*_[\]<>|{}~&]/g, '\\$&').replace(/^([#=+-])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');

/**
 * A built page of ours as a plain Starlight page: its title (the `<h1>`) and the text of its
 * `<main>` in Markdown, block by block — headings stay headings (Starlight's table of contents
 * needs them), list items stay items, a table row becomes a paragraph of its cells. Charts
 * (SVG), scripts and form controls are left out: the baseline is the same text on Starlight's
 * own page, without our components.
 */
export function plainStarlightPage(html: string): { title: string; markdown: string } {
	const document = parse(html);
	const find = (node: ChildNode | DefaultTreeAdapterMap['document'], tag: string): Element | undefined => {
		for (const child of ('childNodes' in node ? node.childNodes : []) as ChildNode[]) {
			if ('tagName' in child && child.tagName === tag) return child;
			const found = find(child, tag);
			if (found) return found;
		}
		return undefined;
	};
	const textOf = (node: ChildNode): string => {
		if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
		if ('tagName' in node && SKIPPED.has(node.tagName)) return '';
		const children = ('childNodes' in node ? node.childNodes : []) as ChildNode[];
		return children.map((c) => ('tagName' in c && (c.tagName === 'td' || c.tagName === 'th') ? ` ${textOf(c)} ` : textOf(c))).join('');
	};
	const clean = (text: string) => text.replace(/\s+/g, ' ').trim();
	const main = find(document, 'main');
	const h1 = find(document, 'h1');
	const title = h1 ? clean(textOf(h1)) : '';
	const blocks: string[] = [];
	const walk = (node: ChildNode) => {
		if (!('tagName' in node) || SKIPPED.has(node.tagName) || node.tagName === 'h1') return;
		const hasBlock = (n: ChildNode): boolean => 'tagName' in n && ((BLOCKS.has(n.tagName) && !SKIPPED.has(n.tagName)) || (n.childNodes as ChildNode[]).some(hasBlock));
		if (BLOCKS.has(node.tagName) && !(node.childNodes as ChildNode[]).some(hasBlock)) {
			const text = escapeMarkdown(clean(textOf(node)));
			if (!text) return;
			const level = /^h([2-6])$/.exec(node.tagName)?.[1];
			blocks.push(level ? `${'#'.repeat(Number(level))} ${text}` : node.tagName === 'li' ? `- ${text}` : text);
			return;
		}
		for (const child of node.childNodes as ChildNode[]) {
			if (child.nodeName === '#text') {
				const text = escapeMarkdown(clean(textOf(child)));
				if (text) blocks.push(text);
			} else walk(child);
		}
	};
	if (main) for (const child of main.childNodes as ChildNode[]) walk(child);
	return { title, markdown: blocks.join('\n\n') };
}

// ---------------------------------------------------------------------------------------------
// French formatting
// ---------------------------------------------------------------------------------------------

const nf = (digits: number) => new Intl.NumberFormat('fr-FR', { maximumFractionDigits: digits, minimumFractionDigits: digits });

/** « 1 234 » */
export const entier = (n: number) => nf(0).format(n);
/** « 12,3 » */
export const decimal = (n: number, digits = 1) => nf(digits).format(n);
/** Bytes in kilo- or megabytes (1 Ko = 1 000 octets). */
export const octets = (n: number) => (n >= 1e6 ? `${decimal(n / 1e6)} Mo` : `${decimal(n / 1e3)} Ko`);
/** Seconds. */
export const secondes = (ms: number) => `${decimal(ms / 1000)} s`;

/** A Markdown table whose columns are padded, readable in a terminal and pasteable in the README. */
export function table(header: string[], rows: string[][], align: ('g' | 'd')[] = []): string {
	const width = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
	const cell = (s: string, i: number) => (align[i] === 'd' ? s.padStart(width[i]!) : s.padEnd(width[i]!));
	const line = (cells: string[]) => `| ${cells.map(cell).join(' | ')} |`;
	const rule = `|${width.map((w, i) => (align[i] === 'd' ? `${'-'.repeat(w + 1)}:` : '-'.repeat(w + 2))).join('|')}|`;
	return [line(header), rule, ...rows.map(line)].join('\n');
}

/** Median of a non-empty list. */
export function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
