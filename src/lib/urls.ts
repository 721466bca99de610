import { idToSlug, type EntityCollection, type RegisterCollection } from './entities';

/** Stable address of an entity (its edition in force). */
export const entityUrl = (collection: EntityCollection, slug: string) =>
	collection === 'propositions' ? `/propositions/#atelier-${slug}` : `/${collection}/${slug}/`;

export const ambitionUrl = (numero: number) => `/ambitions/${numero}/`;
export const engagementUrl = (id: string) => `/engagements/${idToSlug(id)}/`;
export const ficheUrl = (id: string) => `/fiches/${idToSlug(id)}/`;
export const srfssUrl = (numero: number) => `/srfss/${numero}/`;

/** Page of a register entry, listing what refers to it. */
export const registerUrl = (collection: RegisterCollection, key: string) => `/${collection}/${key}/`;
