import { z } from 'astro/zod';
import { edition, texte, texteRiche } from './common';

/** One of the two principles for action and partnership. */
export const principeSchema = z
	.strictObject({
		numero: z.number().int().min(1).max(2).describe('Numéro du principe (1 ou 2)'),
		titre: texte('Intitulé du principe'),
		texte: texteRiche('Texte complet du principe, avec ses intertitres, listes et notes'),
		edition,
	})
	.describe("Principe pour l'action et le partenariat");

export type Principe = z.output<typeof principeSchema>;
