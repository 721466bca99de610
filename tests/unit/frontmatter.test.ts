import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readContentTree } from '../../src/lib/content/tree';
import { parseYaml, renderField, rewriteFrontmatter, splitFrontmatter, topLevelChunks } from '../../src/lib/content/frontmatter';
import { withEdition } from '../../src/lib/editions/revision';
import { ROOT } from '../helpers/site';

const files = readContentTree(ROOT).editions.map((e) => ({ file: e.file, text: readFileSync(join(ROOT, e.file), 'utf8') }));

describe('frontmatter: reading and writing the content files’ YAML', () => {
	test('every field of every content file, rendered in the canonical style, reads back as the same value', () => {
		for (const { file, text } of files) {
			const data = parseYaml(splitFrontmatter(text)!.yaml);
			for (const [key, value] of Object.entries(data)) expect(parseYaml(renderField(key, value))[key], `${file} — ${key}`).toEqual(value);
		}
	});

	test.each([
		['guillemets " et \\ barre', 'x'],
		['  commence par des espaces\nsuite', 'x'],
		['fin de ligne\n', 'x'],
		['deux fins\n\n', 'x'],
		['\nligne vide au début', 'x'],
		['ligne\n   \nd’espaces', 'x'],
		['# pas un commentaire\n- pas une liste\nclé: valeur', 'x'],
		['true', 'x'],
		['2023', 'x'],
		['séparateur\u2028de ligne', 'x'],
		['', 'x'],
		['tab\tulation\nsur deux lignes', 'x'],
	])('a tricky string reads back unchanged: %j', (value) => {
		expect(parseYaml(renderField('champ', value)).champ).toBe(value);
		expect(parseYaml(renderField('liste', [value, 'autre'])).liste).toEqual([value, 'autre']);
	});

	test('the canonical style is the one of the files: quoted text, bare keys and dates, Markdown blocks', () => {
		expect(renderField('id', 'S1.1')).toBe('id: "S1.1"\n');
		expect(renderField('pilotes', ['capeb', 'afpa'])).toBe('pilotes: [capeb, afpa]\n');
		expect(renderField('ambitions', [1, 3])).toBe('ambitions: [1, 3]\n');
		expect(renderField('partenaires', [])).toBe('partenaires: []\n');
		expect(renderField('synthese', 'Premier paragraphe.\n\n- un\n- deux')).toBe('synthese: |-\n  Premier paragraphe.\n\n  - un\n  - deux\n');
		expect(renderField('objectifs', ['Un objectif'])).toBe('objectifs:\n  - "Un objectif"\n');
		expect(renderField('plan', [{ action: 'A', calendrier: '' }, { groupe: 'G', lignes: [{ action: 'B' }] }])).toBe(
			'plan:\n  - action: "A"\n    calendrier: ""\n  - groupe: "G"\n    lignes:\n      - action: "B"\n',
		);
		expect(renderField('edition', { annee: 2025, adoptee_le: '2025-03-14', motif: 'Révision' })).toBe('edition:\n  annee: 2025\n  adoptee_le: 2025-03-14\n  motif: "Révision"\n');
	});

	test('the top-level chunks of every file are exactly its frontmatter, one per field', () => {
		for (const { file, text } of files) {
			const { yaml } = splitFrontmatter(text)!;
			const chunks = topLevelChunks(yaml);
			expect(chunks.map((c) => c.text).join(''), file).toBe(yaml);
			expect(chunks.map((c) => c.key), file).toEqual(Object.keys(parseYaml(yaml)));
		}
	});

	test('rewriting with unchanged data gives back every file byte for byte', () => {
		for (const { file, text } of files) expect(rewriteFrontmatter(text, parseYaml(splitFrontmatter(text)!.yaml)), file).toBe(text);
	});

	test('rewriting changes the changed fields only; new fields go after the field that precedes them in the schema’s order', () => {
		const text = '---\n# En-tête conservé\nid: "X"\ntitre: "Titre"\nliste:\n  - "a"\nedition:\n  annee: 2023\n---\n';
		const data = parseYaml(splitFrontmatter(text)!.yaml);
		const order = ['id', 'titre', 'sous_titre', 'liste', 'edition'];
		expect(rewriteFrontmatter(text, { ...data, titre: 'Nouveau' }, order)).toBe(text.replace('"Titre"', '"Nouveau"'));
		const { liste: _, ...withoutList } = data;
		expect(rewriteFrontmatter(text, withoutList, order)).toBe(text.replace('liste:\n  - "a"\n', ''));
		expect(rewriteFrontmatter(text, { ...data, sous_titre: 'S' }, order)).toBe(text.replace('titre: "Titre"\n', 'titre: "Titre"\nsous_titre: "S"\n'));
		expect(rewriteFrontmatter(text, { ...data, inconnu: 1 }, order)).toBe(text.replace('---\n', '').replace(/^/, '---\n').replace('  annee: 2023\n', '  annee: 2023\ninconnu: 1\n'));
		expect(rewriteFrontmatter(undefined, { titre: 'T', id: 'X' }, order)).toBe('---\nid: "X"\ntitre: "T"\n---\n');
	});

	test('the revision command writes the edition block with the same renderer', () => {
		const text = '---\nid: "X"\nedition:\n  annee: 2023\n---\n';
		expect(withEdition(text, 2025, 'Révision annuelle', '2025-03-14')).toBe(rewriteFrontmatter(text, { id: 'X', edition: { annee: 2025, adoptee_le: '2025-03-14', motif: 'Révision annuelle' } }));
	});
});
