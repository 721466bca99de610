/**
 * The print page: the whole contract in force on one page. Each entity's body keeps the markup
 * of its own page; here are the anchors that set the bodies apart, the links that then point
 * inside the page, and the cover's statement of the editions printed.
 */
import { ENTITY_COLLECTIONS, ENTITY_TYPES, type EntityCollection } from '../content/entities';

/** Anchor of an entity's section on the print page (the workshops' anchors are the proposals' block's). */
const ENTITY_ANCHORS: Record<EntityCollection, string> = {
	ambitions: 'ambition',
	principes: 'principe',
	engagements: 'engagement',
	fiches: 'fiche',
	srfss: 'srfss',
	propositions: 'propositions-atelier',
};

export const entityAnchor = (collection: EntityCollection, slug: string) => `${ENTITY_ANCHORS[collection]}-${slug}`;
/** `contrat/introduction` → `contrat-introduction`. */
export const chapitreAnchor = (textesId: string) => textesId.replace('/', '-');
/** The ids of a body placed under an anchor: the anchor, a hyphen, then the id on its own page. */
export const bodyPrefix = (anchor: string) => `${anchor}-`;

/** A site page that the print page holds, at an anchor. */
export interface PrintTarget {
	/** The page's address, e.g. `/fiches/s1-1/`. */
	path: string;
	anchor: string;
	/** The page's body is printed with its ids prefixed (`bodyPrefix`): links to its sections follow it. */
	body: boolean;
}

/**
 * Points the links to pages the print page holds at their section of the page: read on screen,
 * they stay in the document; printed, they need no address. Links marked
 * `data-adresse-permanente` keep their address: they give the entity's page on purpose.
 */
export function inPageLinks(html: string, targets: PrintTarget[]): string {
	const byPath = new Map(targets.map((t) => [t.path, t]));
	return html.replace(/<a\s[^>]*>/g, (tag) => {
		if (/\sdata-adresse-permanente[\s>=]/.test(tag)) return tag;
		return tag.replace(/\shref="(\/[^"#]*)(?:#([^"]*))?"/, (attr, path: string, fragment: string | undefined) => {
			const target = byPath.get(path);
			if (!target) return attr;
			if (!fragment) return ` href="#${target.anchor}"`;
			return target.body ? ` href="#${bodyPrefix(target.anchor)}${fragment}"` : attr;
		});
	});
}

/** One entity printed, for the cover's statement of editions. */
export interface PrintedEdition {
	collection: EntityCollection;
	year: number;
	/** Its short name, e.g. « fiche S1.4 » (`ENTITY_TYPES[c].short`). */
	short: string;
}

const list = (items: string[]) => new Intl.ListFormat('fr', { type: 'conjunction' }).format(items);

/**
 * The editions the print page holds, in one sentence: per type of entity, the year of most of
 * its entities' editions, and the entities in another edition by name. Types sharing a year and
 * no exception are named together: « Chaque entité dans sa version en vigueur ; ambitions
 * stratégiques, principes… : version 2022 ; fiches priorités sectorielles : version 2023. »
 */
export function editionsSummary(editions: PrintedEdition[]): string {
	const plural = (c: EntityCollection) => ENTITY_TYPES[c].plural;
	const types = ENTITY_COLLECTIONS.flatMap((collection) => {
		const of = editions.filter((e) => e.collection === collection);
		if (of.length === 0) return [];
		const counts = new Map<number, number>();
		for (const e of of) counts.set(e.year, (counts.get(e.year) ?? 0) + 1);
		const main = [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]![0];
		const others = of.filter((e) => e.year !== main).map((e) => `${e.short} : version ${e.year}`);
		return [{ collection, main, others }];
	});
	const clauses: { year: number; names: string[]; others: string[] }[] = [];
	for (const t of types) {
		const shared = t.others.length === 0 && clauses.find((c) => c.year === t.main && c.others.length === 0);
		if (shared) shared.names.push(plural(t.collection));
		else clauses.push({ year: t.main, names: [plural(t.collection)], others: t.others });
	}
	const text = clauses
		.toSorted((a, b) => a.year - b.year)
		.map((c) => `${list(c.names)} : version ${c.year}${c.others.length > 0 ? ` (${c.others.join(', ')})` : ''}`);
	return `Chaque entité dans sa version en vigueur ; ${text.join(' ; ')}.`;
}
