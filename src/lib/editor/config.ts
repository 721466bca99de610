/**
 * The web editor's configuration (Decap CMS, served at `/admin/`), generated at build time: the
 * form of a sheet is derived from its Zod schema (kinds, required fields, patterns, French
 * descriptions as hints) and the rubric labels of `labels.ts`, so the editor can never drift from
 * what the check accepts. Reference fields offer the keys of the registers as choices.
 */
import type { z } from 'astro/zod';
import { type CmsField, type CmsOption, type CmsType, TYPE_KEY } from './format';
import { ENTITY_TYPES, REGISTER_FIELDS, type ReferencedRegister } from '../content/entities';
import { A_RENSEIGNER, bilanSchema, STATUTS } from '../../schemas/bilan';
import { CONTRACT_YEARS } from '../../schemas/common';
import { BILAN_ITEM_LABELS, BILAN_LABELS, EDITION_LABELS, FIELD_LABELS, PLAN_COLUMNS, PLAN_GROUP_LABELS } from '../content/labels';
import { defOf } from '../content/zod-defs';
import { compareFr, compareFrNumeric } from '../content/collation';

/** The entity types pilots revise in the editor. */
export const CMS_COLLECTIONS = ['fiches', 'engagements'] as const;
export type CmsCollection = (typeof CMS_COLLECTIONS)[number];

/**
 * What a reference field of each collection points to: its choices are that collection's or
 * register's keys. The register fields are the check's own table (entities.ts), so a register
 * added to an entity type reaches the form by itself.
 */
export const REFERENCE_FIELDS = {
	fiches: { ambitions: 'ambitions', ...REGISTER_FIELDS.fiches },
	engagements: { ambition: 'ambitions', principe: 'principes', ...REGISTER_FIELDS.engagements },
	bilans: { entite: 'entites', etabli_par: 'organisations' },
} as const satisfies Record<FormCollection, Record<string, ReferenceTarget>>;
/** `entites`: the sheets and engagements a bilan may follow. */
export type ReferenceTarget = 'ambitions' | 'principes' | 'entites' | ReferencedRegister;
/** The forms the editor shows: the entity types pilots revise, and the annual bilans. */
export type FormCollection = CmsCollection | 'bilans';

/** Labels of the fields nested in an object or a list item, by the parent field's name. */
const ITEM_LABELS = { id: 'Identifiant', texte: 'Texte' };
const NESTED_LABELS: Record<string, Record<string, string>> = {
	edition: EDITION_LABELS,
	plan_actions: { id: ITEM_LABELS.id, ...Object.fromEntries(PLAN_COLUMNS.map((c) => [c.key, c.label])), ...PLAN_GROUP_LABELS },
	lignes: { id: ITEM_LABELS.id, ...Object.fromEntries(PLAN_COLUMNS.map((c) => [c.key, c.label])) },
	objectifs_operationnels: ITEM_LABELS,
	...BILAN_ITEM_LABELS,
	objectifs: ITEM_LABELS,
	indicateurs_de_suivi: ITEM_LABELS,
};

/** The kinds of items of a list of alternatives, by the Zod description of each alternative. */
const ITEM_TYPES: Record<string, { name: string; label: string; summary: string }> = {
	"Ligne du plan d'actions": { name: 'ligne', label: 'Ligne', summary: '{{fields.id}} — {{fields.action}}' },
	"Groupe de sous-actions du plan d'actions": { name: 'groupe', label: 'Groupe de sous-actions', summary: '{{fields.id}} — {{fields.groupe}}' },
};

/** How the editor names one item of a list (« Ajouter une entrée de type … »). */
const ITEM_NAMES: Record<string, string> = {
	plan_actions: 'ligne ou groupe',
	lignes: 'sous-action',
	objectifs_operationnels: 'objectif',
	indicateurs_de_suivi: 'indicateur',
};

/** What the editor adds to a field's description, for pilots. */
const EDITOR_HINTS: Record<string, string> = {
	id: 'Ne pas modifier : l’identifiant nomme le dossier du fichier.',
	...Object.fromEntries(
		['objectifs_operationnels.id', 'objectifs.id', 'indicateurs_de_suivi.id', 'plan_actions.id', 'plan_actions.lignes.id'].map((path) => [
			path,
			'Ne modifiez pas l’identifiant d’un élément existant (bilans, liens et citations s’y réfèrent). Pour un nouvel élément, laissez-le vide : l’enregistrement lui donne le numéro suivant (O4 après O3, A5 après A4, A3.2 après A3.1), jamais celui d’un élément supprimé.',
		]),
	),
	'edition.annee':
		'Pour proposer la révision annuelle, indiquez ici l’année de la nouvelle édition, avec sa date d’adoption et son motif. L’édition en vigueur sera conservée telle quelle (figée) par un mainteneur avant la fusion.',
	'edition.adoptee_le': 'Au format AAAA-MM-JJ, par exemple 2025-03-14.',
};


/** The schema under optional/default/preprocess wrappers, whether it may be left out, and its description. */
function unwrap(schema: z.ZodType): { inner: z.ZodType; optional: boolean; description: string | undefined } {
	let inner = schema;
	let optional = false;
	let description = schema.description;
	for (;;) {
		const def = defOf(inner);
		if (def.type === 'optional' || def.type === 'default') {
			optional = true;
			inner = def.innerType!;
		} else if (def.type === 'pipe') inner = defOf(def.in!).type === 'transform' ? def.out! : def.in!;
		else break;
		description ??= inner.description;
	}
	return { inner, optional, description };
}

const checksOf = (schema: z.ZodType) => (defOf(schema).checks ?? []).map((c) => c._zod.def);
const minLength = (schema: z.ZodType) => checksOf(schema).find((c) => c.check === 'min_length')?.minimum;

/** The choices of each reference target, built from the content: `{ label, value }` per key. */
export type ReferenceOptions = Record<ReferenceTarget, { label: string; value: string | number }[]>;

interface Context {
	collection: FormCollection;
	/** Dotted path of the parent, '' at the top. */
	parent: string;
	labels: Record<string, string>;
	options: ReferenceOptions;
}

function labelOf(ctx: Context, key: string): string {
	const label = ctx.labels[key];
	if (label === undefined) throw new Error(`Éditeur : pas de libellé français pour le champ « ${ctx.parent ? `${ctx.parent}.` : ''}${key} » (${ctx.collection}) dans src/lib/labels.ts`);
	return label;
}

const hintOf = (path: string, description: string | undefined) => [description, EDITOR_HINTS[path]].filter(Boolean).join(' — ') || undefined;

/** The Decap field of one schema field. */
function fieldFor(key: string, schema: z.ZodType, ctx: Context): CmsField {
	const { inner, optional, description } = unwrap(schema);
	const path = ctx.parent ? `${ctx.parent}.${key}` : key;
	const def = defOf(inner);
	const base: CmsField = { name: key, label: labelOf(ctx, key), widget: 'string' };
	const hint = hintOf(path, description);
	if (hint) base.hint = hint;
	if (optional) base.required = false;
	const reference = ctx.parent === '' ? (REFERENCE_FIELDS[ctx.collection] as Record<string, ReferenceTarget | undefined>)[key] : undefined;
	const choices = (values?: unknown[]) => {
		const all = reference ? ctx.options[reference] : (values ?? []).map((v) => ({ label: String(v), value: v as string | number }));
		return values ? all.filter((o) => values.includes(o.value)) : all;
	};

	switch (def.type) {
		case 'string': {
			if (reference) return { ...base, widget: 'select', options: choices() };
			const regex = checksOf(inner).find((c) => c.format === 'regex' && c.pattern);
			// Identifiers and dates on one line; free text in a text area, which keeps its line breaks.
			const field: CmsField = { ...base, widget: description?.endsWith('(Markdown)') ? 'markdown' : regex ? 'string' : 'text' };
			if (field.widget === 'markdown') Object.assign(field, { modes: ['raw'], buttons: [], editor_components: [] });
			if (regex) field.pattern = [regex.pattern!.source, `Attendu : ${String(regex.error?.() ?? description ?? 'le format prévu')}`];
			// A string that may be empty (a plan cell) is written even when empty.
			if (!optional && inner.safeParse('').success) Object.assign(field, { required: false, default: '' });
			// An item's identifier may be left empty for a new item: saving numbers it (assignNewIds).
			if (ctx.parent !== '' && key === 'id' && ctx.collection !== 'bilans') Object.assign(field, { required: false, default: '' });
			return field;
		}
		case 'number': {
			if (reference) return { ...base, widget: 'select', options: choices() };
			const checks = checksOf(inner);
			const field: CmsField = { ...base, widget: 'number' };
			field.value_type = checks.some((c) => c.format === 'safeint' || c.format === 'int32') ? 'int' : 'float';
			const min = checks.find((c) => c.check === 'greater_than')?.value;
			const max = checks.find((c) => c.check === 'less_than')?.value;
			if (min !== undefined) field.min = min;
			if (max !== undefined) field.max = max;
			if (field.value_type === 'int') field.step = 1;
			return field;
		}
		case 'literal':
			return { ...base, widget: 'select', options: choices(def.values) };
		case 'enum': {
			const values = Object.values(def.entries ?? {}) as string[];
			// A bilan's statuses are offered by their words (« En cours »), the file keeps their keys.
			const words: Record<string, string> = { ...STATUTS, [A_RENSEIGNER]: 'À renseigner' };
			return { ...base, widget: 'select', options: values.map((v) => (v in words ? { label: words[v]!, value: v } : v)) };
		}
		case 'object':
			return { ...base, widget: 'object', collapsed: false, fields: fieldsOf(inner, { ...ctx, parent: path, labels: NESTED_LABELS[key] ?? {} }) };
		case 'array': {
			const element = unwrap(defOf(inner).element!).inner;
			const min = minLength(inner);
			const list: CmsField = reference ? { ...base, widget: 'select', multiple: true, options: choices() } : { ...base, widget: 'list' };
			if (ITEM_NAMES[key] && !reference) list.label_singular = ITEM_NAMES[key];
			if (min) list.min = min;
			// A list that may be empty (partenaires) is written even when empty.
			if (!optional && inner.safeParse([]).success) Object.assign(list, { required: false, default: [] });
			if (reference) return list;
			const elementDef = defOf(element);
			const itemCtx = { ...ctx, parent: path, labels: NESTED_LABELS[key] ?? {} };
			if (elementDef.type === 'union') {
				list.typeKey = TYPE_KEY;
				list.types = elementDef.options!.map((option): CmsType => {
					const kind = ITEM_TYPES[option.description ?? ''];
					if (!kind) throw new Error(`Éditeur : pas de nature d’élément pour « ${option.description} » (${path})`);
					return { ...kind, widget: 'object', fields: fieldsOf(option, itemCtx) };
				});
			} else if (elementDef.type === 'object') {
				list.fields = fieldsOf(element, itemCtx);
				const shape = defOf(element).shape ?? {};
				list.summary = 'texte' in shape ? '{{fields.id}} — {{fields.texte}}' : 'statut' in shape ? '{{fields.id}} — {{fields.statut}}' : 'valeur' in shape ? '{{fields.valeur}} {{fields.unite}}' : 'motif' in shape ? '{{fields.le}} — {{fields.motif}}' : ITEM_TYPES["Ligne du plan d'actions"]!.summary;
				// A bilan's items are short: shown open, each status at hand.
				if (ctx.collection === 'bilans') list.collapsed = false;
			} else {
				const { hint: _, ...item } = fieldFor('element', element, { ...ctx, parent: path, labels: { element: 'Élément' } });
				list.field = item;
			}
			return list;
		}
		default:
			throw new Error(`Éditeur : champ « ${path} » d’un type que l’éditeur ne sait pas présenter (${def.type})`);
	}
}

/** The Decap fields of an object schema, in the schema's order. */
function fieldsOf(schema: z.ZodType, ctx: Context): CmsField[] {
	const { inner } = unwrap(schema);
	const shape = defOf(inner).shape;
	if (!shape) throw new Error(`Éditeur : un objet est attendu (${ctx.parent || ctx.collection})`);
	return Object.entries(shape).map(([key, field]) => fieldFor(key, field, ctx));
}

/** The form of one collection's files, generated from its schema and labels. */
export function cmsFields(collection: CmsCollection, options: ReferenceOptions): CmsField[] {
	return fieldsOf(ENTITY_TYPES[collection].schema, { collection, parent: '', labels: { ...FIELD_LABELS[collection], edition: EDITION_LABELS.edition }, options });
}

/** The form of a bilan, generated from its schema and labels; a new bilan of `year` starts with that year. */
export function bilanFields(options: ReferenceOptions, year?: number): CmsField[] {
	const fields = fieldsOf(bilanSchema, { collection: 'bilans', parent: '', labels: BILAN_LABELS, options });
	return year === undefined ? fields : fields.map((f) => (f.name === 'annee' ? { ...f, default: year } : f));
}

/** The years a bilan may follow: one editor collection each (`src/content/bilans/<année>/`). */
export const BILAN_YEARS = CONTRACT_YEARS;

/** What the configuration needs from the content: the living files and the choices of reference fields. */
export interface CmsContent {
	entities: Record<CmsCollection, { slug: string; id: string; titre: string }[]>;
	options: ReferenceOptions;
}

/** The living entries and register entries the configuration is built from (from Astro's collections or the content tree). */
export interface CmsSources {
	fiches: { slug: string; data: { id: string; titre: string } }[];
	engagements: { slug: string; data: { id: string; titre: string } }[];
	srfss: { slug: string; data: { numero: number; titre: string } }[];
	ambitions: { data: { numero: number; titre: string } }[];
	principes: { data: { numero: number; titre: string } }[];
	organisations: { key: string; data: { nom: string; sigle?: string } }[];
	secteurs: { key: string; data: { nom: string } }[];
	territoires: { key: string; data: { nom: string; type: string } }[];
	publics: { key: string; data: { nom: string } }[];
}

const byLabel = (a: { label: string }, b: { label: string }) => compareFr(a.label, b.label);

/** The content the configuration needs, with the French labels of the choices. */
export function cmsContent(s: CmsSources): CmsContent {
	return {
		entities: {
			fiches: s.fiches.map((e) => ({ slug: e.slug, id: e.data.id, titre: e.data.titre })),
			engagements: s.engagements.map((e) => ({ slug: e.slug, id: e.data.id, titre: e.data.titre })),
		},
		options: {
			ambitions: s.ambitions.map(({ data }) => ({ label: `Ambition ${data.numero} — ${data.titre}`, value: data.numero })).sort((a, b) => a.value - b.value),
			principes: s.principes.map(({ data }) => ({ label: `Principe ${data.numero} — ${data.titre}`, value: data.numero })).sort((a, b) => a.value - b.value),
			organisations: s.organisations.map(({ key, data }) => ({ label: data.sigle && data.sigle !== data.nom ? `${data.nom} (${data.sigle})` : data.nom, value: key })).sort(byLabel),
			secteurs: s.secteurs.map(({ key, data }) => ({ label: data.nom, value: key })).sort(byLabel),
			territoires: s.territoires.map(({ key, data }) => ({ label: `${data.nom} (${data.type})`, value: key })).sort(byLabel),
			publics: s.publics.map(({ key, data }) => ({ label: data.nom, value: key })).sort(byLabel),
			// In contract order: sheets, engagements, SRFSS engagements.
			entites: [
				...s.fiches.toSorted((a, b) => byId({ id: a.data.id }, { id: b.data.id })).map((e) => ({ label: `Fiche ${e.data.id} — ${e.data.titre}`, value: e.slug })),
				...s.engagements.toSorted((a, b) => byId({ id: a.data.id }, { id: b.data.id })).map((e) => ({ label: `Engagement ${e.data.id} — ${e.data.titre}`, value: e.slug })),
				...s.srfss.toSorted((a, b) => a.data.numero - b.data.numero).map((e) => ({ label: `Engagement SRFSS ${e.data.numero} — ${e.data.titre}`, value: e.slug })),
			],
		},
	};
}

/** Where the editor proposes changes. */
export interface CmsSettings {
	/** GitHub repository `owner/name` the pilots' pull requests go to. */
	repo: string;
	branch: string;
	/** The OAuth service GitHub logins go through (Decap's `base_url`); Netlify's when undefined. */
	oauthBaseUrl?: string;
	/** Decap's local proxy (`decap-server`), used when the editor is opened on localhost. */
	localBackendUrl: string;
	siteUrl: string;
}

/** The repository placeholder, until `CPRDFOP_DEPOT` names the real one (README, « Éditeur en ligne »). */
export const DEFAULT_REPO = 'a-renseigner/cprdfop-hauts-de-france';
export const DEFAULT_LOCAL_BACKEND = 'http://127.0.0.1:8081/api/v1';

export function settingsFromEnv(env: Record<string, string | undefined>, siteUrl: string): CmsSettings {
	return {
		repo: env.CPRDFOP_DEPOT || DEFAULT_REPO,
		branch: env.CPRDFOP_BRANCHE || 'main',
		oauthBaseUrl: env.CPRDFOP_OAUTH_URL || undefined,
		localBackendUrl: env.CPRDFOP_EDITEUR_LOCAL || DEFAULT_LOCAL_BACKEND,
		siteUrl,
	};
}

/** Name of the Decap custom format of a collection (registered by the admin page, see cms-format.ts). */
export const formatName = (collection: FormCollection) => `cprdfop-${collection}`;

const COLLECTION_TEXTS: Record<CmsCollection, { label: string; label_singular: string; description: string }> = {
	fiches: {
		label: 'Fiches priorités sectorielles',
		label_singular: 'fiche priorité sectorielle',
		description: 'Les fiches priorités sectorielles, révisées chaque année par leurs pilotes. Ouvrez votre fiche, modifiez-la, enregistrez : la modification est proposée aux mainteneurs du contrat, qui la vérifient avant de la publier.',
	},
	engagements: {
		label: 'Fiches engagements',
		label_singular: 'fiche engagement',
		description: 'Les fiches engagements des ambitions stratégiques et du principe 1.',
	},
};

const byId = (a: { id: string }, b: { id: string }) => compareFrNumeric(a.id, b.id);

/**
 * The editor's configuration: Decap's (GitHub with open authoring and editorial workflow, the local
 * proxy on localhost), except that each collection gives its form once (`fields`) rather than once
 * per file; `expandCmsConfig` (cms-format.ts) makes it Decap's before `CMS.init`.
 */
export function buildCmsConfig(content: CmsContent, settings: CmsSettings) {
	return {
		load_config_file: false,
		locale: 'fr',
		backend: {
			name: 'github',
			repo: settings.repo,
			branch: settings.branch,
			open_authoring: true,
			...(settings.oauthBaseUrl ? { base_url: settings.oauthBaseUrl } : {}),
			commit_messages: {
				create: 'Création : {{collection}} « {{slug}} »',
				update: 'Révision proposée depuis l’éditeur : {{collection}} « {{slug}} »',
				delete: 'Suppression : {{collection}} « {{slug}} »',
				uploadMedia: 'Ajout du fichier « {{path}} »',
				deleteMedia: 'Suppression du fichier « {{path}} »',
				openAuthoring: '{{message}}',
			},
		},
		publish_mode: 'editorial_workflow',
		local_backend: { url: settings.localBackendUrl },
		// The sheets have no images or attachments; Decap requires a folder all the same.
		media_folder: 'public/medias',
		public_folder: '/medias',
		site_url: settings.siteUrl,
		display_url: settings.siteUrl,
		collections: [...CMS_COLLECTIONS.map((collection) => ({
			name: collection,
			...COLLECTION_TEXTS[collection],
			format: formatName(collection),
			extension: 'mdx',
			create: false,
			delete: false,
			editor: { preview: false },
			// One entry per living file: a frozen edition (<année>.mdx) is never offered for editing.
			files: content.entities[collection].toSorted(byId).map((e) => ({
				name: e.slug,
				label: `${e.id} — ${e.titre}`,
				file: `src/content/${ENTITY_TYPES[collection].folder}/${e.slug}/index.mdx`,
			})),
			fields: cmsFields(collection, content.options),
		})),
			// One collection per year: a bilan is `src/content/bilans/<année>/<dossier>.mdx`, named after the entity it follows.
			...BILAN_YEARS.map((year) => ({
				name: `bilans-${year}`,
				label: `Bilans ${year}`,
				label_singular: `bilan ${year}`,
				description: `Les bilans annuels ${year} : l’état d’avancement de chaque action d’une fiche ou d’un engagement (Principe 2 du contrat). Pour un nouveau bilan, choisissez la fiche ou l’engagement ; le fichier prend son nom.`,
				format: formatName('bilans'),
				extension: 'mdx',
				folder: `src/content/bilans/${year}`,
				create: true,
				delete: false,
				identifier_field: 'entite',
				slug: '{{entite}}',
				summary: '{{entite}}',
				editor: { preview: false },
				fields: bilanFields(content.options, year),
			})),
		],
	};
}

export type CmsConfig = ReturnType<typeof buildCmsConfig>;
