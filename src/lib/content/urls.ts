import { idToSlug, type EntityCollection, type RegisterCollection } from './entities';

/** Stable address of an entity: it always shows the edition in force. */
export const entityUrl = (collection: EntityCollection, slug: string) => `/${collection}/${slug}/`;
/** Address of one edition of an entity, forever. */
export const editionUrl = (collection: EntityCollection, slug: string, year: number) => `/${collection}/${slug}/${year}/`;
/** The editions of an entity, newest first. */
export const historyUrl = (collection: EntityCollection, slug: string) => `/${collection}/${slug}/historique/`;
/** The comparison of two editions of an entity, older year first. */
export const compareUrl = (collection: EntityCollection, slug: string, a: number, b: number) =>
	`/${collection}/${slug}/comparer/${Math.min(a, b)}-${Math.max(a, b)}/`;
/** The contract as in force in a year. */
export const millesimeUrl = (year: number) => `/millesimes/${year}/`;

export const ambitionUrl = (numero: number) => `/ambitions/${numero}/`;
export const engagementUrl = (id: string) => `/engagements/${idToSlug(id)}/`;
export const ficheUrl = (id: string) => `/fiches/${idToSlug(id)}/`;
export const srfssUrl = (numero: number) => `/srfss/${numero}/`;

/** Page of a register entry, listing what refers to it. */
export const registerUrl = (collection: RegisterCollection, key: string) => `/${collection}/${key}/`;

/** The follow-up pages: dashboard, the bilans of a year, one bilan, the calendar. */
export const suiviUrl = () => '/suivi/';
export const suiviYearUrl = (year: number) => `/suivi/${year}/`;
export const bilanUrl = (year: number, slug: string) => `/suivi/${year}/${slug}/`;
