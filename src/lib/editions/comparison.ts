/**
 * What a comparison page shows: the diff engine's field changes with French labels, register
 * keys replaced by the names readers know, and counts for the summary.
 */
import { compareEditions, countChanges, type FieldChange } from './diff';
import { ENTITY_TYPES, type EntityCollection } from '../content/entities';
import { FIELD_LABELS } from '../content/labels';

/** Names of register entries, by register and key. */
export type RegisterNames = Partial<Record<string, Map<string, string>>>;

/** A copy of an edition's data where each register key is replaced by the entry's name. */
function withNames(collection: EntityCollection, data: Record<string, unknown>, names: RegisterNames): Record<string, unknown> {
	const copy: Record<string, unknown> = { ...data };
	for (const ref of ENTITY_TYPES[collection].references(data as never)) {
		const [field, index] = ref.field.split('.');
		const name = names[ref.collection]?.get(ref.key);
		if (index !== undefined && name && Array.isArray(copy[field!])) {
			copy[field!] = (copy[field!] as unknown[]).map((v, i) => (i === Number(index) ? name : v));
		}
	}
	return copy;
}

export interface LabelledChange {
	change: FieldChange;
	label: string;
	/** Anchor of the field's section. */
	id: string;
	counts: ReturnType<typeof countChanges>;
}

/** The field-by-field comparison of two editions of an entity, in the template's order. */
export function labelledComparison(collection: EntityCollection, before: unknown, after: unknown, names: RegisterNames = {}): LabelledChange[] {
	const labels: Record<string, string> = FIELD_LABELS[collection];
	const changes = compareEditions(withNames(collection, before as Record<string, unknown>, names), withNames(collection, after as Record<string, unknown>, names), Object.keys(labels));
	return changes.map((change) => ({ change, label: labels[change.field] ?? change.field, id: `rubrique-${change.field.replace(/_/g, '-')}`, counts: countChanges(change) }));
}

/** « 1 élément ajouté, 2 modifiés », « 1 ligne supprimée », or « rubrique ajoutée » for a whole field. */
export function describeCounts(c: LabelledChange): string {
	if (c.change.kind === 'texte') return { ajoute: 'rubrique ajoutée', supprime: 'rubrique supprimée', modifie: 'texte modifié', inchange: 'inchangée' }[c.change.status];
	// Rows (lignes) are feminine, list items (éléments) masculine.
	const [one, many, e] = c.change.kind === 'lignes' ? ['ligne', 'lignes', 'e'] : ['élément', 'éléments', ''];
	const part = (n: number, verb: string) => n > 0 && `${n} ${n > 1 ? many : one} ${verb}${e}${n > 1 ? 's' : ''}`;
	return [part(c.counts.ajoute, 'ajouté'), part(c.counts.supprime, 'supprimé'), part(c.counts.modifie, 'modifié')].filter(Boolean).join(', ');
}
