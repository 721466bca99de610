import type { z } from 'astro/zod';
import { CONTRACT_FIRST_YEAR, CONTRACT_LAST_YEAR } from '../../schemas/common';
import { bilanSchema, type Bilan } from '../../schemas/bilan';
import { texteSchema } from '../../schemas/texte';
import { bilanIssues, type CheckedBilan } from './bilans';
import { BILANS_FOLDER, LOCK_FILE, type BilanFile, type ContentTree, type EditionFile } from './tree';
import { fingerprint, histories } from './edition-model';
import { ENTITY_TYPES, LIVING_FILE, REGISTERS, REQUIRED_TEXTS, type EntityCollection } from './entities';
import type { ContentIssue } from './issues';
import { identifierIssues } from './item-ids';
import { codeIssues } from './mdx-safety';
import { HORS_REGISTRE_FILE, RUBRIC_FIELDS, rubricFindings, wordingTable, type RubricField, type WordingEntries } from './rubric-wordings';
import { libellesHorsRegistreSchema, type LibellesHorsRegistre } from '../../schemas/registres';
import { defOf } from './zod-defs';

/** A validated edition, ready for the edition model. */
export interface CheckedEdition {
	collection: EntityCollection;
	file: string;
	slug: string;
	/** The edition's year. */
	year: number;
	living: boolean;
	data: unknown;
}

export interface CheckResult {
	issues: ContentIssue[];
	editions: CheckedEdition[];
	/** The annual follow-ups that passed, placed on their entity and year. */
	bilans: CheckedBilan[];
	filesChecked: number;
}


/** The schema of the field at `path`, or undefined when the path leaves the schema. */
function schemaAt(schema: z.ZodType, path: PropertyKey[]): z.ZodType | undefined {
	const def = defOf(schema);
	if (def.type === 'optional' || def.type === 'nullable' || def.type === 'default') return schemaAt(def.innerType!, path);
	if (def.type === 'pipe') return schemaAt(defOf(def.in!).type === 'transform' ? def.out! : def.in!, path);
	if (path.length === 0) return schema;
	const [head, ...rest] = path;
	if (def.type === 'object' && typeof head === 'string' && def.shape?.[head]) return schemaAt(def.shape[head], rest);
	if (def.type === 'array' && typeof head === 'number') return schemaAt(def.element!, rest);
	if (def.type === 'union') {
		for (const option of def.options ?? []) {
			const found = schemaAt(option, path);
			if (found) return found;
		}
	}
	return undefined;
}

/** The French description of the field at `path`, or of its closest described parent. */
export function describeField(schema: z.ZodType, path: PropertyKey[]): string {
	for (let n = path.length; n >= 0; n--) {
		const found = schemaAt(schema, path.slice(0, n));
		const description = found?.description ?? (found && defOf(found).innerType?.description);
		if (description) return description;
	}
	return 'une valeur conforme au schéma';
}

const valueAt = (data: unknown, path: PropertyKey[]) =>
	path.reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined), data);

/**
 * A value matching no branch of a union (a plan d'actions row or group) gets the issues of the
 * branch it came closest to, so the message names the missing column rather than "invalid entry".
 */
function closestBranch(issue: z.core.$ZodIssue): z.core.$ZodIssue[] {
	if (issue.code !== 'invalid_union' || issue.errors.length === 0) return [issue];
	const best = issue.errors.reduce((a, b) => (b.length < a.length ? b : a));
	return best.flatMap((sub) => closestBranch({ ...sub, path: [...issue.path, ...sub.path] } as z.core.$ZodIssue));
}

/** Zod issues → contributor issues, one per bad field, in French. */
function schemaIssues(file: string, schema: z.ZodType, data: unknown, prefix: string[] = []): ContentIssue[] {
	const result = schema.safeParse(data);
	if (result.success) return [];
	return result.error.issues.flatMap(closestBranch).flatMap((issue): ContentIssue[] => {
		if (issue.code === 'unrecognized_keys') {
			return issue.keys.map((key) => ({
				file,
				field: [...prefix, ...issue.path.map(String), key].join('.'),
				problem: 'champ inconnu (faute de frappe ?)',
				value: valueAt(data, [...issue.path, key]),
				expected: `l'un des champs prévus : ${Object.keys(defOf(schemaAt(schema, issue.path)!).shape ?? {}).join(', ')}`,
			}));
		}
		const value = valueAt(data, issue.path);
		return [
			{
				file,
				field: [...prefix, ...issue.path.map(String)].join('.'),
				problem: value === undefined ? 'champ obligatoire manquant' : issue.message,
				value,
				expected: describeField(schema, issue.path),
			},
		];
	});
}

const expectedPlacement = (collection: string) =>
	`src/content/${collection}/<identifiant>/${LIVING_FILE} pour l'édition en vigueur, <identifiant>/<année>.mdx pour une édition remplacée`;

/** Validates every content file: schemas, placement, editions, unique ids, references, and no code anywhere. */
export function checkContent(tree: ContentTree): CheckResult {
	const issues: ContentIssue[] = [];
	const editions: CheckedEdition[] = [];
	const pendingRefs: { file: string; field: string; collection: string; key: string }[] = [];

	for (const file of tree.editions) {
		const type = ENTITY_TYPES[file.collection];
		const where = { file: file.file };
		if (file.parseError !== undefined) {
			issues.push({ ...where, field: '', problem: `en-tête YAML illisible : ${file.parseError}`, expected: 'un en-tête YAML valide entre deux lignes ---' });
			continue;
		}
		const living = file.stem === 'index';
		const frozenYear = /^\d{4}$/.test(file.stem) ? Number(file.stem) : undefined;
		if (!file.file.endsWith('.mdx') || (!living && frozenYear === undefined) || file.file.split('/').length !== 5) {
			issues.push({ ...where, field: '', problem: 'fichier mal placé ou mal nommé', expected: expectedPlacement(file.collection) });
			continue;
		}
		if (file.body.trim() !== '') {
			issues.push({ ...where, field: '(corps du fichier)', problem: "texte hors des champs : il ne serait pas publié", value: file.body.trim().slice(0, 80), expected: "un corps vide : chaque texte va dans son champ de l'en-tête" });
		}
		const found = schemaIssues(file.file, type.schema, file.data);
		issues.push(...found);
		if (found.length > 0) continue;

		const data = type.schema.parse(file.data);
		const slug = type.slug(data as never);
		if (slug !== file.folder) {
			issues.push({ ...where, field: identityField(file), problem: `l'identifiant donne le dossier « ${slug} », mais le fichier est dans « ${file.folder} »`, value: valueAt(data, [identityField(file)]), expected: `un identifiant qui correspond au dossier « ${file.folder} »` });
		}
		const year = (data as { edition: { annee: number } }).edition.annee;
		if (frozenYear !== undefined && frozenYear !== year) {
			issues.push({ ...where, field: 'edition.annee', problem: `l'édition figée ${file.stem}.mdx porte une autre année`, value: year, expected: `${frozenYear}, l'année qui nomme le fichier` });
		}
		for (const ref of type.references(data as never)) pendingRefs.push({ ...where, ...ref });
		editions.push({ collection: file.collection, file: file.file, slug: file.folder, year, living, data });
	}

	const validBilans: { file: BilanFile; data: Bilan }[] = [];
	for (const file of tree.bilans) {
		const where = { file: file.file };
		if (file.parseError !== undefined) {
			issues.push({ ...where, field: '', problem: `en-tête YAML illisible : ${file.parseError}`, expected: 'un en-tête YAML valide entre deux lignes ---' });
			continue;
		}
		if (!file.file.endsWith('.mdx') || !/^\d{4}$/.test(file.yearFolder)) {
			issues.push({ ...where, field: '', problem: 'bilan mal placé ou mal nommé', expected: `src/content/${BILANS_FOLDER}/<année>/<dossier de l'entité>.mdx (ex. src/content/${BILANS_FOLDER}/2024/s1-4.mdx)` });
			continue;
		}
		if (file.body.trim() !== '') {
			issues.push({ ...where, field: '(corps du fichier)', problem: "texte hors des champs : il ne serait pas publié", value: file.body.trim().slice(0, 80), expected: "un corps vide : chaque texte va dans son champ de l'en-tête (reussites, difficultes…)" });
		}
		const found = schemaIssues(file.file, bilanSchema, file.data);
		issues.push(...found);
		if (found.length > 0) continue;
		const data = bilanSchema.parse(file.data);
		data.etabli_par.forEach((key, i) => pendingRefs.push({ ...where, field: `etabli_par.${i}`, collection: 'organisations', key }));
		data.indicateurs.forEach((v, i) => v.territoire !== undefined && pendingRefs.push({ ...where, field: `indicateurs.${i}.territoire`, collection: 'territoires', key: v.territoire }));
		validBilans.push({ file, data });
	}
	const followUp = bilanIssues(validBilans, editions);

	issues.push(...editionRules(editions), ...lockIssues(tree), ...followUp.issues, ...registerIssues(tree, pendingRefs), ...wordingIssues(tree, editions), ...textIssues(tree), ...codeIssues(tree));
	return { issues, editions, bilans: followUp.bilans, filesChecked: tree.editions.length + tree.bilans.length + tree.registers.length + (tree.horsRegistre ? 1 : 0) + tree.texts.length };
}

/**
 * A published edition never changes: every frozen edition file must match the fingerprint
 * recorded when it was replaced, and a recorded edition may not disappear.
 */
function lockIssues(tree: ContentTree): ContentIssue[] {
	const lockFile = `src/content/${LOCK_FILE}`;
	if (tree.lockError !== undefined) return [{ file: lockFile, field: '', problem: `fichier illisible : ${tree.lockError}`, expected: 'un objet JSON { "chemin de l’édition figée": "sha256-…" }' }];
	const issues: ContentIssue[] = [];
	const frozen = tree.editions.filter((e) => /^\d{4}$/.test(e.stem));
	for (const e of frozen) {
		const recorded = tree.lock[e.file];
		if (recorded === undefined) {
			issues.push({ file: e.file, field: '', problem: 'édition figée absente du registre des éditions publiées', expected: `une édition figée créée par « npm run revision », qui l’inscrit dans ${lockFile}` });
		} else if (recorded !== fingerprint(e.text)) {
			issues.push({ file: e.file, field: '', problem: 'une édition publiée a été modifiée : une édition remplacée ne change jamais', expected: 'le texte de l’édition tel qu’il a été publié ; pour changer le contrat, créer une nouvelle édition avec « npm run revision »' });
		}
	}
	const present = new Set(frozen.map((e) => e.file));
	for (const file of Object.keys(tree.lock)) {
		if (!present.has(file)) issues.push({ file, field: '', problem: 'une édition publiée a été supprimée', value: file, expected: `le fichier tel qu’il a été publié (inscrit dans ${lockFile})` });
	}
	return issues;
}

/** Narrative chapters: a title and a non-empty Markdown body, in a .md file. */
function textIssues(tree: ContentTree): ContentIssue[] {
	const present = new Set(tree.texts.map((t) => t.file.replace(/^.*src\/content\/textes\//, '').replace(/\.md$/, '')));
	const missing = REQUIRED_TEXTS.filter((slug) => !present.has(slug)).map(
		(slug): ContentIssue => ({ file: `src/content/textes/${slug}.md`, field: '', problem: 'chapitre manquant : une page du site le publie', expected: 'un fichier avec un en-tête « titre » et le texte en Markdown' }),
	);
	return [...missing, ...tree.texts.flatMap((text): ContentIssue[] => {
		if (!text.file.endsWith('.md')) return [{ file: text.file, field: '', problem: 'fichier mal nommé', expected: 'un fichier src/content/textes/<nom>.md' }];
		if (text.parseError !== undefined) return [{ file: text.file, field: '', problem: `en-tête YAML illisible : ${text.parseError}`, expected: 'un en-tête YAML valide entre deux lignes ---' }];
		const issues = schemaIssues(text.file, texteSchema, text.data);
		if (text.body.trim() === '') issues.push({ file: text.file, field: '(corps du fichier)', problem: 'texte vide', expected: 'le texte du chapitre, en Markdown, après l’en-tête' });
		return [...issues, ...unitNoteCalls(text.file, text.text)];
	})];
}

/**
 * A ² or ³ right after a unit (km², m³) is the unit's exponent, not a call to a numbered source:
 * transcribed as a note link, it loses the exponent and sends the reader to a source the text does not cite.
 */
const UNIT_NOTE_CALL = /(?<!\p{L})([kcdm]?m) ?\[([²³])\]\([^)]*\)/gu;

function unitNoteCalls(file: string, text: string): ContentIssue[] {
	return [...text.matchAll(UNIT_NOTE_CALL)].map((m) => ({
		file,
		field: '(corps du fichier)',
		line: text.slice(0, m.index).split('\n').length,
		problem: `l’exposant de l’unité « ${m[1]}${m[2]} » est écrit comme un appel de note`,
		value: m[0],
		expected: `l’unité et son exposant, sans lien ni espace : « ${m[1]}${m[2]} »`,
	}));
}

/** The frontmatter key that carries an entity's identity. */
const identityField = (file: EditionFile) => (file.collection === 'propositions' ? 'ordre' : ['engagements', 'fiches'].includes(file.collection) ? 'id' : 'numero');

/** Per entity: one living edition, frozen editions before it in increasing years, motif and date from the second on. */
function editionRules(editions: CheckedEdition[]): ContentIssue[] {
	const issues: ContentIssue[] = [];
	// One grouping of editions by entity, shared with the edition model.
	for (const { collection, slug, editions: sorted } of histories(editions)) {
		const entity = `${collection}/${slug}`;
		issues.push(...identifierIssues(sorted));
		const living = sorted.find((e) => e.living);
		if (!living) {
			issues.push({ file: sorted[0]!.file, field: '', problem: `l'entité ${entity} n'a pas d'édition en vigueur`, expected: `un fichier src/content/${entity}/${LIVING_FILE}` });
			continue;
		}
		sorted.forEach((e, i) => {
			if (i > 0 && sorted[i - 1]!.year === e.year) {
				issues.push({ file: e.file, field: 'edition.annee', problem: `deux éditions de ${entity} portent l'année ${e.year}`, value: e.year, expected: 'une seule édition par année' });
			}
			const { edition } = e.data as { edition: { motif?: string; adoptee_le?: string } };
			if (i > 0 && (edition.motif === undefined || edition.adoptee_le === undefined)) {
				issues.push({ file: e.file, field: edition.motif === undefined ? 'edition.motif' : 'edition.adoptee_le', problem: 'une édition qui en remplace une autre doit dire pourquoi et quand elle a été adoptée', expected: 'edition.motif (texte) et edition.adoptee_le (AAAA-MM-JJ)' });
			}
		});
		// A living edition that says it replaces another (motif, adoption date) needs that other one
		// frozen beside it: the web editor changes the living file only (see freezeFromGit).
		const { edition: first } = sorted[0]!.data as { edition: { motif?: string; adoptee_le?: string } };
		if (sorted.length === 1 && (first.motif !== undefined || first.adoptee_le !== undefined)) {
			issues.push({
				file: living.file,
				field: 'edition.annee',
				problem: `l'édition ${living.year} remplace une édition précédente (elle a un motif ou une date d'adoption), mais aucune édition précédente n'est figée à côté`,
				value: living.year,
				expected: `l'édition remplacée dans src/content/${entity}/<année>.mdx, inscrite dans src/content/${LOCK_FILE} : après une révision faite dans l'éditeur en ligne, un mainteneur la reconstitue depuis git avec « npm run revision -- --depuis-editeur »`,
			});
		}
		if (sorted.at(-1) !== living) {
			issues.push({ file: living.file, field: 'edition.annee', problem: "l'édition en vigueur doit être la plus récente", value: living.year, expected: `une année postérieure à ${sorted.at(-1)!.year}, dernière édition figée (entre ${CONTRACT_FIRST_YEAR} et ${CONTRACT_LAST_YEAR})` });
		}
	}
	return issues;
}

/** Register entries valid, and every reference resolved. */
function registerIssues(tree: ContentTree, refs: { file: string; field: string; collection: string; key: string }[]): ContentIssue[] {
	const issues: ContentIssue[] = [];
	const known = new Map<string, Set<string>>();
	for (const register of tree.registers) {
		const spec = REGISTERS[register.collection];
		if (register.entries === undefined) {
			issues.push({ file: register.file, field: '', problem: register.parseError === 'fichier introuvable' ? 'registre introuvable' : `fichier YAML illisible : ${register.parseError}`, expected: `un registre YAML : une clé par ${spec.label.toLowerCase()}` });
			continue;
		}
		for (const [key, entry] of Object.entries(register.entries)) {
			if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(key)) {
				issues.push({ file: register.file, field: key, problem: 'clé mal formée', value: key, expected: 'une clé en minuscules, chiffres et tirets (ex. capeb, hauts-de-france)' });
			}
			issues.push(...schemaIssues(register.file, spec.schema, entry, [key]));
		}
		known.set(register.collection, new Set(Object.keys(register.entries)));
	}
	for (const collection of Object.keys(ENTITY_TYPES)) {
		known.set(collection, new Set(tree.editions.filter((e) => e.collection === collection && e.stem === 'index').map((e) => e.folder)));
	}
	for (const ref of refs) {
		if (!known.get(ref.collection)?.has(ref.key)) {
			const [label, ofLabel] = ref.collection in REGISTERS ? [`le registre ${ref.collection}`, `du registre ${ref.collection}`] : [`la collection ${ref.collection}`, `de la collection ${ref.collection}`];
			issues.push({ file: ref.file, field: ref.field, problem: `référence introuvable dans ${label}`, value: ref.key, expected: `une clé existante ${ofLabel} : ${[...(known.get(ref.collection) ?? [])].slice(0, 12).join(', ')}${(known.get(ref.collection)?.size ?? 0) > 12 ? '…' : ''}` });
		}
	}
	return issues;
}

/**
 * Every wording of a living sheet's « Secteur(s) concerné(s) » and « Territoire(s) concerné(s) »
 * designates register entries whose keys the sheet carries, or is declared as no register entry
 * (rubric-wordings.ts). Frozen editions are left as published: they cannot change, and were
 * checked while they were in force.
 */
function wordingIssues(tree: ContentTree, editions: CheckedEdition[]): ContentIssue[] {
	const issues: ContentIssue[] = [];
	const declarationsFile = `src/content/${HORS_REGISTRE_FILE}`;
	let declared: LibellesHorsRegistre = { secteurs: [], territoires: [] };
	if (tree.horsRegistre?.parseError !== undefined) {
		issues.push({ file: tree.horsRegistre.file, field: '', problem: `fichier YAML illisible : ${tree.horsRegistre.parseError}`, expected: 'deux listes, secteurs et territoires, de libellés avec leur motif' });
	} else if (tree.horsRegistre) {
		const found = schemaIssues(tree.horsRegistre.file, libellesHorsRegistreSchema, tree.horsRegistre.data);
		issues.push(...found);
		if (found.length === 0) declared = libellesHorsRegistreSchema.parse(tree.horsRegistre.data);
	}
	const tables = Object.fromEntries(
		(['secteurs', 'territoires'] as const).map((register) => {
			const raw = tree.registers.find((r) => r.collection === register)?.entries ?? {};
			// Invalid entries are reported by the register check; only valid ones designate anything.
			const entries: WordingEntries = Object.fromEntries(
				Object.entries(raw).flatMap(([key, entry]) => {
					const parsed = REGISTERS[register].schema.safeParse(entry);
					return parsed.success ? [[key, parsed.data]] : [];
				}),
			);
			const table = wordingTable(entries, declared[register]);
			declared[register].forEach(({ libelle }, i) => {
				const keys = table.keysOf(libelle.trim());
				if (keys.length > 0) {
					issues.push({ file: tree.horsRegistre?.file ?? declarationsFile, field: `${register}.${i}.libelle`, problem: `libellé déclaré hors registre, mais il désigne ${keys.join(', ')} dans le registre des ${register}`, value: libelle, expected: 'un libellé qui n’est ni le nom ni un des libellés d’une entrée du registre' });
				}
			});
			return [register, table];
		}),
	);
	for (const edition of editions.filter((e) => e.collection === 'fiches' && e.living)) {
		const data = edition.data as Record<string, unknown>;
		for (const [rubric, { keys: keyField, register, label }] of Object.entries(RUBRIC_FIELDS) as [RubricField, (typeof RUBRIC_FIELDS)[RubricField]][]) {
			const keys = data[keyField] as string[];
			for (const finding of rubricFindings(rubric, data[rubric] as string | undefined, keys, tables[register]!)) {
				issues.push(
					finding.kind === 'non-designe'
						? {
								file: edition.file,
								field: rubric,
								problem: `le libellé « ${finding.wording} » de la rubrique « ${label} » ne désigne aucune entrée du registre des ${register}`,
								value: finding.wording,
								expected: `une entrée de src/content/${REGISTERS[register].file} qui le donne mot pour mot dans son nom ou ses « libelles » (si le registre n’a pas ce ${register === 'secteurs' ? 'secteur' : 'territoire'}, une nouvelle entrée nommée comme signé), ou sa déclaration sous « ${register} » dans ${declarationsFile}, avec son motif`,
							}
						: {
								file: edition.file,
								field: keyField,
								problem: `la rubrique « ${label} » nomme ${finding.wordings.map((w) => `« ${w} »`).join(', ')}, ${finding.wordings.length > 1 ? 'qui désignent' : 'qui désigne'} l’entrée ${finding.key} du registre des ${register}, absente des clés de la fiche`,
								value: keys,
								expected: `la clé ${finding.key} dans ${keyField}`,
							},
				);
			}
		}
	}
	return issues;
}

const show = (value: unknown) => (typeof value === 'string' ? `« ${value} »` : JSON.stringify(value));

/** The French report of a check: each problem in two parts (what and where, then what is expected), then a counted summary. */
export function formatReport({ issues, filesChecked }: Pick<CheckResult, 'issues' | 'filesChecked'>): string {
	const lines = issues.map((issue) =>
		[
			`✗ ${issue.file}${issue.line !== undefined ? `, ligne ${issue.line}` : ''}${issue.field ? ` — champ « ${issue.field} »` : ''} : ${issue.problem}${issue.value !== undefined ? ` (valeur : ${show(issue.value)})` : ''}.`,
			`  Attendu : ${issue.expected}.`,
		].join('\n'),
	);
	const files = new Set(issues.map((i) => i.file)).size;
	const summary =
		issues.length === 0
			? `✓ ${filesChecked} fichiers de contenu vérifiés, aucun problème.`
			: `${issues.length} problème${issues.length > 1 ? 's' : ''} dans ${files} fichier${files > 1 ? 's' : ''} (${filesChecked} fichiers vérifiés). Rien n'est publié tant qu'ils ne sont pas corrigés.`;
	return [...lines, summary].join('\n');
}
