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

/**
 * The wordings of a sheet rubric that designate a register entry besides its name, word for word
 * as signed (see src/lib/content/rubric-wordings.ts for how a rubric is cut into wordings).
 */
const libelles = (rubrique: string) =>
	z
		.array(texte('Un libellé, mot pour mot'))
		.min(1, 'liste vide : supprimer le champ')
		.optional()
		.describe(`Libellés de la rubrique « ${rubrique} » des fiches qui désignent cette entrée, mot pour mot, en plus de son nom`);

/** A sector of activity, as labelled in the sheets' summary tables or their « Secteur(s) concerné(s) » rubric. */
export const secteurSchema = z
	.strictObject({ nom: texte('Nom du secteur, tel que signé'), libelles: libelles('Secteur(s) concerné(s)') })
	.describe("Secteur d'activité");

/** A territory named by the sheets. */
export const territoireSchema = z
	.strictObject({
		nom: texte('Nom du territoire'),
		type: z.enum(['Région', 'Département', 'Bassin', 'Commune', 'Autre']).describe('Nature du territoire'),
		libelles: libelles('Territoire(s) concerné(s)'),
	})
	.describe('Territoire');

/** A wording of a sheet rubric that designates no register entry, and why. */
const horsRegistre = (registre: string) =>
	z
		.array(
			z
				.strictObject({
					libelle: texte('Le libellé, mot pour mot, tel que découpé dans la rubrique'),
					motif: texte(`Pourquoi il ne désigne aucune entrée du registre des ${registre}`),
				})
				.describe('Un libellé hors registre et sa raison'),
		)
		.describe(`Libellés qui ne désignent aucune entrée du registre des ${registre}`);

/** `registres/libelles-hors-registre.yaml`: the wordings of the rubrics « Secteur(s) concerné(s) » and « Territoire(s) concerné(s) » that are not register entries. */
export const libellesHorsRegistreSchema = z
	.strictObject({ secteurs: horsRegistre('secteurs').default([]), territoires: horsRegistre('territoires').default([]) })
	.describe('Libellés des rubriques « Secteur(s) concerné(s) » et « Territoire(s) concerné(s) » des fiches qui ne désignent aucune entrée des registres, chacun avec sa raison');

export type LibellesHorsRegistre = z.output<typeof libellesHorsRegistreSchema>;

/** A public the texts name, for classifying sheets and engagements by target public. */
export const publicSchema = z
	.strictObject({
		nom: texte('Nom du public, tel qu’affiché (ex. « Demandeurs d’emploi »)'),
		description: texte('Ce que couvre ce public, en une phrase'),
	})
	.describe('Public visé, pour classer les fiches et les engagements (le texte signé de leur rubrique « Publics cibles » fait foi)');

export type Organisation = z.output<typeof organisationSchema>;
export type Secteur = z.output<typeof secteurSchema>;
export type Territoire = z.output<typeof territoireSchema>;
export type Public = z.output<typeof publicSchema>;

/** A diploma of the health and social training scheme (SRFSS), with its level in the national nomenclature. */
export const diplomeSchema = z
	.strictObject({
		intitule: texte('Intitulé du diplôme, tel que dans le diagnostic'),
		niveau: z.number().int().min(3).max(8).describe('Niveau du diplôme dans la nomenclature nationale (3 à 8)'),
		secteur: z.enum(['Sanitaire', 'Social']).describe('Secteur du SRFSS'),
		famille: texte('Famille de métiers sous laquelle le diagnostic range le diplôme'),
		specialites: z.array(texte('Une spécialité')).optional().describe('Spécialités du diplôme citées par le diagnostic'),
		ordre: z.number().int().min(1).describe('Rang du diplôme dans la liste du diagnostic'),
	})
	.describe('Diplôme des formations sanitaires et sociales');

export type Diplome = z.output<typeof diplomeSchema>;

/** A key figure stated by the contract's text: the value, what it counts, and the sentence that states it. */
export const chiffreSchema = z
	.strictObject({
		valeur: z.number().describe('Valeur, telle que dans le texte'),
		unite: texte('Unité affichée après la valeur (ex. « % »)').optional(),
		libelle: texte('Ce que compte la valeur, en quelques mots'),
		citation: texte('La phrase du contrat qui donne la valeur, mot pour mot'),
		page: z.string().regex(/^\/[a-z0-9/#-]*$/, 'chemin du site commençant par /').describe('Page du site où le contrat donne la valeur'),
	})
	.describe('Chiffre clé cité par le contrat');

export type Chiffre = z.output<typeof chiffreSchema>;
