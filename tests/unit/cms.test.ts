import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { CMS_COLLECTIONS, REFERENCE_FIELDS, settingsFromEnv, DEFAULT_REPO } from '../../src/lib/editor/config';
import { createFormat, expandCmsConfig, SOURCE_KEY, TYPE_KEY, type CmsField } from '../../src/lib/editor/format';
import { readContentTree } from '../../src/lib/content/tree';
import { ENTITY_TYPES } from '../../src/lib/content/entities';
import { parseYaml, splitFrontmatter } from '../../src/lib/content/frontmatter';
import { withEdition } from '../../src/lib/editions/revision';
import { groupeActionsSchema, ligneActionSchema, sousActionSchema } from '../../src/schemas/fiche';
import { configOf, fieldsOf, sourcesOf } from '../helpers/cms';
import { ROOT } from '../helpers/site';

const tree = readContentTree(ROOT);
const config = configOf(ROOT);
const fields = { fiches: fieldsOf(ROOT, 'fiches'), engagements: fieldsOf(ROOT, 'engagements') };
const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');
const dataOf = (text: string) => parseYaml(splitFrontmatter(text)!.yaml);

/** The keys of a Zod object, through optional wrappers. */
const shapeKeys = (schema: z.ZodType): string[] => {
	let def = (schema as unknown as { _zod: { def: { type: string; innerType?: z.ZodType; shape?: object } } })._zod.def;
	while (def.innerType) def = (def.innerType as unknown as { _zod: { def: typeof def } })._zod.def;
	return Object.keys(def.shape ?? {});
};
const field = (list: CmsField[], name: string) => list.find((f) => f.name === name)!;

describe('the editor’s form is generated from the schemas', () => {
	test.each(CMS_COLLECTIONS)('%s: the form has exactly the schema’s fields, in its order, each with a French label', (collection) => {
		const schema = ENTITY_TYPES[collection].schema;
		expect(fields[collection].map((f) => f.name)).toEqual(shapeKeys(schema));
		const edition = field(fields[collection], 'edition');
		expect(edition.fields!.map((f) => f.name)).toEqual(['annee', 'adoptee_le', 'motif']);
		const all = (list: CmsField[]): CmsField[] => list.flatMap((f) => [f, ...all(f.fields ?? []), ...all(f.types?.flatMap((t) => t.fields) ?? [])]);
		for (const f of all(fields[collection])) expect(f.label, f.name).toMatch(/\p{L}/u);
	});

	test('the plan d’actions offers two kinds of items, a row and a group, with exactly the schema’s fields', () => {
		const plan = field(fields.fiches, 'plan_actions');
		expect(plan).toMatchObject({ widget: 'list', typeKey: TYPE_KEY, min: 1 });
		expect(plan.types!.map((t) => [t.name, t.label])).toEqual([
			['ligne', 'Ligne'],
			['groupe', 'Groupe de sous-actions'],
		]);
		const [ligne, groupe] = plan.types!;
		expect(ligne!.fields.map((f) => f.name)).toEqual(shapeKeys(ligneActionSchema));
		expect(ligne!.fields.map((f) => f.label)).toEqual(['Identifiant', 'Actions', 'Résultats attendus', 'Livrables et indicateurs', 'Calendrier']);
		// A new row's identifier may be left empty: saving numbers it.
		expect(field(ligne!.fields, 'id').hint).toMatch(/laissez-le vide/);
		// A cell may be empty, and is written even then.
		for (const cell of ligne!.fields) expect(cell).toMatchObject({ required: false, default: '' });
		expect(groupe!.fields.map((f) => f.name)).toEqual(shapeKeys(groupeActionsSchema));
		expect(field(groupe!.fields, 'lignes').fields!.map((f) => f.name)).toEqual(shapeKeys(sousActionSchema));
	});

	test('kinds, required fields and checks follow the schema', () => {
		const f = fields.fiches;
		expect(field(f, 'id')).toMatchObject({ widget: 'string', pattern: ['^S[1-4]\\.[1-9][0-9]?$', expect.stringContaining('S1.1')] });
		expect(field(f, 'id').required).toBeUndefined();
		expect(field(f, 'titre')).toMatchObject({ widget: 'text', hint: 'Intitulé de la fiche, tel que sur la fiche' });
		expect(field(f, 'situation_de_depart')).toMatchObject({ widget: 'markdown', modes: ['raw'] });
		expect(field(f, 'partenaires_texte')).toMatchObject({ widget: 'markdown', required: false });
		expect(field(f, 'mise_en_oeuvre_action')).toMatchObject({ widget: 'text', required: false });
		expect(field(f, 'objectifs_operationnels')).toMatchObject({ widget: 'list', min: 1, summary: '{{fields.id}} — {{fields.texte}}' });
		expect(field(f, 'objectifs_operationnels').fields!.map((x) => [x.name, x.label, x.widget])).toEqual([
			['id', 'Identifiant', 'string'],
			['texte', 'Texte', 'text'],
		]);
		const edition = field(f, 'edition').fields!;
		expect(field(edition, 'annee')).toMatchObject({ widget: 'number', value_type: 'int', min: 2022, max: 2028 });
		expect(field(edition, 'adoptee_le')).toMatchObject({ widget: 'string', required: false, pattern: ['^\\d{4}-\\d{2}-\\d{2}$', 'Attendu : date au format AAAA-MM-JJ'] });
		expect(field(edition, 'motif')).toMatchObject({ widget: 'text', required: false });
		// Every Markdown field of the schema, and only those, gets the Markdown editor.
		const markdown = f.filter((x) => x.widget === 'markdown').map((x) => x.name);
		expect(markdown).toEqual(['synthese', 'partenaires_texte', 'secteurs_concernes', 'territoires_concernes', 'situation_de_depart', 'publics_cibles', 'complements']);
	});

	test('reference fields offer the keys of the registers and collections they point to', () => {
		const registerKeys = (collection: string) => Object.keys(tree.registers.find((r) => r.collection === collection)!.entries!).sort();
		const values = (f: CmsField) => f.options!.map((o) => (typeof o === 'object' ? o.value : o));
		for (const name of ['pilotes', 'partenaires'] as const) expect(values(field(fields.fiches, name)).toSorted()).toEqual(registerKeys('organisations'));
		expect(values(field(fields.fiches, 'secteurs')).toSorted()).toEqual(registerKeys('secteurs'));
		expect(values(field(fields.fiches, 'territoires')).toSorted()).toEqual(registerKeys('territoires'));
		for (const collection of ['fiches', 'engagements'] as const) expect(values(field(fields[collection], 'publics')).toSorted()).toEqual(registerKeys('publics'));
		expect(field(fields.fiches, 'publics').options).toContainEqual({ value: 'demandeurs-d-emploi', label: 'Demandeurs d’emploi' });
		expect(field(fields.fiches, 'pilotes')).toMatchObject({ widget: 'select', multiple: true, min: 1 });
		expect(field(fields.fiches, 'partenaires')).toMatchObject({ widget: 'select', multiple: true, required: false, default: [] });
		expect(field(fields.fiches, 'ambitions')).toMatchObject({ widget: 'select', multiple: true, min: 1, options: [1, 2, 3, 4].map((n) => ({ value: n, label: expect.stringMatching(new RegExp(`^Ambition ${n} — `)) })) });
		expect(field(fields.engagements, 'ambition')).toMatchObject({ widget: 'select', required: false });
		expect(field(fields.engagements, 'principe')).toMatchObject({ widget: 'select', required: false, options: [{ value: 1, label: expect.stringMatching(/^Principe 1 — /) }] });
		expect(field(fields.fiches, 'pilotes').options).toContainEqual({ value: 'capeb', label: expect.stringContaining('CAPEB') });
	});

	test('the table of reference fields is the one the check resolves', () => {
		const check = (collection: 'fiches' | 'engagements') => {
			const found = new Map<string, string>();
			for (const e of tree.editions.filter((x) => x.collection === collection && x.stem === 'index')) {
				for (const ref of ENTITY_TYPES[collection].references(ENTITY_TYPES[collection].schema.parse(e.data) as never)) found.set(ref.field.split('.')[0]!, ref.collection);
			}
			return Object.fromEntries([...found].sort());
		};
		expect(check('fiches')).toEqual(Object.fromEntries(Object.entries(REFERENCE_FIELDS.fiches).sort()));
		expect(check('engagements')).toEqual(Object.fromEntries(Object.entries(REFERENCE_FIELDS.engagements).sort()));
	});
});

describe('the editor’s configuration', () => {
	test('GitHub with open authoring and editorial workflow, the local proxy on localhost, in French', () => {
		expect(config).toMatchObject({
			load_config_file: false,
			locale: 'fr',
			backend: { name: 'github', repo: DEFAULT_REPO, branch: 'main', open_authoring: true },
			publish_mode: 'editorial_workflow',
			local_backend: { url: 'http://127.0.0.1:8081/api/v1' },
		});
		expect(settingsFromEnv({ CPRDFOP_DEPOT: 'region/cprdfop', CPRDFOP_OAUTH_URL: 'https://auth.example', CPRDFOP_EDITEUR_LOCAL: 'http://127.0.0.1:9000/api/v1' }, 'https://x/')).toEqual({
			repo: 'region/cprdfop',
			branch: 'main',
			oauthBaseUrl: 'https://auth.example',
			localBackendUrl: 'http://127.0.0.1:9000/api/v1',
			siteUrl: 'https://x/',
		});
	});

	test('one entry per living sheet and engagement, in contract order; no frozen edition, no creation, no deletion', () => {
		const [fiches, engagements] = config.collections;
		expect([fiches!.label, engagements!.label]).toEqual(['Fiches priorités sectorielles', 'Fiches engagements']);
		const living = (c: string) => tree.editions.filter((e) => e.collection === c && e.stem === 'index').map((e) => e.file).sort();
		expect(fiches!.files.map((f) => f.file).toSorted()).toEqual(living('fiches'));
		expect(engagements!.files.map((f) => f.file).toSorted()).toEqual(living('engagements'));
		expect(fiches!.files.slice(0, 2).map((f) => f.label)).toEqual([expect.stringMatching(/^S1\.1 — Mieux connaître/), expect.stringMatching(/^S1\.2 — /)]);
		expect(fiches!.files[9]!.label).toMatch(/^S1\.10 — /);
		for (const c of config.collections) expect(c).toMatchObject({ create: false, delete: false, format: `cprdfop-${c.name}` });
		// Decap's own form: each file gets its collection's fields.
		const expanded = expandCmsConfig(config);
		expect(new Set(expanded.collections[0]!.files.map((f) => f.fields)).size).toBe(1);
		expect(expanded.collections[0]!.files[0]!.fields.map((f) => f.name)).toEqual(fields.fiches.map((f) => f.name));
		expect('fields' in expanded.collections[0]!).toBe(false);
	});

	test('the sources of the configuration are the living entities only', () => {
		const sources = sourcesOf(ROOT);
		expect(sources.fiches.every((f) => !f.slug.includes('/'))).toBe(true);
		expect(sources.ambitions).toHaveLength(4);
	});
});

describe('the editor’s file format', () => {
	const living = (c: 'fiches' | 'engagements') => tree.editions.filter((e) => e.collection === c).map((e) => e.file);

	test.each(CMS_COLLECTIONS)('%s: saving an untouched file gives it back byte for byte', (collection) => {
		const format = createFormat(fields[collection]);
		for (const file of living(collection)) {
			const text = read(file);
			const data = format.fromFile(text);
			expect(data[SOURCE_KEY]).toBe(text);
			expect(format.toFile(data), file).toBe(text);
			// What Decap does with the data between reading and writing: a copy through plain objects.
			expect(format.toFile(JSON.parse(JSON.stringify(data))), file).toBe(text);
		}
	});

	test('reading tags each plan d’actions item with its kind; writing removes the tags', () => {
		const format = createFormat(fields.fiches);
		const data = format.fromFile(read('src/content/fiches/s3-7/index.mdx'));
		const kinds = (data.plan_actions as Record<string, unknown>[]).map((item) => item[TYPE_KEY]);
		expect(new Set(kinds)).toEqual(new Set(['ligne', 'groupe']));
		expect(format.toFile(data)).not.toContain(TYPE_KEY);
	});

	test('an edition changed in the editor is written exactly as npm run revision writes it', () => {
		const format = createFormat(fields.fiches);
		const text = read('src/content/fiches/s1-4/index.mdx');
		const edited = format.toFile({ ...format.fromFile(text), edition: { annee: 2025, adoptee_le: '2025-03-14', motif: 'Révision annuelle du pilote' } });
		expect(edited).toBe(withEdition(text, 2025, 'Révision annuelle du pilote', '2025-03-14'));
	});

	test('what Decap hands over is settled: new rows get their empty cells, emptied optional fields go, numbers stay numbers', () => {
		const format = createFormat(fields.fiches);
		const text = read('src/content/fiches/s1-1/index.mdx');
		const data = format.fromFile(text);
		const plan = data.plan_actions as Record<string, unknown>[];
		const saved = format.toFile({
			...data,
			ambitions: ['1'],
			partenaires: null,
			partenaires_texte: '',
			territoires_concernes: '   ',
			objectifs_operationnels: [...(data.objectifs_operationnels as object[]), { id: '', texte: 'Nouvel objectif' }, { id: '', texte: '' }],
			plan_actions: [
				...plan,
				{ [TYPE_KEY]: 'ligne', action: 'Nouvelle action' },
				{ [TYPE_KEY]: 'groupe', groupe: 'Nouveau groupe', lignes: [{ action: '', calendrier: '2026' }], action: '' },
			],
			edition: { annee: '2025', adoptee_le: '2025-03-14', motif: 'Révision' },
		});
		const result = dataOf(saved);
		expect(result.ambitions).toEqual([1]);
		expect(result.partenaires).toEqual([]);
		expect('partenaires_texte' in result).toBe(false);
		expect('territoires_concernes' in result).toBe(false);
		// New items are numbered after their siblings; an item left blank is dropped.
		const objectives = data.objectifs_operationnels as object[];
		expect(result.objectifs_operationnels).toEqual([...objectives, { id: `O${objectives.length + 1}`, texte: 'Nouvel objectif' }]);
		const n = plan.length;
		expect((result.plan_actions as unknown[]).slice(-2)).toEqual([
			{ id: `A${n + 1}`, action: 'Nouvelle action', resultats_attendus: '', livrables_indicateurs: '', calendrier: '' },
			{ id: `A${n + 2}`, groupe: 'Nouveau groupe', lignes: [{ id: `A${n + 2}.1`, action: '', resultats_attendus: '', livrables_indicateurs: '', calendrier: '2026' }] },
		]);
		expect(result.edition).toEqual({ annee: 2025, adoptee_le: '2025-03-14', motif: 'Révision' });
		expect(ENTITY_TYPES.fiches.schema.safeParse(result).success).toBe(true);
		// Unchanged fields keep their text: the first lines are untouched.
		expect(saved.split('\n').slice(0, 8)).toEqual(text.split('\n').slice(0, 8));
	});

	test('an engagement keeps its attachment when saved: the ambition, or the principle', () => {
		const format = createFormat(fields.engagements);
		for (const file of ['src/content/engagements/1-1/index.mdx', 'src/content/engagements/p1-1/index.mdx']) {
			const data = format.fromFile(read(file));
			const saved = dataOf(format.toFile({ ...data, ambition: data.ambition ?? '', principe: data.principe ?? null, titre: 'Nouveau titre' }));
			expect(ENTITY_TYPES.engagements.schema.safeParse(saved).success, file).toBe(true);
			expect(saved.titre).toBe('Nouveau titre');
		}
	});
});
