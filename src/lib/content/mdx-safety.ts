import type { Program } from 'estree';
import type { Nodes } from 'mdast';
import { decodeNamedCharacterReference } from 'decode-named-character-reference';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { gfm } from 'micromark-extension-gfm';
import { mdxjs } from 'micromark-extension-mdxjs';
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { visit } from 'unist-util-visit';
import { isMap, isPair, isScalar, isSeq, parseDocument, type Node as YamlNode } from 'yaml';
import type { ContentIssue } from './issues';
import type { ContentTree } from './tree';

/**
 * Content comes from contributors' pull requests and must never run code on the site. Every
 * content file is parsed as the site parses it, and refused when it holds:
 * - in an MDX body: ESM `import`/`export` and `{…}` expressions, which MDX would execute;
 * - anywhere (MDX body, Markdown body, any string of a frontmatter or register): a script,
 *   iframe, style, object or embed element, an `on…` event-handler attribute, a `javascript:` URL.
 * Frontmatter strings are Markdown rendered by micromark, not MDX: braces and the words
 * "import"/"export" are ordinary prose there.
 */

export const SAFE_CONTENT_EXPECTED =
	'du texte et du Markdown seulement : ni import/export, ni expression {…}, ni balise script, iframe, style, object, embed, ni attribut on…, ni lien javascript:';

const FORBIDDEN_ELEMENTS = new Set(['script', 'iframe', 'style', 'object', 'embed']);

/** One piece of code found in a text: where it starts in that text, what it is, and its source. */
interface Finding {
	offset: number;
	what: string;
	source: string;
}

/** What `javascript:` hides behind: character references (even without their `;`), whitespace and control characters, case. */
export function isJavascriptUrl(url: string): boolean {
	const decoded = url
		.replace(/&#(x[0-9a-f]+|\d+);?/gi, (_, code: string) => {
			const point = code[0] === 'x' || code[0] === 'X' ? Number.parseInt(code.slice(1), 16) : Number(code);
			return point > 0 && point <= 0x10ffff ? String.fromCodePoint(point) : '';
		})
		.replace(/&([a-z][a-z0-9]*);?/gi, (entity: string, name: string) => {
			const char = decodeNamedCharacterReference(name);
			return char === false ? entity : char;
		});
	// Browsers drop tabs and newlines inside URLs and leading control characters; a space is dropped too, to be safe.
	return decoded.replace(/[\u0000-\u0020\u007f-\u009f\u00ad\u200b-\u200d\ufeff]/g, '').toLowerCase().startsWith('javascript:');
}

const excerpt = (text: string) => {
	const line = text.trim().split('\n')[0]!.trim();
	return line.length > 80 ? `${line.slice(0, 79)}…` : line;
};

type HtmlNode = DefaultTreeAdapterMap['node'];

/**
 * Forbidden elements, handlers and URLs in a piece of raw HTML (a Markdown `html` node, at `base`
 * in `text`), found by an HTML parser. Markdown cuts inline HTML tag by tag, so an element is
 * shown with the rest of its line in `text`.
 */
function htmlFindings(text: string, html: string, base: number): Finding[] {
	const found: Finding[] = [];
	const walk = (node: HtmlNode) => {
		if ('tagName' in node) {
			const location = node.sourceCodeLocation;
			const start = location?.startOffset ?? 0;
			// An element left open ends where it starts: its opening tag ends it then.
			const end = Math.max(location?.endOffset ?? html.length, location?.startTag?.endOffset ?? 0);
			const tag = node.tagName.toLowerCase();
			if (FORBIDDEN_ELEMENTS.has(tag)) found.push({ offset: base + start, what: `balise <${tag}>`, source: excerpt(text.slice(base + start)) });
			for (const attr of node.attrs) {
				const at = location?.attrs?.[attr.name];
				const where = { offset: base + (at?.startOffset ?? start), source: excerpt(html.slice(at?.startOffset ?? start, at?.endOffset ?? end)) };
				if (/^on./i.test(attr.name)) found.push({ ...where, what: `attribut ${attr.name.toLowerCase()}` });
				if (isJavascriptUrl(attr.value)) found.push({ ...where, what: 'lien javascript:' });
			}
			if (tag === 'template' && 'content' in node) node.content.childNodes.forEach(walk);
		}
		if ('childNodes' in node) node.childNodes.forEach(walk);
	};
	walk(parseFragment(html, { sourceCodeLocationInfo: true }));
	return found;
}

const startOf = (node: Nodes) => node.position?.start.offset ?? 0;
const sourceOf = (text: string, node: Nodes) => excerpt(text.slice(startOf(node), node.position?.end.offset));

/** `javascript:` destinations of Markdown links, images and link definitions. */
function urlFinding(text: string, node: Nodes): Finding[] {
	if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && isJavascriptUrl(node.url)) {
		return [{ offset: startOf(node), what: 'lien javascript:', source: sourceOf(text, node) }];
	}
	return [];
}

/** Code in Markdown, as micromark reads it for the site (GFM, raw HTML kept as `html` nodes). */
export function markdownFindings(text: string): Finding[] {
	// Without `<` there is no HTML, and a `javascript:` URL needs a character reference (`&…`) or
	// that scheme written out, whatever the case, invisible characters (which isJavascriptUrl
	// drops too) and backslash escapes: nothing to parse otherwise, as for most texts.
	if (!/[<&]/.test(text) && !/javascript:/i.test(text.replace(/[\\\u0000-\u0020\u007f-\u009f\u00ad\u200b-\u200d\ufeff]/g, ''))) return [];
	const found: Finding[] = [];
	visit(fromMarkdown(text, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] }), (node) => {
		if (node.type === 'html') found.push(...htmlFindings(text, node.value, startOf(node)));
		found.push(...urlFinding(text, node));
	});
	return found;
}

/** Code in an MDX body, as MDX reads it: ESM, expressions, JSX elements and attributes, links. */
export function mdxFindings(text: string): { found: Finding[]; error?: { offset: number; reason: string } } {
	let tree;
	try {
		tree = fromMarkdown(text, { extensions: [mdxjs(), gfm()], mdastExtensions: [mdxFromMarkdown(), gfmFromMarkdown()] });
	} catch (error) {
		// MDX that does not parse would not build either; still name what it holds, read as Markdown.
		const { place, reason = String(error) } = error as { place?: { offset?: number; line?: number; start?: { offset?: number; line?: number } }; reason?: string };
		const point = place && 'start' in place ? place.start : place;
		// Some messages carry their place only in their text: "… (3:1-3:17)".
		const suffix = / \((\d+):\d+(?:-\d+:\d+)?\)$/.exec(reason);
		const line = point?.line ?? (suffix ? Number(suffix[1]) : 1);
		const offset = point?.offset ?? text.split('\n').slice(0, line - 1).join('\n').length + (line > 1 ? 1 : 0);
		return { found: markdownFindings(text), error: { offset, reason: suffix ? reason.slice(0, suffix.index) : reason } };
	}
	const found: Finding[] = [];
	visit(tree, (node) => {
		if (node.type === 'mdxjsEsm') {
			const program = node.data?.estree as Program | undefined;
			for (const statement of program?.body ?? []) {
				const start = (statement as { start?: number }).start ?? startOf(node);
				const end = (statement as { end?: number }).end;
				found.push({ offset: start, what: statement.type === 'ImportDeclaration' ? 'instruction import' : 'instruction export', source: excerpt(text.slice(start, end)) });
			}
			if (!program?.body.length) found.push({ offset: startOf(node), what: /^\s*import/.test(node.value) ? 'instruction import' : 'instruction export', source: sourceOf(text, node) });
		}
		if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') found.push({ offset: startOf(node), what: 'expression {…}', source: sourceOf(text, node) });
		if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
			const tag = node.name?.split(/[.:]/).at(-1)?.toLowerCase();
			if (tag && FORBIDDEN_ELEMENTS.has(tag)) found.push({ offset: startOf(node), what: `balise <${tag}>`, source: sourceOf(text, node) });
			for (const attribute of node.attributes) {
				const where = { offset: attribute.position?.start.offset ?? startOf(node), source: excerpt(text.slice(attribute.position?.start.offset ?? startOf(node), attribute.position?.end.offset)) };
				if (attribute.type === 'mdxJsxExpressionAttribute') {
					found.push({ ...where, what: 'expression {…}' });
					continue;
				}
				if (/^on./i.test(attribute.name)) found.push({ ...where, what: `attribut ${attribute.name.toLowerCase()}` });
				if (typeof attribute.value === 'string' && isJavascriptUrl(attribute.value)) found.push({ ...where, what: 'lien javascript:' });
				if (attribute.value && typeof attribute.value === 'object') found.push({ ...where, what: 'expression {…}' });
			}
		}
		found.push(...urlFinding(text, node));
	});
	return { found };
}

const FRONTMATTER = /(?:^\uFEFF?|^\s*\n)(---|\+\+\+)([\s\S]*?\n)(?:---|\+\+\+)/;

/** Where the frontmatter sits in a file, and how offsets of the body (the file without it, as Astro reads it) map back to the file. */
function layout(text: string) {
	const match = FRONTMATTER.exec(text);
	if (!match) return { yaml: undefined, yamlStart: 0, bodyToFile: (offset: number) => offset };
	const raw = match[2]!;
	const delimStart = match.index + match[0].length - raw.length - 6;
	const removed = raw.length + 6;
	return {
		yaml: match[1] === '---' ? raw : undefined,
		yamlStart: delimStart + 3,
		bodyToFile: (offset: number) => (offset < delimStart ? offset : offset + removed),
	};
}

const lineAt = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

/** Every string of parsed YAML data, with its dotted path, in document order. */
function strings(data: unknown, path: string[] = []): { path: string; value: string }[] {
	if (typeof data === 'string') return [{ path: path.join('.'), value: data }];
	if (Array.isArray(data)) return data.flatMap((item, i) => strings(item, [...path, String(i)]));
	if (data && typeof data === 'object' && !(data instanceof Date)) return Object.entries(data).flatMap(([key, value]) => strings(value, [...path, key]));
	return [];
}

/** The source range of every scalar of a YAML text, by dotted path. */
function scalarRanges(yamlText: string): Map<string, [number, number]> {
	const ranges = new Map<string, [number, number]>();
	const document = parseDocument(yamlText);
	const walk = (node: unknown, path: string[]) => {
		if (isMap(node)) {
			for (const pair of node.items) if (isPair(pair)) walk(pair.value, [...path, String(isScalar(pair.key) ? pair.key.value : pair.key)]);
		} else if (isSeq(node)) {
			node.items.forEach((item, i) => walk(item, [...path, String(i)]));
		} else if (isScalar(node) && node.range) {
			ranges.set(path.join('.'), [node.range[0], node.range[1]]);
		}
	};
	walk(document.contents as YamlNode | null, []);
	return ranges;
}

/** The n-th (from 0) occurrence of `needle` in `text` from `from` up to `to`, or -1. */
function nthIndex(text: string, needle: string, n: number, from: number, to: number): number {
	let at = from - 1;
	for (let i = 0; i <= n; i++) {
		at = text.indexOf(needle, at + 1);
		if (at === -1 || at + needle.length > to) return -1;
	}
	return at;
}

/**
 * Code in the strings of YAML data (a frontmatter or a register), each read as Markdown.
 * The data is the parsed data the site renders; the offending text is then looked up in the
 * YAML source (`yamlText`, at `yamlStart` in `text`) to give its line in the file.
 */
function yamlFindings(text: string, data: unknown, yamlText: string | undefined, yamlStart: number): (Finding & { field: string })[] {
	// The YAML is parsed again for positions only when there is something to place (rarely).
	let ranges: Map<string, [number, number]> | undefined;
	const rangeOf = (path: string) => {
		if (ranges === undefined) {
			ranges = new Map();
			try {
				if (yamlText !== undefined) ranges = scalarRanges(yamlText);
			} catch {
				// Positions are a courtesy: the findings still come from the parsed data.
			}
		}
		return ranges.get(path);
	};
	const regionEnd = yamlStart + (yamlText?.length ?? 0);
	return strings(data).flatMap(({ path, value }) =>
		markdownFindings(value).map((finding) => {
			// The offending text up to a space or quote: YAML folding and quoting never change it.
			const needle = /^[^\s"'\\]{1,30}/.exec(value.slice(finding.offset))?.[0] ?? value.slice(finding.offset, finding.offset + 1);
			let n = 0;
			for (let at = value.indexOf(needle); at !== -1 && at < finding.offset; at = value.indexOf(needle, at + 1)) n++;
			const range = rangeOf(path);
			const [from, to] = range ? [yamlStart + range[0], yamlStart + range[1]] : [yamlStart, regionEnd];
			const at = [nthIndex(text, needle, n, from, to), nthIndex(text, needle, 0, from, to)].find((i) => i !== -1) ?? from;
			return { ...finding, field: path, offset: at };
		}),
	);
}

/** The issues of one content file: its frontmatter (or whole YAML) strings, and its body read as MDX or Markdown. */
function fileIssues(file: string, text: string, data: unknown, body: { text: string; mdx: boolean } | undefined, wholeYaml = false): ContentIssue[] {
	const issue = (field: string, offset: number, what: string, source: string): ContentIssue => ({
		file,
		field,
		line: lineAt(text, offset),
		problem: `code interdit dans un fichier de contenu : ${what}`,
		value: source,
		expected: SAFE_CONTENT_EXPECTED,
	});
	const issues: ContentIssue[] = [];
	const { yaml, yamlStart, bodyToFile } = wholeYaml ? { yaml: text, yamlStart: 0, bodyToFile: (o: number) => o } : layout(text);
	for (const finding of yamlFindings(text, data, yaml, yamlStart)) issues.push(issue(finding.field, finding.offset, finding.what, finding.source));
	if (body && body.text.trim() !== '') {
		const { found, error } = body.mdx ? mdxFindings(body.text) : { found: markdownFindings(body.text), error: undefined };
		if (error) {
			issues.push({ file, field: '(corps du fichier)', line: lineAt(text, bodyToFile(error.offset)), problem: `corps MDX illisible, impossible d’y vérifier l’absence de code : ${error.reason}`, expected: SAFE_CONTENT_EXPECTED });
		}
		for (const finding of found) issues.push(issue('(corps du fichier)', bodyToFile(finding.offset), finding.what, finding.source));
	}
	return issues.sort((a, b) => a.line! - b.line!);
}

/** The safety pass of the check: no content file may hold code. */
export function codeIssues(tree: ContentTree): ContentIssue[] {
	return [
		...tree.editions.filter((e) => e.parseError === undefined).flatMap((e) => fileIssues(e.file, e.text, e.data, { text: e.body, mdx: e.file.endsWith('.mdx') })),
		...tree.texts.filter((t) => t.parseError === undefined).flatMap((t) => fileIssues(t.file, t.text, t.data, { text: t.body, mdx: t.file.endsWith('.mdx') })),
		...tree.bilans.filter((b) => b.parseError === undefined).flatMap((b) => fileIssues(b.file, b.text, b.data, { text: b.body, mdx: b.file.endsWith('.mdx') })),
		...tree.registers.filter((r) => r.entries !== undefined).flatMap((r) => fileIssues(r.file, r.text ?? '', r.entries, undefined, true)),
	];
}
