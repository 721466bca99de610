/**
 * The one registry of search facets: which facets exist, in which order, under which French
 * label, and the values each entity page carries. Pages expose them to Pagefind as filters; the
 * search page lists them in this order.
 */
import type { EditionStatus } from '../content/edition-model';
import type { EntityCollection } from '../content/entities';

/** `Statut`: the latest status of the entity's actions (follow-up), on the stable pages of sheets and engagements. */
export const FACETS = ['Type', 'Ambition', 'Secteur', 'Pilote', 'Territoire', 'Public', 'Année', 'Statut'] as const;
export type Facet = (typeof FACETS)[number];
export type Facets = Partial<Record<Facet, string[]>>;

/** Filter of the replaced editions' index (searched only when asked for). */
export const VERSION_FACET = 'Version';
export const REPLACED = 'remplacée';

/** The Type facet of each kind of page. */
export const TYPE_LABELS: Record<EntityCollection | 'contrat' | 'diagnostic', string> = {
	ambitions: 'Ambition',
	principes: 'Contrat',
	engagements: 'Engagement',
	fiches: 'Fiche sectorielle',
	srfss: 'Engagement SRFSS',
	propositions: 'Proposition',
	contrat: 'Contrat',
	diagnostic: 'Diagnostic',
};

/** An entity page's edition status and what search knows about it. */
export type EditionPage = EditionStatus & { facets: Facets };

/** Names of register entries, by register then key. */
export type Names = Partial<Record<string, Map<string, string>>>;

interface FacetData {
	numero?: number;
	ambition?: number;
	ambitions?: number[];
	pilotes?: string[];
	secteurs?: string[];
	territoires?: string[];
	publics?: string[];
	edition: { annee: number };
}

const ambitionLabel = (n: number) => `Ambition ${n}`;

/** The facet values of one edition of an entity. */
export function entityFacets(collection: EntityCollection, data: unknown, names: Names): Facets {
	const d = data as FacetData;
	const named = (register: string, keys: string[] | undefined) => (keys ?? []).map((k) => names[register]?.get(k) ?? k);
	const ambitions = collection === 'ambitions' ? [d.numero!] : (d.ambitions ?? (d.ambition !== undefined ? [d.ambition] : []));
	const facets: Facets = {
		Type: [TYPE_LABELS[collection]],
		Ambition: ambitions.map(ambitionLabel),
		Secteur: named('secteurs', d.secteurs),
		Pilote: named('organisations', d.pilotes),
		Territoire: named('territoires', d.territoires),
		Public: named('publics', d.publics),
		Année: [String(d.edition.annee)],
	};
	return Object.fromEntries(Object.entries(facets).filter(([, values]) => values.length > 0)) as Facets;
}
