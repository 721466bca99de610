import type { z } from 'astro/zod';
import { ambitionSchema } from '../../schemas/ambition';
import { engagementSchema } from '../../schemas/engagement';
import { ficheSchema } from '../../schemas/fiche';
import { principeSchema } from '../../schemas/principe';
import { propositionSchema } from '../../schemas/proposition';
import { chiffreSchema, diplomeSchema, organisationSchema, publicSchema, secteurSchema, territoireSchema } from '../../schemas/registres';
import { srfssSchema } from '../../schemas/srfss';

/** Names of the versioned entity collections and of the registers. */
export type EntityCollection = 'ambitions' | 'principes' | 'engagements' | 'fiches' | 'srfss' | 'propositions';
export type RegisterCollection = 'organisations' | 'secteurs' | 'territoires' | 'publics' | 'diplomes' | 'chiffres';
/** Registers whose entries entities refer to by key, and which get a page per entry. */
export type ReferencedRegister = 'organisations' | 'secteurs' | 'territoires' | 'publics';

/** A reference from one entity field to an entry of another collection. */
export interface Reference {
	field: string;
	collection: EntityCollection | RegisterCollection;
	key: string;
}

/** What the site needs to know about one versioned entity type. */
export interface EntityType<S extends z.ZodType = z.ZodType> {
	schema: S;
	/** French label of one entity of this type. */
	label: string;
	/** French label of several entities of this type, in running text. */
	plural: string;
	/** Folder under src/content and first segment of the URL. */
	folder: string;
	/** How the site names one entity, e.g. « Fiche S1.4 : Faciliter le recrutement… ». */
	title: (data: z.output<S>) => string;
	/** How running text names one entity briefly, e.g. « fiche S1.4 ». */
	short: (data: z.output<S>) => string;
	/** The folder name (and URL slug) an entity must live in, derived from its data. */
	slug: (data: z.output<S>) => string;
	/** Cross-collection references the check must resolve. */
	references: (data: z.output<S>) => Reference[];
}

const define = <S extends z.ZodType>(type: EntityType<S>) => type;

/** "1.1" → "1-1", "P1.3" → "p1-3", "S1.10" → "s1-10". */
export const idToSlug = (id: string) => id.toLowerCase().replace('.', '-');

const ambitionRef = (field: string, n: number): Reference => ({ field, collection: 'ambitions', key: String(n) });

/**
 * The fields by which entities refer to register entries, and the register each points at: one
 * table drives the reference check (below) and the register pages (`REGISTER_PAGES` in registers.ts).
 */
export const REGISTER_FIELDS = {
	fiches: { pilotes: 'organisations', partenaires: 'organisations', secteurs: 'secteurs', territoires: 'territoires', publics: 'publics' },
	engagements: { publics: 'publics' },
	srfss: { publics: 'publics' },
} as const satisfies Partial<Record<EntityCollection, Record<string, ReferencedRegister>>>;
export type ReferringCollection = keyof typeof REGISTER_FIELDS;

/** The references of an entity's register fields, in the table's order (`pilotes.0`, `publics.1`…). */
const registerRefs = (collection: ReferringCollection, data: object) =>
	Object.entries(REGISTER_FIELDS[collection]).flatMap(([field, register]) =>
		(data as Record<string, string[]>)[field]!.map((key, i): Reference => ({ field: `${field}.${i}`, collection: register, key })),
	);

const SCHEMAS = {
	ambitions: ambitionSchema,
	principes: principeSchema,
	engagements: engagementSchema,
	fiches: ficheSchema,
	srfss: srfssSchema,
	propositions: propositionSchema,
};

/** Every versioned entity type: one table drives the check, the collections and the editions. */
export const ENTITY_TYPES: { [C in EntityCollection]: EntityType<(typeof SCHEMAS)[C]> } = {
	ambitions: define({
		schema: ambitionSchema,
		label: 'Ambition stratégique',
		plural: 'ambitions stratégiques',
		folder: 'ambitions',
		title: (d) => `Ambition stratégique ${d.numero} : ${d.titre}`,
		short: (d) => `ambition stratégique ${d.numero}`,
		slug: (d) => String(d.numero),
		references: () => [],
	}),
	principes: define({
		schema: principeSchema,
		label: 'Principe',
		plural: 'principes',
		folder: 'principes',
		title: (d) => `Principe ${d.numero} : ${d.titre}`,
		short: (d) => `principe ${d.numero}`,
		slug: (d) => String(d.numero),
		references: () => [],
	}),
	engagements: define({
		schema: engagementSchema,
		label: 'Engagement',
		plural: 'fiches engagements',
		folder: 'engagements',
		title: (d) => `Engagement ${d.id} : ${d.titre}`,
		short: (d) => `engagement ${d.id}`,
		slug: (d) => idToSlug(d.id),
		references: (d) => [
			d.ambition !== undefined ? ambitionRef('ambition', d.ambition) : { field: 'principe', collection: 'principes', key: String(d.principe) },
			...registerRefs('engagements', d),
		],
	}),
	fiches: define({
		schema: ficheSchema,
		label: 'Fiche priorité sectorielle',
		plural: 'fiches priorités sectorielles',
		folder: 'fiches',
		title: (d) => `Fiche ${d.id} : ${d.titre}`,
		short: (d) => `fiche ${d.id}`,
		slug: (d) => idToSlug(d.id),
		references: (d) => [
			...d.ambitions.map((n, i) => ambitionRef(`ambitions.${i}`, n)),
			...registerRefs('fiches', d),
		],
	}),
	srfss: define({
		schema: srfssSchema,
		label: 'Engagement SRFSS',
		plural: 'engagements du SRFSS',
		folder: 'srfss',
		title: (d) => `Engagement SRFSS ${d.numero} : ${d.titre}`,
		short: (d) => `engagement SRFSS ${d.numero}`,
		slug: (d) => String(d.numero),
		references: (d) => [ambitionRef('ambition', d.ambition), ...registerRefs('srfss', d)],
	}),
	propositions: define({
		schema: propositionSchema,
		label: 'Proposition inspirante',
		plural: 'propositions inspirantes',
		folder: 'propositions',
		title: (d) => `Atelier de ${d.ville} : ${d.question}`,
		short: (d) => `atelier ${d.ambition}.${d.ordre} (${d.ville})`,
		slug: (d) => `${d.ambition}-${d.ordre}`,
		references: (d) => [ambitionRef('ambition', d.ambition)],
	}),
};

const REGISTER_SCHEMAS = { organisations: organisationSchema, secteurs: secteurSchema, territoires: territoireSchema, publics: publicSchema, diplomes: diplomeSchema, chiffres: chiffreSchema };

/** Registers: one YAML file each, keyed by kebab-case slug. */
export const REGISTERS: {
	[C in RegisterCollection]: { schema: (typeof REGISTER_SCHEMAS)[C]; file: string; label: string; /** Entities refer to its entries, which get pages. */ referenced: C extends ReferencedRegister ? true : false };
} = {
	organisations: { schema: organisationSchema, file: 'registres/organisations.yaml', label: 'Organisation', referenced: true },
	secteurs: { schema: secteurSchema, file: 'registres/secteurs.yaml', label: 'Secteur', referenced: true },
	territoires: { schema: territoireSchema, file: 'registres/territoires.yaml', label: 'Territoire', referenced: true },
	publics: { schema: publicSchema, file: 'registres/publics.yaml', label: 'Public', referenced: true },
	diplomes: { schema: diplomeSchema, file: 'registres/diplomes-srfss.yaml', label: 'Diplôme', referenced: false },
	chiffres: { schema: chiffreSchema, file: 'registres/chiffres-cles.yaml', label: 'Chiffre clé', referenced: false },
};

export const ENTITY_COLLECTIONS = Object.keys(ENTITY_TYPES) as EntityCollection[];
export const REGISTER_COLLECTIONS = Object.keys(REGISTERS) as RegisterCollection[];
/** Registers whose entries have pages listing the entities that refer to them. */
export const REFERENCED_REGISTERS = REGISTER_COLLECTIONS.filter((c): c is ReferencedRegister => REGISTERS[c].referenced);

/** The file name of an entity's living edition; frozen editions are named after their year. */
export const LIVING_FILE = 'index.mdx';

/** Content-collection id of an edition file: `s1-1/index.mdx` → `s1-1`, `s1-1/2023.mdx` → `s1-1/2023`. */
export const editionFileId = (relativePath: string) =>
	relativePath.replace(/\\/g, '/').replace(/\/index\.mdx$/, '').replace(/\.mdx$/, '');

/** Narrative chapters the pages need (`src/content/textes/<slug>.md`). */
export const REQUIRED_TEXTS = [
	'cprdfop-en-actions',
	'fiches-priorites-sectorielles',
	'propositions',
	'propositions-ambition-1',
	'propositions-ambition-2',
	'propositions-ambition-3',
	'propositions-ambition-4',
	'srfss-introduction',
] as const;
