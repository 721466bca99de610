/**
 * The YAML frontmatter of a content file, read and written the way the contract's files are
 * written: top-level fields one after the other, strings in double quotes (JSON escapes), multi-line
 * Markdown as `|-` blocks, register keys and numbers in flow lists, ISO dates bare. Used by
 * `npm run revision` for the edition block and by the web editor (`/admin/`) to rewrite only the
 * fields a pilot changed. No Node API: it also runs in the browser.
 */
import yaml from 'js-yaml';

/** A content file cut around its frontmatter: `open` + `yaml` + `close` + `after` is the file. */
export interface FrontmatterParts {
	open: string;
	yaml: string;
	close: string;
	after: string;
}

/** Cuts `---\n…\n---\n` off the start of a file, or returns undefined when there is none. */
export function splitFrontmatter(text: string): FrontmatterParts | undefined {
	const match = /^(---\r?\n)([\s\S]*?\r?\n)?(---)(\r?\n|$)/.exec(text);
	if (!match) return undefined;
	return { open: match[1]!, yaml: match[2] ?? '', close: `${match[3]}${match[4]}`, after: text.slice(match[0].length) };
}

/**
 * YAML as the editor and the revision command read it: the core schema, so that a date stays the
 * string it is written as (the content schemas accept both) and nothing else is guessed.
 */
export function parseYaml(text: string): Record<string, unknown> {
	const data = yaml.load(text, { schema: yaml.CORE_SCHEMA });
	if (data === undefined || data === null) return {};
	if (typeof data !== 'object' || Array.isArray(data)) throw new Error('en-tête YAML : un objet (des champs « nom: valeur ») est attendu');
	return data as Record<string, unknown>;
}

/** One top-level field of a frontmatter and the exact text that writes it (key line and its block). */
export interface Chunk {
	/** undefined for what precedes the first key (comments). */
	key: string | undefined;
	text: string;
}

const TOP_KEY = /^([A-Za-z_][A-Za-z0-9_]*):(?: |\r?\n|$)/;

/** Splits a frontmatter into its top-level fields; every line belongs to exactly one chunk. */
export function topLevelChunks(frontmatter: string): Chunk[] {
	const chunks: Chunk[] = [];
	for (const line of frontmatter.split(/(?<=\n)/)) {
		const key = TOP_KEY.exec(line)?.[1];
		if (key !== undefined || chunks.length === 0) chunks.push({ key, text: line });
		else chunks[chunks.length - 1]!.text += line;
	}
	return chunks;
}

/** Deep equality of parsed YAML values (key order of mappings ignored). */
export function sameValue(a: unknown, b: unknown): boolean {
	if (a === b) return true;
	if (Array.isArray(a) || Array.isArray(b)) {
		return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
	}
	if (a && b && typeof a === 'object' && typeof b === 'object') {
		const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
		const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
		return ka.length === kb.length && ka.every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
	}
	return false;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** A register key (`cmq-metallurgie-plasturgie`) that YAML reads back as the same string. */
const BARE_KEY = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
const YAML_WORDS = new Set(['true', 'false', 'null', 'yes', 'no', 'on', 'off', 'y', 'n']);

/** A double-quoted YAML string: JSON's escapes, plus the few characters YAML reads as line breaks or marks. */
export const quoted = (s: string) => JSON.stringify(s).replace(/[\u0085\u2028\u2029\ufeff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** Register keys go bare in flow lists (`[capeb, afpa]`), dates bare everywhere, other strings in quotes. */
const bareKey = (s: string) => BARE_KEY.test(s) && !YAML_WORDS.has(s);

/** A multi-line string that a literal block keeps exactly, with its chomping indicator; undefined otherwise. */
function literalBlock(s: string): { indicator: string; lines: string[] } | undefined {
	if (!s.includes('\n') || /[\r\u0000-\u0008\u000b-\u001f\u007f\u0085\u2028\u2029\ufeff]/.test(s)) return undefined;
	const trailing = /\n*$/.exec(s)![0].length;
	if (trailing > 1) return undefined;
	const lines = (trailing === 1 ? s.slice(0, -1) : s).split('\n');
	// The first line sets the block's indentation; blank lines made of spaces would be lost.
	if (/^[ \t]/.test(lines[0]!) || lines[0] === '' || lines.some((l) => l !== '' && l.trim() === '')) return undefined;
	return { indicator: trailing === 1 ? '|' : '|-', lines };
}

const scalar = (value: unknown, inFlowList = false): string => {
	if (typeof value === 'string') return ISO_DATE.test(value) || (inFlowList && bareKey(value)) ? value : quoted(value);
	if (typeof value === 'number' || typeof value === 'boolean') return String(value);
	if (value === null || value === undefined) return 'null';
	return JSON.stringify(value); // a flow collection, valid YAML
};

const isFlat = (items: unknown[]) => items.every((x) => typeof x === 'number') || items.every((x) => typeof x === 'string' && bareKey(x));

/** The lines that write `key: value` at `indent` spaces. */
function entryLines(key: string, value: unknown, indent: number): string[] {
	const pad = ' '.repeat(indent);
	if (Array.isArray(value)) {
		if (value.length === 0) return [`${pad}${key}: []`];
		if (isFlat(value)) return [`${pad}${key}: [${value.map((x) => scalar(x, true)).join(', ')}]`];
		return [`${pad}${key}:`, ...value.flatMap((item) => itemLines(item, indent + 2))];
	}
	if (value && typeof value === 'object') {
		const entries = Object.entries(value).filter(([, v]) => v !== undefined);
		if (entries.length === 0) return [`${pad}${key}: {}`];
		return [`${pad}${key}:`, ...entries.flatMap(([k, v]) => entryLines(k, v, indent + 2))];
	}
	const block = typeof value === 'string' ? literalBlock(value) : undefined;
	if (block) return [`${pad}${key}: ${block.indicator}`, ...block.lines.map((l) => (l === '' ? '' : `${pad}  ${l}`))];
	return [`${pad}${key}: ${scalar(value)}`];
}

/** The lines that write one sequence item at `indent` spaces. */
function itemLines(item: unknown, indent: number): string[] {
	const pad = ' '.repeat(indent);
	if (item && typeof item === 'object' && !Array.isArray(item)) {
		const entries = Object.entries(item).filter(([, v]) => v !== undefined);
		if (entries.length === 0) return [`${pad}- {}`];
		const lines = entries.flatMap(([k, v]) => entryLines(k, v, indent + 2));
		return [`${pad}- ${lines[0]!.slice(indent + 2)}`, ...lines.slice(1)];
	}
	const block = typeof item === 'string' ? literalBlock(item) : undefined;
	if (block) return [`${pad}- ${block.indicator}`, ...block.lines.map((l) => (l === '' ? '' : `${pad}  ${l}`))];
	return [`${pad}- ${scalar(item)}`];
}

/** The canonical text of one top-level field, ending with a line break. */
export const renderField = (key: string, value: unknown) => `${entryLines(key, value, 0).join('\n')}\n`;

/**
 * Rewrites a content file with new frontmatter data, keeping byte for byte the text of every
 * top-level field whose value did not change (and everything after the frontmatter): a change of
 * one field shows as a change of that field only. Fields absent from `data` are removed; new ones
 * are placed after the field that precedes them in `order`. Without a readable original, every
 * field is written in the canonical style, in `order`.
 */
export function rewriteFrontmatter(original: string | undefined, data: Record<string, unknown>, order: string[] = []): string {
	const keys = Object.keys(data).filter((k) => data[k] !== undefined);
	const parts = original === undefined ? undefined : splitFrontmatter(original);
	const previous = parts && safeChunks(parts.yaml);
	if (!parts || !previous) {
		const sorted = [...order.filter((k) => keys.includes(k)), ...keys.filter((k) => !order.includes(k))];
		return `---\n${sorted.map((k) => renderField(k, data[k])).join('')}---\n`;
	}
	const out: Chunk[] = previous.chunks.filter((c) => c.key === undefined || keys.includes(c.key));
	for (const chunk of out) {
		if (chunk.key !== undefined && !sameValue(previous.data[chunk.key], data[chunk.key])) chunk.text = renderField(chunk.key, data[chunk.key]);
	}
	for (const key of keys.filter((k) => !previous.chunks.some((c) => c.key === k))) {
		// After the closest field that precedes it in the schema's order; first if none does; last if the schema does not know it.
		const position = order.indexOf(key);
		const anchor = order.slice(0, Math.max(position, 0)).reverse().map((k) => out.findIndex((c) => c.key === k)).find((i) => i >= 0);
		const firstKeyed = out.findIndex((c) => c.key !== undefined);
		const at = position === -1 ? out.length : anchor !== undefined ? anchor + 1 : firstKeyed === -1 ? out.length : firstKeyed;
		out.splice(at, 0, { key, text: renderField(key, data[key]) });
	}
	return `${parts.open}${out.map((c) => c.text).join('')}${parts.close}${parts.after}`;
}

/** The chunks of a frontmatter with its data, when each chunk reads back alone as its field (no anchors, no duplicates). */
function safeChunks(frontmatter: string): { chunks: Chunk[]; data: Record<string, unknown> } | undefined {
	try {
		const data = parseYaml(frontmatter);
		const chunks = topLevelChunks(frontmatter);
		const keys = chunks.flatMap((c) => (c.key === undefined ? [] : [c.key]));
		if (new Set(keys).size !== keys.length || keys.length !== Object.keys(data).length) return undefined;
		for (const c of chunks) {
			if (c.key !== undefined && !sameValue(parseYaml(c.text)[c.key], data[c.key])) return undefined;
		}
		return { chunks: chunks.map((c) => ({ ...c })), data };
	} catch {
		return undefined;
	}
}
