/**
 * The site's queries: pages ask this module for entities, never getCollection directly.
 * Living editions have ids without a slash (`s1-1`); frozen ones are `s1-1/2023`.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import type { Bilan } from '../../schemas/bilan';
import { FOLLOWED_COLLECTIONS, type FollowedCollection } from './bilans';
import { BILANS_FOLDER } from './tree';
import { histories, type EditionRef, type EntityHistory } from './edition-model';
import { ENTITY_COLLECTIONS, type EntityCollection, type ReferencedRegister, type RegisterCollection } from './entities';
import { REGISTER_PAGES, registerEntryName, type RegisterRole } from './registers';
import { engagementUrl, ficheUrl, registerUrl, srfssUrl } from './urls';
import { compareFr, compareFrNumeric } from './collation';

const isLiving = (entry: { id: string }) => !entry.id.includes('/');
const byId = (a: { id: string }, b: { id: string }) => compareFrNumeric(a.id, b.id);

/** The edition in force of every entity of a collection, in contract order. */
export async function livingEntries<C extends EntityCollection>(collection: C): Promise<CollectionEntry<C>[]> {
	const entries = (await getCollection(collection, isLiving)) as CollectionEntry<C>[];
	return entries.sort(byId);
}

export const getAmbitions = () => livingEntries('ambitions');
export const getPrincipes = () => livingEntries('principes');
export const getEngagements = () => livingEntries('engagements');
export const getFiches = () => livingEntries('fiches');
export const getSrfss = () => livingEntries('srfss');
export const getPropositions = async () =>
	(await livingEntries('propositions')).sort((a, b) => a.data.ambition - b.data.ambition || a.data.ordre - b.data.ordre);

/** One edition of an entity, with its collection entry. */
export type EditionEntry<C extends EntityCollection = EntityCollection> = EditionRef & { collection: C; entry: CollectionEntry<C> };

/** The editions of every entity of a collection, oldest first, entities in contract order. */
export async function entityHistories<C extends EntityCollection>(collection: C): Promise<EntityHistory<EditionEntry<C>>[]> {
	const entries = (await getCollection(collection)) as CollectionEntry<C>[];
	const editions = entries.map(
		(entry): EditionEntry<C> => ({
			collection,
			slug: entry.id.split('/')[0]!,
			year: (entry.data as { edition: { annee: number } }).edition.annee,
			living: isLiving(entry),
			file: entry.filePath ?? '',
			data: entry.data,
			entry,
		}),
	);
	return histories(editions).sort((a, b) => compareFrNumeric(a.slug, b.slug));
}

/** The editions of every entity of every collection. */
export async function allHistories(): Promise<EntityHistory<EditionEntry>[]> {
	return (await Promise.all(ENTITY_COLLECTIONS.map((c) => entityHistories(c) as Promise<EntityHistory<EditionEntry>[]>))).flat();
}

/** Every entry of a register, sorted by name. */
export async function registerEntries<C extends RegisterCollection>(collection: C): Promise<CollectionEntry<C>[]> {
	const entries = (await getCollection(collection)) as CollectionEntry<C>[];
	const name = (e: { data: unknown }) => String((e.data as { nom?: string; intitule?: string }).nom ?? (e.data as { intitule: string }).intitule);
	return entries.sort((a, b) => compareFr(name(a), name(b)));
}

/** Lookup tables of the registers, for pages that resolve keys to names. */
export async function getRegisters() {
	const table = async <C extends RegisterCollection>(c: C) => new Map((await registerEntries(c)).map((e) => [e.id, e] as const));
	return { organisations: await table('organisations'), secteurs: await table('secteurs'), territoires: await table('territoires'), publics: await table('publics') };
}
export type Registers = Awaited<ReturnType<typeof getRegisters>>;

/** The name of every register entry, by register and key: comparisons show names, not keys. */
export async function getRegisterNames(): Promise<Record<string, Map<string, string>>> {
	return Object.fromEntries(Object.entries(await getRegisters()).map(([register, entries]) => [register, new Map([...entries].map(([key, e]) => [key, e.data.nom]))]));
}

/** Links to the pages of the register entries an entity refers to, in its order. */
export const registerLinks = (registers: Registers, registre: ReferencedRegister, keys: string[]) =>
	keys.map((key) => ({ href: registerUrl(registre, key), text: registerEntryName(registers[registre].get(key)!.data as { nom: string; sigle?: string }) }));

/** A narrative chapter (`src/content/textes/<slug>.md`). */
export async function getTexte(slug: string) {
	const entry = await getEntry('textes', slug);
	if (!entry) throw new Error(`Texte introuvable : src/content/textes/${slug}.md`);
	return entry;
}

/** What an ambition page lists: its engagements, sheets, SRFSS engagements and inspiring proposals. */
export async function ambitionContents(numero: number) {
	return {
		engagements: (await getEngagements()).filter((e) => e.data.ambition === numero),
		fiches: (await getFiches()).filter((f) => f.data.ambitions.includes(numero)),
		srfss: (await getSrfss()).filter((s) => s.data.ambition === numero),
		propositions: (await getPropositions()).filter((p) => p.data.ambition === numero),
	};
}

/** A link to a living sheet, engagement or SRFSS engagement, as lists of entities show it. */
const entityLink = (entry: CollectionEntry<'fiches'> | CollectionEntry<'engagements'> | CollectionEntry<'srfss'>) =>
	entry.collection === 'srfss'
		? { href: srfssUrl(entry.data.numero), id: `SRFSS ${entry.data.numero}`, title: entry.data.titre }
		: { href: entry.collection === 'fiches' ? ficheUrl(entry.data.id) : engagementUrl(entry.data.id), id: entry.data.id, title: entry.data.titre };

/** What refers to a register entry, role by role (`REGISTER_PAGES`): the living entities whose register field holds its key. */
export async function entriesReferring(registre: ReferencedRegister, key: string) {
	const roles: RegisterRole<ReferencedRegister>[] = REGISTER_PAGES[registre].roles;
	const holds = (data: object, field: string | undefined) => field !== undefined && (data as Record<string, string[]>)[field]!.includes(key);
	return Promise.all(
		roles.map(async ({ id, label, empty, collection, field, unless }) => ({
			id,
			label,
			empty,
			items: (await livingEntries(collection)).filter((e) => holds(e.data, field) && !holds(e.data, unless)).map(entityLink),
		})),
	);
}
export type ReferringRoles = Awaited<ReturnType<typeof entriesReferring>>;

/** The chapters of a Partie kept as narrative text (`textes/contrat/`, `textes/diagnostic/`), in contract order. */
export async function getChapitres(partie: 'contrat' | 'diagnostic') {
	const entries = await getCollection('textes', (e) => e.id.startsWith(`${partie}/`));
	return entries
		.map((entry) => ({ slug: entry.id.slice(partie.length + 1), entry }))
		.sort((a, b) => (a.entry.data.ordre ?? 0) - (b.entry.data.ordre ?? 0));
}

/** Partie 1 as the contract orders it: the two principles sit between the shared ambitions (ordre 5) and the SRFSS (ordre 6). */
export async function getPartie1() {
	const chapitres = await getChapitres('contrat');
	const engagements = await getEngagements();
	return {
		avant: chapitres.filter(({ entry }) => (entry.data.ordre ?? 0) <= 5),
		principes: (await getPrincipes()).map((principe) => ({ principe, engagements: engagements.filter((e) => e.data.principe === principe.data.numero) })),
		apres: chapitres.filter(({ entry }) => (entry.data.ordre ?? 0) > 5),
	};
}

/** The inspiring proposals: their introduction, then per ambition its heading text and its workshops. */
export async function getPropositionsParAmbition() {
	const propositions = await getPropositions();
	return {
		introduction: await getTexte('propositions'),
		parAmbition: await Promise.all(
			(await getAmbitions()).map(async (ambition) => ({
				ambition: ambition.data,
				chapeau: await getTexte(`propositions-ambition-${ambition.data.numero}`),
				ateliers: propositions.filter((p) => p.data.ambition === ambition.data.numero),
			})),
		),
	};
}

/**
 * The whole contract in force, in the signed document's order: Partie 1 (with the principles),
 * Partie 2, Partie 3 (per ambition: its sheet, its engagements, its sectoral sheets; then the
 * inspiring proposals and the principle's engagements), Partie 4 (the SRFSS and its engagements).
 */
export async function getContractInForce() {
	const ambitions = await getAmbitions();
	const fiches = await getFiches();
	return {
		partie1: await getPartie1(),
		partie2: await getChapitres('diagnostic'),
		partie3: {
			texte: await getTexte('cprdfop-en-actions'),
			introFiches: (await getTexte('fiches-priorites-sectorielles')).body ?? '',
			ambitions: await Promise.all(
				ambitions.map(async (ambition) => ({
					ambition,
					...(await ambitionContents(ambition.data.numero)),
					// A sheet of several ambitions is printed once, under its first.
					fichesImprimees: fiches.filter((f) => f.data.ambitions[0] === ambition.data.numero),
				})),
			),
			propositions: await getPropositionsParAmbition(),
			engagementsPrincipes: (await getEngagements()).filter((e) => e.data.principe !== undefined),
		},
		partie4: { texte: await getTexte('srfss-introduction'), engagements: await getSrfss() },
	};
}

/** The key figures stated by the contract, by key. */
export async function getChiffres() {
	return new Map((await getCollection('chiffres')).map((e) => [e.id, e.data] as const));
}

/** The SRFSS diplomas, in the diagnostic's order. */
export async function getDiplomes() {
	return (await getCollection('diplomes')).map((e) => e.data).sort((a, b) => a.ordre - b.ordre);
}

/** Every edition (living and replaced) of an entity type, every entry of a register, or every bilan (`<année>/<slug>`, with the type it follows), for the open data exports. */
export async function allEntries(collection: EntityCollection | RegisterCollection | 'bilans'): Promise<{ id: string; data: unknown; kind?: string }[]> {
	if (collection === 'bilans') return (await getBilans()).map((b) => ({ id: `${b.year}/${b.slug}`, data: b.data, kind: b.collection }));
	return getCollection(collection);
}

/** One published bilan, placed on its entity (the check has made sure the entity and year exist). */
export interface BilanEntry {
	collection: FollowedCollection;
	slug: string;
	year: number;
	data: Bilan;
	/** The bilan's file, relative to the project root. */
	file: string;
}

/**
 * Whether any bilan file exists (`src/content/bilans/<année>/*.mdx`, the collection's glob): Astro
 * warns at every query of an empty collection, and the signed contract has no bilan yet.
 */
function hasBilanFiles(): boolean {
	const dir = join(process.cwd(), 'src', 'content', BILANS_FOLDER);
	if (!existsSync(dir)) return false;
	return readdirSync(dir, { withFileTypes: true }).some((d) => d.isDirectory() && readdirSync(join(dir, d.name)).some((f) => f.endsWith('.mdx')));
}

/** Every bilan, by year then in contract order of its entity. */
export async function getBilans(): Promise<BilanEntry[]> {
	if (!hasBilanFiles()) return [];
	const slugs = new Map<string, FollowedCollection>();
	for (const collection of FOLLOWED_COLLECTIONS) for (const e of await livingEntries(collection)) slugs.set(e.id, collection);
	const order = [...slugs.keys()];
	return (await getCollection('bilans'))
		.map((entry) => {
			const [year, slug] = entry.id.split('/') as [string, string];
			return { collection: slugs.get(slug)!, slug, year: Number(year), data: entry.data as Bilan, file: entry.filePath ?? '' };
		})
		.sort((a, b) => a.year - b.year || order.indexOf(a.slug) - order.indexOf(b.slug));
}
