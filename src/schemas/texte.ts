import { z } from 'astro/zod';
import { texte } from './common';

/** A narrative chapter of the contract that is not an entity (introduction of Partie 4, of the proposals…): its body is Markdown. */
export const texteSchema = z
	.strictObject({
		titre: texte('Titre du chapitre'),
		ordre: z.number().int().min(1).optional().describe('Rang du chapitre dans sa partie (chapitres des dossiers contrat/ et diagnostic/)'),
	})
	.describe('Chapitre de texte suivi du contrat (le corps du fichier, en Markdown, porte le texte)');

export type Texte = z.output<typeof texteSchema>;
