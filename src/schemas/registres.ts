import { z } from 'astro/zod';
import { texte } from './common';

/** Kinds of organisation that pilot or partner sheets. */
export const TYPES_ORGANISATION = [
	'Signataire',
	'Service de l’État',
	'Collectivité',
	'Organisation professionnelle',
	'Chambre consulaire',
	'Campus des métiers et des qualifications',
	'Opérateur de compétences',
	'Service public de l’emploi',
	'Enseignement supérieur et recherche',
	'Établissement de formation',
	'Association',
	'Entreprise',
	'Autre organisme',
] as const;

/** An organisation of the register: pilots and partners named in the sheets. */
export const organisationSchema = z
	.strictObject({
		nom: texte("Nom complet de l'organisation"),
		sigle: texte("Sigle ou nom court de l'organisation").optional(),
		type: z.enum(TYPES_ORGANISATION).describe("Nature de l'organisation"),
	})
	.describe('Organisation (pilote ou partenaire)');

/** A sector of activity, as labelled in the sheets' summary tables. */
export const secteurSchema = z.strictObject({ nom: texte('Nom du secteur') }).describe("Secteur d'activité");

/** A territory named by the sheets. */
export const territoireSchema = z
	.strictObject({
		nom: texte('Nom du territoire'),
		type: z.enum(['Région', 'Département', 'Bassin', 'Commune', 'Autre']).describe('Nature du territoire'),
	})
	.describe('Territoire');

export type Organisation = z.output<typeof organisationSchema>;
export type Secteur = z.output<typeof secteurSchema>;
export type Territoire = z.output<typeof territoireSchema>;
