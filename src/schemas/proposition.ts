import { z } from 'astro/zod';
import { edition, liste, numeroAmbition, texte } from './common';

/** One territorial workshop of the concertation and the proposals it produced. */
export const propositionSchema = z
	.strictObject({
		ambition: numeroAmbition.describe("Ambition stratégique sous laquelle l'atelier est présenté"),
		ordre: z.number().int().min(1).describe("Rang de l'atelier sous son ambition, dans l'ordre du contrat"),
		ville: texte("Ville où s'est tenu l'atelier territorial"),
		question: texte("Question posée à l'atelier"),
		propositions: liste("Propositions de l'atelier, dans l'ordre (Markdown en ligne)"),
		edition,
	})
	.describe('Atelier de la concertation territoriale et ses propositions inspirantes');

export type Proposition = z.output<typeof propositionSchema>;
