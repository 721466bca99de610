/**
 * Stable identifiers of items on the pages: the anchor of an objective, action or indicator
 * (`#a2`), and the citation a reader copies. The identifier itself lives in the content and never
 * changes from one edition to the next, so both stay valid.
 */
import { ITEM_PREFIXES, type ItemPrefix } from '../../schemas/common';
import { ENTITY_TYPES, type EntityCollection } from '../content/entities';
import { editionUrl } from '../content/urls';

/** The page anchor of an item: its identifier in lower case (`A3.1` → `a3.1`). */
export const itemAnchor = (id: string) => id.toLowerCase();

/** « action », « objectif » or « indicateur », from the identifier's letter. */
export const itemKind = (id: string) => ITEM_PREFIXES[id[0] as ItemPrefix];

/** Where the items of one edition are cited from: the entity, the edition's year and its permanent address. */
export interface CitationSource {
	entity: string;
	year: number;
	/** Absolute address of the edition's own page (it never changes, unlike the entity's stable page). */
	url: string;
}

export function citationSource(collection: EntityCollection, slug: string, data: { id?: string; numero?: number; edition: { annee: number } }, site: URL | undefined): CitationSource {
	const path = editionUrl(collection, slug, data.edition.annee);
	return { entity: ENTITY_TYPES[collection].short(data as never), year: data.edition.annee, url: site ? new URL(path, site).href : path };
}

/** « CPRDFOP Hauts-de-France 2022-2028, fiche S1.4, action A2 (version 2023) — https://…/fiches/s1-4/2023/#a2 » */
export const citation = (source: CitationSource, id: string) =>
	`CPRDFOP Hauts-de-France 2022-2028, ${source.entity}, ${itemKind(id)} ${id} (version ${source.year}) — ${source.url}#${itemAnchor(id)}`;
