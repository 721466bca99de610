import { describe, expect, test } from 'vitest';
import { dashboardEntity, dimensionCounts, essentiel } from '../../src/lib/follow-up/dashboard';
import { bilanEvents } from '../../src/lib/follow-up/history';
import { actionStates, indicatorSeries, withoutBilan, type BilanRecord } from '../../src/lib/follow-up/status';
import { chartedSeries } from '../../src/lib/follow-up/suivi';
import type { Bilan } from '../../src/schemas/bilan';

const row = (id: string, action: string) => ({ id, action, resultats_attendus: '', livrables_indicateurs: '', calendrier: '2024' });
const fiche = {
	id: 'S1.4',
	titre: 'Marque employeur',
	ambitions: [1],
	secteurs: ['construction'],
	territoires: ['hauts-de-france'],
	pilotes: ['capeb'],
	plan_actions: [row('A1', 'Recenser'), { id: 'A2', groupe: 'Accompagner', lignes: [row('A2.1', 'Former'), row('A2.2', 'Suivre')] }],
};
const engagement = { id: '1.1', titre: 'Besoins', ambition: 1, objectifs_operationnels: [{ id: 'O1', texte: 'Élaborer' }], indicateurs_de_suivi: [{ id: 'I1', texte: 'Tableau de bord' }] };
const bilan = (annee: number, actions: Bilan['actions'], indicateurs: Bilan['indicateurs'] = []): Bilan => ({ annee, etabli_par: ['capeb'], etabli_le: `${annee + 1}-01-15`, actions, indicateurs });
const names = { secteurs: new Map([['construction', 'Construction']]), territoires: new Map([['hauts-de-france', 'Hauts-de-France']]), organisations: new Map([['capeb', 'CAPEB']]) };
const S14 = dashboardEntity('fiches', 's1-4', fiche, names);
const E11 = dashboardEntity('engagements', '1-1', engagement, names);
const bilans: BilanRecord[] = [
	{ collection: 'fiches', slug: 's1-4', year: 2024, data: bilan(2024, [{ id: 'A1', statut: 'en-cours' }, { id: 'A2.1', statut: 'non-demarree' }, { id: 'A2.2', statut: 'en-cours' }], [{ action: 'A1', mesure: 'Entreprises', valeur: 32, unite: 'entreprises' }]) },
	{ collection: 'fiches', slug: 's1-4', year: 2025, data: bilan(2025, [{ id: 'A1', statut: 'realisee' }], [{ action: 'A1', mesure: 'Entreprises', valeur: 45, unite: 'entreprises' }]) },
];

describe('where each action stands', () => {
	test('the latest bilan that mentions an action gives its state; sub-actions are followed, not their group', () => {
		expect(actionStates(S14, bilans).map((s) => [s.item.id, s.etat, s.year])).toEqual([
			['A1', 'realisee', 2025],
			['A2.1', 'non-demarree', 2024],
			['A2.2', 'en-cours', 2024],
		]);
		expect(actionStates(E11, bilans).map((s) => [s.item.id, s.etat])).toEqual([['O1', 'sans-bilan']]);
	});

	test('indicator values form one series per measure, year by year; a chart from two years on', () => {
		const series = indicatorSeries(S14, bilans);
		expect(series.map((s) => [s.label, s.unite, s.points.map((p) => [p.year, p.valeur])])).toEqual([['A1 — Entreprises', 'entreprises', [[2024, 32], [2025, 45]]]]);
		expect(chartedSeries(series)).toHaveLength(1);
		expect(chartedSeries(indicatorSeries(S14, bilans.slice(0, 1)))).toEqual([]);
	});
});

describe('the dashboard', () => {
	test('the sentence to remember, with and without bilans', () => {
		expect(essentiel([S14, E11], [])).toBe('Aucun bilan annuel n’a encore été publié : les 2 fiches et engagements suivis attendent le premier bilan de leurs pilotes.');
		expect(essentiel([S14, E11], bilans)).toBe(
			'Pour 2025, 1 fiche ou engagement a publié leur bilan sur 2. Sur 4 actions suivies, d’après le dernier bilan de chacune : 1 non démarrée, 1 en cours, 1 réalisée ; 1 action n’a encore aucun bilan.',
		);
	});

	test('counts by status per ambition, sector and pilot; entities without a bilan for the year', () => {
		expect(dimensionCounts([S14, E11], bilans, 'ambitions').map((r) => [r.group, r.counts])).toEqual([
			['Ambition 1', { 'non-demarree': 1, 'en-cours': 1, realisee: 1, reportee: 0, abandonnee: 0, 'sans-bilan': 1 }],
		]);
		expect(dimensionCounts([S14, E11], bilans, 'secteurs').map((r) => r.group)).toEqual(['Construction']);
		expect(dimensionCounts([S14, E11], bilans, 'pilotes').map((r) => r.group)).toEqual(['CAPEB']);
		expect(withoutBilan([S14, E11], bilans, 2025).map((e) => e.label)).toEqual(['Engagement 1.1']);
	});

	test('the history lists each bilan, a corrected one by its correction date', () => {
		const corrected = { ...bilans[0]!, data: { ...bilans[0]!.data, corrections: [{ le: '2026-03-01', motif: 'Valeur corrigée' }] } };
		expect(bilanEvents([corrected, bilans[1]!].map((b) => ({ ...b, entityData: fiche }))).map((e) => [e.title, e.corrected?.le ?? e.date, e.summary])).toEqual([
			['Bilan 2024 de la fiche S1.4', '2026-03-01', '3 actions suivies : 1 non démarrée, 2 en cours'],
			['Bilan 2025 de la fiche S1.4', '2026-01-15', '1 action suivie : 1 réalisée'],
		]);
	});
});
