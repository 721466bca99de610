import { compile, parse, postprocess, preprocess } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';

/** Where rendered Markdown sits when several entities share a page (the print page). */
export interface Placement {
	/** Levels to add to every heading: a `##` of a field inside an h3-titled entity becomes an h4. */
	shift?: number;
	/** Prefix of every id, on top of `idPrefix`: the entity's anchor on a page that holds several. */
	anchorPrefix?: string;
}

/** GFM's syntax extension is plain data: built once, not for every field. */
const GFM = gfm();

/**
 * Renders a Markdown field to HTML. micromark escapes raw HTML and drops dangerous link
 * protocols by default, so a content field can never inject markup or script.
 * `idPrefix` keeps footnote ids unique when several fields share a page.
 * The result depends on the arguments alone: a text shown on several pages (its entity's, the
 * print page, comparisons…) is rendered once per build.
 */
export function renderMarkdown(text: string, idPrefix = 'n-', { shift = 0, anchorPrefix = '' }: Placement = {}): string {
	const key = `${idPrefix}\u0000${shift}\u0000${anchorPrefix}\u0000${text}`;
	let html = rendered.get(key);
	if (html === undefined) {
		html = render(text, idPrefix, shift, anchorPrefix);
		rendered.set(key, html);
	}
	return html;
}

const rendered = new Map<string, string>();

/**
 * micromark's parse of a text, as `micromark()` does it, kept: a long text shown on its page and
 * on the print page is compiled twice (other ids, shifted headings) but parsed once.
 */
function eventsOf(text: string): Events {
	let events = parsed.get(text);
	if (events === undefined) {
		events = postprocess(parse({ extensions: [GFM] }).document().write(preprocess()(text, undefined, true)));
		parsed.set(text, events);
	}
	return events;
}

type Events = ReturnType<typeof postprocess>;
const parsed = new Map<string, Events>();

/**
 * Whether a text is one line of plain prose, which Markdown renders as itself in a paragraph:
 * no character that starts Markdown or HTML syntax or needs escaping (`&<>"*_\`[]\\|~#@`,
 * line breaks, tabs), no list, heading or break marker at its start, no bare link
 * (`www.`, `://`), no surrounding spaces. Most of the contract's fields and table cells are such
 * lines; micromark's fixed cost per call made them a good share of the build.
 * tests/unit/markdown.test.ts holds that this gives micromark's output for every text of the contract.
 */
export const isPlainLine = (text: string) =>
	/^[^\s+=-]/.test(text) && /\S$/.test(text) && !/[\n\r\t&<>"*_`[\]\\|~#@]|www\.|:\/\//i.test(text) && !/^\d+[.)]/.test(text);

function render(text: string, idPrefix: string, shift: number, anchorPrefix: string): string {
	if (isPlainLine(text)) return shiftHeadings(structureTables(`<p>${text}</p>`, anchorPrefix), shift);
	const html = structureTables(
		compile({
			htmlExtensions: [
				gfmHtml({
					clobberPrefix: anchorPrefix + idPrefix,
					label: 'Notes',
					labelTagName: 'h2',
					labelAttributes: 'class="sr-only"',
					backLabel: (index) => `Retour à l’appel de note ${index + 1}`,
				}),
			],
		})(eventsOf(text)),
		anchorPrefix,
	);
	// micromark names the notes' heading `footnote-label` whatever the prefix: give it the entity's.
	const placed = anchorPrefix ? html.replace(/(id|aria-describedby)="footnote-label"/g, `$1="${anchorPrefix}footnote-label"`) : html;
	return shiftHeadings(placed, shift);
}

/** Moves every heading down by `shift` levels, never below h6. */
export function shiftHeadings(html: string, shift: number): string {
	if (shift === 0) return html;
	return html.replace(/<(\/?)h([1-6])(?=[\s>])/g, (_, slash: string, level: string) => `<${slash}h${Math.min(6, Number(level) + shift)}`);
}

/**
 * Accessible tables from GFM: a paragraph "Tableau : <titre>" just before a table becomes its
 * caption, column headers get a scope, and the table scrolls inside a focusable region.
 * A paragraph "Figure : <titre>" names a figure whose data the source lost.
 */
function structureTables(html: string, anchorPrefix: string): string {
	return html
		.replace(/(?:<p>Tableau : ([\s\S]*?)<\/p>\n)?<table>([\s\S]*?)<\/table>/g, (_, caption: string | undefined, inner: string) => {
			const label = caption ? ` aria-label="${caption.replace(/<[^>]+>/g, '').replace(/"/g, '&quot;')}"` : '';
			const body = inner.replace(/<thead>([\s\S]*?)<\/thead>/, (head: string) => head.replace(/<th( align="\w+")?>/g, '<th scope="col"$1>'));
			return `<div class="table-defilante" tabindex="0" role="region"${label}><table>${caption ? `<caption>${caption}</caption>` : ''}${body}</table></div>`;
		})
		// Numbered sources of the diagnostic ("12] Insee, …") get an anchor the note calls link to.
		.replace(/<li>(\d+)\] /g, `<li id="${anchorPrefix}source-$1">$1] `)
		.replace(/<p>Figure : ([\s\S]*?)<\/p>/g, '<figure class="figure-perdue"><figcaption><span class="etiquette">Figure (non reproduite) :</span> $1</figcaption></figure>');
}

/** Renders one line of Markdown (a list item, a table cell, a title) without its paragraph wrapper. */
export function renderInline(text: string): string {
	const html = renderMarkdown(text);
	const single = /^<p>([\s\S]*)<\/p>\n?$/.exec(html);
	return single && !single[1]!.includes('<p>') ? single[1]! : html;
}

/** URL fragment for a French heading: accents folded, words joined by hyphens. */
export function slugify(text: string): string {
	return text
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/œ/g, 'oe')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
}

export interface Heading {
	depth: number;
	slug: string;
	text: string;
}

/**
 * Gives every heading of rendered HTML (h2 to h6, shifted or not) an id, and returns them for the
 * table of contents. `prefix` keeps the ids unique on a page that holds several texts.
 */
export function anchorHeadings(html: string, prefix = ''): { html: string; headings: Heading[] } {
	const headings: Heading[] = [];
	const out = html.replace(/<h([2-6])>([\s\S]*?)<\/h\1>/g, (_, depth: string, inner: string) => {
		const text = inner.replace(/<[^>]+>/g, '').trim();
		const slug = prefix + slugify(text);
		headings.push({ depth: Number(depth), slug, text });
		return `<h${depth} id="${slug}">${inner}</h${depth}>`;
	});
	return { html: out, headings };
}

/** A long text with anchored headings: its HTML and its table of contents, placed like its page's other texts. */
export const anchoredText = (text: string, idPrefix: string, place: Placement = {}) =>
	anchorHeadings(renderMarkdown(text, idPrefix, place), place.anchorPrefix);
