import { describe, expect, test } from 'vitest';
import { compareEditions, countChanges, diffIdentified, diffList, diffRows, diffText } from '../../src/lib/editions/diff';

const added = (parts: { value: string; added?: boolean }[]) => parts.filter((p) => p.added).map((p) => p.value.trim());
const removed = (parts: { value: string; removed?: boolean }[]) => parts.filter((p) => p.removed).map((p) => p.value.trim());

describe('diffText: word-level, French-aware', () => {
	test('marks the replaced word only, keeping elided and hyphenated words whole', () => {
		const change = diffText('Développer l’apprentissage socio-économique en 2023', 'Développer l’alternance socio-économique en 2025');
		expect(change.status).toBe('modifie');
		expect(removed(change.parts)).toEqual(['l’apprentissage', '2023']);
		expect(added(change.parts)).toEqual(['l’alternance', '2025']);
		expect(change.parts.map((p) => p.value).join('')).toContain('socio-économique');
	});

	test('identical, new and emptied texts', () => {
		expect(diffText('Même texte', 'Même texte')).toEqual({ status: 'inchange', parts: [{ value: 'Même texte' }] });
		expect(diffText('', 'Nouveau')).toEqual({ status: 'ajoute', parts: [{ value: 'Nouveau', added: true }] });
		expect(diffText('Ancien', '').status).toBe('supprime');
	});
});

describe('diffList: items added, removed, changed', () => {
	test('a new objective is added, a reworded one changed, a dropped one removed', () => {
		const items = diffList(
			['Fidéliser les salariés', 'Recenser les besoins des chefs d’entreprise', 'Créer un club RH'],
			['Fidéliser les salariés', 'Recenser les besoins exprimés par les chefs d’entreprise', 'Former les tuteurs'],
		);
		expect(items.map((i) => i.status)).toEqual(['inchange', 'supprime', 'modifie', 'ajoute']);
		const reworded = items[2]!.parts;
		expect(added(reworded).join(' ')).toMatch(/^exprimés par/);
		expect(reworded.filter((p) => !p.removed).map((p) => p.value).join('')).toBe('Recenser les besoins exprimés par les chefs d’entreprise');
		expect(reworded.filter((p) => !p.added).map((p) => p.value).join('')).toBe('Recenser les besoins des chefs d’entreprise');
		expect(added(items[3]!.parts)).toEqual(['Former les tuteurs']);
		expect(removed(items[1]!.parts)).toEqual(['Créer un club RH']);
	});
});

describe('diffIdentified: objectives and indicators matched by their identifier', () => {
	test('a reworded objective is the same objective changed; a moved one is changed, not removed and added', () => {
		const items = diffIdentified(
			[
				{ id: 'O1', texte: 'Fidéliser les salariés' },
				{ id: 'O2', texte: 'Recenser les besoins' },
				{ id: 'O3', texte: 'Créer un club RH' },
			],
			[
				{ id: 'O2', texte: 'Recenser les besoins' },
				{ id: 'O1', texte: 'Fidéliser durablement les salariés' },
				{ id: 'O4', texte: 'Former les tuteurs' },
			],
		);
		expect(items.map((i) => [i.id, i.status, i.moved ?? false])).toEqual([
			['O2', 'inchange', false],
			// A removed item stays after the item that preceded it.
			['O3', 'supprime', false],
			['O1', 'modifie', true],
			['O4', 'ajoute', false],
		]);
		expect(added(items[2]!.parts)).toEqual(['durablement']);
	});

	test('a text rewritten entirely under the same identifier stays one changed item', () => {
		const items = diffIdentified([{ id: 'I1', texte: 'Nombre de salons' }], [{ id: 'I1', texte: 'Taux d’insertion à six mois' }]);
		expect(items.map((i) => [i.id, i.status])).toEqual([['I1', 'modifie']]);
	});
});

describe('diffRows: plan d’actions rows matched by identifier, then compared cell by cell', () => {
	const row = (id: string, action: string, calendrier = '2023') => ({ id, action, resultats_attendus: 'Résultat', livrables_indicateurs: 'Indicateur', calendrier });

	test('a row whose calendar changed is the same row, changed in that cell only', () => {
		const rows = diffRows([row('A1', 'Créer une marque employeur'), row('A2', 'Former les chefs d’entreprise')], [row('A1', 'Créer une marque employeur', '2025'), row('A2', 'Former les chefs d’entreprise')]);
		expect(rows.map((r) => [r.id, r.status])).toEqual([
			['A1', 'modifie'],
			['A2', 'inchange'],
		]);
		expect(rows[0]!.cells.filter((c) => c.change.status !== 'inchange').map((c) => c.key)).toEqual(['calendrier']);
	});

	test('a row rewritten and moved keeps its identity: modified, not deleted plus added', () => {
		const rows = diffRows([row('A1', 'Animer le réseau'), row('A2', 'Salons')], [row('A2', 'Salons'), row('A1', 'Coordonner un réseau régional des employeurs', '2026')]);
		expect(rows.map((r) => [r.id, r.status, r.moved ?? false])).toEqual([
			['A2', 'inchange', false],
			['A1', 'modifie', true],
		]);
	});

	test('a new row is added, a dropped one removed; sub-actions keep their group', () => {
		const rows = diffRows(
			[row('A1', 'Animer le réseau'), { id: 'A2', groupe: 'Promotion des métiers', lignes: [row('A2.1', 'Salons')] }],
			[{ id: 'A2', groupe: 'Promotion des métiers', lignes: [row('A2.1', 'Salons'), row('A2.2', 'Visites d’entreprises')] }],
		);
		expect(rows.map((r) => [r.id, r.status, r.groupe ?? '', r.cells[0]!.change.parts.map((p) => p.value).join('')])).toEqual([
			['A1', 'supprime', '', 'Animer le réseau'],
			['A2.1', 'inchange', 'Promotion des métiers', 'Salons'],
			['A2.2', 'ajoute', 'Promotion des métiers', 'Visites d’entreprises'],
		]);
	});
});

describe('compareEditions', () => {
	test('compares every field in the template order, ignores the edition block, counts changes', () => {
		const changes = compareEditions(
			{ titre: 'Titre', objectifs: [{ id: 'O1', texte: 'A' }], plan: [{ id: 'A1', action: 'X', resultats_attendus: '', livrables_indicateurs: '', calendrier: '2023' }], edition: { annee: 2023 } },
			{
				titre: 'Titre',
				objectifs: [
					{ id: 'O1', texte: 'A' },
					{ id: 'O2', texte: 'B' },
				],
				plan: [{ id: 'A1', action: 'X', resultats_attendus: '', livrables_indicateurs: '', calendrier: '2024' }],
				note: 'Nouvelle rubrique',
				edition: { annee: 2024 },
			},
			['titre', 'objectifs', 'plan'],
		);
		expect(changes.map((c) => [c.field, c.kind, c.status])).toEqual([
			['titre', 'texte', 'inchange'],
			['objectifs', 'liste', 'modifie'],
			['plan', 'lignes', 'modifie'],
			['note', 'texte', 'ajoute'],
		]);
		expect(countChanges(changes[1]!)).toEqual({ ajoute: 1, supprime: 0, modifie: 0 });
		expect(countChanges(changes[2]!)).toEqual({ ajoute: 0, supprime: 0, modifie: 1 });
	});
});
