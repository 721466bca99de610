import { describe, expect, test } from 'vitest';
import { compareEditions, countChanges, diffList, diffRows, diffText } from '../../src/lib/editions/diff';

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

describe('diffRows: plan d’actions rows matched, then compared cell by cell', () => {
	const row = (action: string, calendrier = '2023') => ({ action, resultats_attendus: 'Résultat', livrables_indicateurs: 'Indicateur', calendrier });

	test('a row whose calendar changed is the same row, changed in that cell only', () => {
		const rows = diffRows([row('Créer une marque employeur'), row('Former les chefs d’entreprise')], [row('Créer une marque employeur', '2025'), row('Former les chefs d’entreprise')]);
		expect(rows.map((r) => r.status)).toEqual(['modifie', 'inchange']);
		expect(rows[0]!.cells.filter((c) => c.change.status !== 'inchange').map((c) => c.key)).toEqual(['calendrier']);
	});

	test('a new row is added, a dropped one removed; sub-actions keep their group', () => {
		const rows = diffRows(
			[row('Animer le réseau'), { groupe: 'Promotion des métiers', lignes: [row('Salons')] }],
			[{ groupe: 'Promotion des métiers', lignes: [row('Salons'), row('Visites d’entreprises')] }],
		);
		expect(rows.map((r) => [r.status, r.groupe ?? '', r.cells[0]!.change.parts.map((p) => p.value).join('')])).toEqual([
			['supprime', '', 'Animer le réseau'],
			['inchange', 'Promotion des métiers', 'Salons'],
			['ajoute', 'Promotion des métiers', 'Visites d’entreprises'],
		]);
	});
});

describe('compareEditions', () => {
	test('compares every field in the template order, ignores the edition block, counts changes', () => {
		const changes = compareEditions(
			{ titre: 'Titre', objectifs: ['A'], plan: [{ action: 'X', resultats_attendus: '', livrables_indicateurs: '', calendrier: '2023' }], edition: { annee: 2023 } },
			{ titre: 'Titre', objectifs: ['A', 'B'], plan: [{ action: 'X', resultats_attendus: '', livrables_indicateurs: '', calendrier: '2024' }], note: 'Nouvelle rubrique', edition: { annee: 2024 } },
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
