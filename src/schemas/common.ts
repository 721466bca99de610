import { z } from 'astro/zod';

/** First and last year of the contract: every edition year must fall within. */
export const CONTRACT_FIRST_YEAR = 2022;
export const CONTRACT_LAST_YEAR = 2028;
/** Every year of the contract, in order: the millésimes, the years a bilan or a calendar view may cover. */
export const CONTRACT_YEARS = Array.from({ length: CONTRACT_LAST_YEAR - CONTRACT_FIRST_YEAR + 1 }, (_, i) => CONTRACT_FIRST_YEAR + i);

z.config(z.locales.fr());

/** Non-empty text, trimmed. */
export const texte = (description: string) =>
	z.string().trim().min(1, 'texte vide').describe(description);

/** Markdown text (paragraphs, lists, emphasis, footnotes); raw HTML is escaped at render time. */
export const texteRiche = (description: string) =>
	z.string().trim().min(1, 'texte vide').describe(`${description} (Markdown)`);

/** A list given as a list in the source: one item per entry. */
export const liste = (description: string) =>
	z.array(texte('Un élément de la liste')).min(1, 'liste vide').describe(description);

/** Kinds of item that carry a stable identifier: objectives, plan actions, indicators. */
export const ITEM_PREFIXES = { O: 'objectif', A: 'action', I: 'indicateur' } as const;
export type ItemPrefix = keyof typeof ITEM_PREFIXES;

/**
 * A stable identifier of an item (`O2`, `A3`, sub-action `A3.1`, `I1`): kept by every revision,
 * never reused for another item, so that a bilan, a citation or a link (`#a3`) always means the same item.
 */
export const identifiant = (prefix: ItemPrefix, sub = false) =>
	z
		.string()
		.regex(sub ? new RegExp(`^${prefix}[1-9][0-9]*\\.[1-9][0-9]*$`) : new RegExp(`^${prefix}[1-9][0-9]*$`), sub ? `identifiant de la forme ${prefix}3.1 (numéro de l'${ITEM_PREFIXES[prefix]} du groupe, point, rang)` : `identifiant de la forme ${prefix}1, ${prefix}2…`)
		.describe(`Identifiant stable de l'${ITEM_PREFIXES[prefix]} (ex. ${prefix}${sub ? '3.1' : '2'}), conservé d'une édition à l'autre et jamais réattribué`);

/** Identifiers must be unique within one list: reports the second occurrence. */
export const uniqueIds = <T extends { id: string }>(items: T[], ctx: z.RefinementCtx) => {
	const seen = new Set<string>();
	items.forEach((item, i) => {
		if (seen.has(item.id)) ctx.addIssue({ code: 'custom', message: `identifiant ${item.id} en double : chaque élément a le sien`, path: [i, 'id'] });
		seen.add(item.id);
	});
};

/** A list given as a list in the source, each item with its stable identifier (`O1`…, `I1`…). */
export const listeIdentifiee = (prefix: ItemPrefix, description: string) =>
	z
		.array(z.strictObject({ id: identifiant(prefix), texte: texte(`Texte de l'${ITEM_PREFIXES[prefix]}, tel que signé`) }).describe(`Un ${ITEM_PREFIXES[prefix]} et son identifiant`))
		.min(1, 'liste vide')
		.superRefine(uniqueIds)
		.describe(description);

/** A kebab-case key of a register (organisations, secteurs, territoires). */
export const cleRegistre = (registre: string) =>
	z
		.string()
		.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, `clé en minuscules et tirets, présente dans le registre ${registre}`)
		.describe(`Clé d'une entrée du registre ${registre}`);

/**
 * Tags of the publics register that classify an entity's target publics, for finding it by public.
 * A classification of the site, not signed text: the « Publics cibles » rubric stays the reference.
 */
export const publicsClasses = (minimum: 0 | 1) =>
	z
		.array(cleRegistre('publics'))
		.min(minimum, 'au moins un public')
		.describe(
			`Publics (classement) : clés du registre des publics, chacune nommée par le texte de la fiche${minimum === 0 ? ' (liste vide quand la fiche ne nomme aucun public du registre)' : ''} ; la rubrique « Publics cibles » reste le texte signé`,
		);

/** Number of one of the four strategic ambitions. */
export const numeroAmbition = z
	.number()
	.int()
	.min(1)
	.max(4)
	.describe("Numéro d'une ambition stratégique (1 à 4)");

export const annee = z
	.number()
	.int()
	.min(CONTRACT_FIRST_YEAR)
	.max(CONTRACT_LAST_YEAR)
	.describe(`Année de l'édition, de ${CONTRACT_FIRST_YEAR} à ${CONTRACT_LAST_YEAR}`);

/** An ISO 8601 calendar date, AAAA-MM-JJ (the data package types such a field as a date). */
export const ISO_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** YAML turns an unquoted 2025-03-14 into a Date: accept both, keep the ISO string. */
export const dateIso = z.preprocess(
	(value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
	z.string().regex(ISO_DATE_PATTERN, 'date au format AAAA-MM-JJ'),
);

/** The edition block every versioned entity carries (PRODUCT.md, « Editions »). */
export const edition = z
	.strictObject({
		annee,
		adoptee_le: dateIso
			.optional()
			.describe("Date d'adoption de l'édition (AAAA-MM-JJ), obligatoire dès la deuxième édition"),
		motif: texte('Pourquoi cette édition remplace la précédente, obligatoire dès la deuxième édition').optional(),
	})
	.describe("Édition de l'entité : année, date d'adoption et motif du changement");

export type Edition = z.output<typeof edition>;
