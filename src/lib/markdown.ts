import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';

/**
 * Renders a Markdown field to HTML. micromark escapes raw HTML and drops dangerous link
 * protocols by default, so a content field can never inject markup or script.
 * `idPrefix` keeps footnote ids unique when several fields share a page.
 */
export function renderMarkdown(text: string, idPrefix = 'n-'): string {
	return structureTables(micromark(text, {
		extensions: [gfm()],
		htmlExtensions: [
			gfmHtml({
				clobberPrefix: idPrefix,
				label: 'Notes',
				labelTagName: 'h2',
				labelAttributes: 'class="sr-only"',
				backLabel: (index) => `Retour à l’appel de note ${index + 1}`,
			}),
		],
	}));
}

/**
 * Accessible tables from GFM: a paragraph "Tableau : <titre>" just before a table becomes its
 * caption, column headers get a scope, and the table scrolls inside a focusable region.
 * A paragraph "Figure : <titre>" names a figure whose data the source lost.
 */
function structureTables(html: string): string {
	return html
		.replace(/(?:<p>Tableau : ([\s\S]*?)<\/p>\n)?<table>([\s\S]*?)<\/table>/g, (_, caption: string | undefined, inner: string) => {
			const label = caption ? ` aria-label="${caption.replace(/<[^>]+>/g, '').replace(/"/g, '&quot;')}"` : '';
			const body = inner.replace(/<thead>([\s\S]*?)<\/thead>/, (head: string) => head.replace(/<th( align="\w+")?>/g, '<th scope="col"$1>'));
			return `<div class="table-defilante" tabindex="0" role="region"${label}><table>${caption ? `<caption>${caption}</caption>` : ''}${body}</table></div>`;
		})
		// Numbered sources of the diagnostic ("12] Insee, …") get an anchor the note calls link to.
		.replace(/<li>(\d+)\] /g, '<li id="source-$1">$1] ')
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

/** Gives every h2/h3 of rendered HTML an id, and returns them for the table of contents. */
export function anchorHeadings(html: string): { html: string; headings: Heading[] } {
	const headings: Heading[] = [];
	const out = html.replace(/<h([23])>([\s\S]*?)<\/h\1>/g, (_, depth: string, inner: string) => {
		const text = inner.replace(/<[^>]+>/g, '').trim();
		const slug = slugify(text);
		headings.push({ depth: Number(depth), slug, text });
		return `<h${depth} id="${slug}">${inner}</h${depth}>`;
	});
	return { html: out, headings };
}
