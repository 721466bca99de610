import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { describe, expect, test } from 'vitest';
import { readContentTree } from '../../src/lib/content/tree';
import { anchorHeadings, isPlainLine, renderInline, renderMarkdown, slugify } from '../../src/lib/views/markdown';
import { ROOT } from '../helpers/site';

describe('Markdown fields', () => {
	test('lists stay lists, nested items nested', () => {
		expect(renderMarkdown('- un\n  - deux\n- trois')).toBe('<ul>\n<li>un\n<ul>\n<li>deux</li>\n</ul>\n</li>\n<li>trois</li>\n</ul>');
	});

	test('raw HTML in a field is shown as text, never injected', () => {
		const html = renderMarkdown('Avant <script>alert(1)</script> <iframe src="x"></iframe> après');
		expect(html).not.toContain('<script>');
		expect(html).not.toContain('<iframe');
		expect(html).toContain('&lt;script&gt;');
	});

	test('javascript: links lose their target', () => {
		expect(renderMarkdown('[clic](javascript:alert(1))')).toBe('<p><a href="">clic</a></p>');
	});

	test('footnotes are linked both ways with French labels and page-unique ids', () => {
		const html = renderMarkdown('Texte[^3].\n\n[^3]: La note.', 'principe-1-');
		expect(html).toContain('<a href="#principe-1-fn-3" id="principe-1-fnref-3" data-footnote-ref="" aria-describedby="footnote-label">1</a>');
		expect(html).toContain('id="principe-1-fn-3"');
		expect(html).toContain('aria-label="Retour à l’appel de note 1"');
		expect(html).toContain('>Notes</h2>');
	});

	test('inline rendering drops the paragraph but keeps emphasis', () => {
		expect(renderInline('Créer un **réseau**')).toBe('Créer un <strong>réseau</strong>');
	});

	test('headings get French-friendly anchors for the table of contents', () => {
		const { html, headings } = anchorHeadings(renderMarkdown('## Une gouvernance renouvelée\n\n### Mesure de l’avancement'));
		expect(headings).toEqual([
			{ depth: 2, slug: 'une-gouvernance-renouvelee', text: 'Une gouvernance renouvelée' },
			{ depth: 3, slug: 'mesure-de-l-avancement', text: 'Mesure de l’avancement' },
		]);
		expect(html).toContain('<h2 id="une-gouvernance-renouvelee">');
		expect(slugify('Œuvre élevée')).toBe('oeuvre-elevee');
	});
});

describe('tables and lost figures in narrative chapters', () => {
	test('a "Tableau :" line becomes the caption of the table that follows, headers get a scope', () => {
		const html = renderMarkdown('Tableau : TOP 10 des métiers\n\n| Métier | Tension |\n|---|---|\n| Couvreurs | Très élevée |');
		expect(html).toContain('<div class="table-defilante" tabindex="0" role="region" aria-label="TOP 10 des métiers"><table><caption>TOP 10 des métiers</caption>');
		expect(html).toContain('<th scope="col">Métier</th>');
		expect(html).toContain('<td>Très élevée</td>');
		expect(html).not.toContain('<p>Tableau');
	});

	test('a "Figure :" line names a lost figure without inventing it', () => {
		expect(renderMarkdown('Figure : Implantation des EHPAD (Source : FINESS)')).toBe(
			'<figure class="figure-perdue"><figcaption><span class="etiquette">Figure (non reproduite) :</span> Implantation des EHPAD (Source : FINESS)</figcaption></figure>',
		);
	});
});

describe('plain lines skip the Markdown parser, with the same HTML', () => {
	const viaMicromark = (text: string) => micromark(text, { extensions: [gfm()], htmlExtensions: [gfmHtml()] });
	/** Every string of the contract: fields of every edition, registers, and each line of the chapters. */
	const contractStrings = () => {
		const tree = readContentTree(ROOT);
		const out: string[] = [];
		const walk = (value: unknown) => {
			if (typeof value === 'string') out.push(value, ...value.split('\n'));
			else if (Array.isArray(value)) value.forEach(walk);
			else if (value && typeof value === 'object' && !(value instanceof Date)) Object.values(value).forEach(walk);
		};
		walk(tree.editions.map((e) => e.data));
		walk(tree.registers);
		walk(tree.texts);
		return [...new Set(out)];
	};

	test('every plain line of the contract renders as micromark renders it', () => {
		const plain = contractStrings().filter(isPlainLine);
		expect(plain.length).toBeGreaterThan(1000);
		const differing = plain.filter((text) => viaMicromark(text) !== `<p>${text}</p>`);
		expect(differing).toEqual([]);
		for (const text of plain.slice(0, 50)) expect(renderMarkdown(text)).toBe(viaMicromark(text));
	});

	test('anything Markdown or HTML would read otherwise goes to the parser', () => {
		const syntax = [
			'- item', '+ item', '* item', '1. item', '12) item', '# Titre', '> citation', '=== ', 'Un **gras**', 'un _mot_', 'du `code`',
			'[lien](https://exemple.fr)', 'appel[^1]', 'www.exemple.fr', 'voir https://exemple.fr', 'a@exemple.fr', 'A & B', 'a < b', 'a > b',
			'« cité » "guillemets"', 'col | col', '~~barré~~', 'échappé \\*', '    code indenté', ' espace', 'fin ', 'deux\nlignes', 'tab\tulation', '',
		];
		for (const text of syntax) expect(isPlainLine(text), text).toBe(false);
		for (const text of ['Hauts-de-France : 6 millions d’habitants (2021).', 'S1.4 — Bâtiment, 2023 ; 12,5 % !', 'Figure : carte des bassins']) {
			expect(isPlainLine(text), text).toBe(true);
			expect(viaMicromark(text)).toBe(`<p>${text}</p>`);
		}
	});
});
