import { describe, expect, test } from 'vitest';
import { checkContent } from '../../src/lib/content/check';
import { REGISTERS } from '../../src/lib/content/entities';
import { RUBRIC_FIELDS, rubricFindings, rubricItems, rubricWordings, wordingTable, type RubricField, type WordingEntries } from '../../src/lib/content/rubric-wordings';
import { readContentTree } from '../../src/lib/content/tree';
import { libellesHorsRegistreSchema } from '../../src/schemas/registres';
import { ROOT } from '../helpers/site';

const none = () => false;

describe('cutting a rubric into wordings', () => {
	test('rule 1: each list item, at any depth and whatever its bullet, is an item; a rubric without a list is one item', () => {
		expect(rubricItems('- Transport\n- Logistiques')).toEqual(['Transport', 'Logistiques']);
		expect(rubricItems('➤ Transport')).toEqual(['Transport']);
		expect(rubricItems('- Immobilier\n  - a. Administration de bien\n  - b. Résidences Service')).toEqual(['Immobilier', 'Administration de bien', 'Résidences Service']);
		expect(rubricItems('Hauts-de-France')).toEqual(['Hauts-de-France']);
		expect(rubricItems('- Une ligne\n  qui continue')).toEqual(['Une ligne qui continue']);
	});

	test('rule 2: an aside in parentheses is left out, commas inside it included', () => {
		expect(rubricItems("- Territoire d'expérimentation Artois (bassin d'emploi Lens-Hénin-Douai)")).toEqual(["Territoire d'expérimentation Artois"]);
		expect(rubricItems('- Immobilier\n  - a. Administration de bien (Gestion locative, Gestion de copropriété)')).toEqual(['Immobilier', 'Administration de bien']);
		expect(rubricItems('- Industries mécanique, filière aéronautique, (maintenance des matériels)')).toEqual(['Industries mécanique, filière aéronautique']);
	});

	test('rule 3: cut at « : », then commas, then « et », « mais », « avec »', () => {
		expect(rubricWordings('- Commerce : BtoB, BtoC, e-commerce, commerce de gros', none)).toEqual(['Commerce', 'BtoB', 'BtoC', 'e-commerce', 'commerce de gros']);
		expect(rubricWordings('- Banque, Assurances', none)).toEqual(['Banque', 'Assurances']);
		expect(rubricWordings('Hauts-de-France et particulièrement Calaisis Audomarois et lycées précités', none)).toEqual([
			'Hauts-de-France',
			'particulièrement Calaisis Audomarois',
			'lycées précités',
		]);
		expect(rubricWordings('Localisé en Hainaut mais de portée régionale', none)).toEqual(['Localisé en Hainaut', 'de portée régionale']);
		expect(rubricWordings('Région HDF avec expérimentation possible sur le territoire de la CUD', none)).toEqual([
			'Région HDF',
			'expérimentation possible sur le territoire de la CUD',
		]);
		// « et » inside a word is no separator.
		expect(rubricWordings('- Hôtellerie\n- Restauration', none)).toEqual(['Hôtellerie', 'Restauration']);
	});

	test('a declared wording is not cut: « textile et habillement » stays whole when a register lists it', () => {
		const declared = (w: string) => ['textile et habillement', 'carrières et matériaux'].includes(w);
		expect(rubricWordings('- Chimie, plasturgie, textile et habillement, carrières et matériaux, recyclage industriel et filière bois', declared)).toEqual([
			'Chimie',
			'plasturgie',
			'textile et habillement',
			'carrières et matériaux',
			'recyclage industriel',
			'filière bois',
		]);
		expect(rubricWordings('- Bâtiment et Travaux Publics', (w) => w === 'Bâtiment et Travaux Publics')).toEqual(['Bâtiment et Travaux Publics']);
	});
});

describe('from wordings to register keys', () => {
	const entries: WordingEntries = {
		immobilier: { nom: 'Immobilier', libelles: ['Administration de bien'] },
		numerique: { nom: 'Numérique' },
		calaisis: { nom: 'Calaisis', libelles: ['particulièrement Calaisis Audomarois'] },
		audomarois: { nom: 'Audomarois', libelles: ['particulièrement Calaisis Audomarois'] },
	};
	const table = wordingTable(entries, [{ libelle: 'Tous secteurs', motif: 'chaque secteur' }]);

	test('a wording designates the entries whose name or signed wordings give it word for word, possibly several', () => {
		expect(table.keysOf('Immobilier')).toEqual(['immobilier']);
		expect(table.keysOf('Administration de bien')).toEqual(['immobilier']);
		expect(table.keysOf('particulièrement Calaisis Audomarois')).toEqual(['calaisis', 'audomarois']);
		expect(table.keysOf('immobilier')).toEqual([]); // word for word, case included
		expect(table.reasonOf('Tous secteurs')).toBe('chaque secteur');
	});

	test('findings: a wording that designates nothing and is not declared, and each designated key the sheet lacks', () => {
		expect(rubricFindings('secteurs_concernes', '- Immobilier\n- Numérique\n- Tous secteurs\n- Services aux entreprises', ['immobilier'], table)).toEqual([
			{ kind: 'non-designe', rubric: 'secteurs_concernes', wording: 'Services aux entreprises' },
			{ kind: 'cle-manquante', rubric: 'secteurs_concernes', key: 'numerique', wordings: ['Numérique'] },
		]);
		expect(rubricFindings('secteurs_concernes', undefined, [], table)).toEqual([]);
	});
});

/** The contract's sheets, registers and declarations, as `npm run check` reads them. */
const tree = readContentTree(ROOT);
const declared = libellesHorsRegistreSchema.parse(tree.horsRegistre?.data ?? {});
const tables = Object.fromEntries(
	(['secteurs', 'territoires'] as const).map((register) => {
		const entries = tree.registers.find((r) => r.collection === register)!.entries as Record<string, unknown>;
		const parsed = Object.fromEntries(Object.entries(entries).map(([k, v]) => [k, REGISTERS[register].schema.parse(v)]));
		return [register, wordingTable(parsed, declared[register])];
	}),
);
const livingSheets = tree.editions.filter((e) => e.collection === 'fiches' && e.stem === 'index').map((e) => [(e.data as { id: string }).id, e] as const);

describe('every sheet of the contract: its keys cover every sector and territory its rubrics name', () => {
	test('the 30 sheets are read', () => expect(livingSheets).toHaveLength(30));

	test.each(livingSheets)('%s', (_id, sheet) => {
		const data = sheet.data as Record<string, string[] | string | undefined>;
		const findings = (Object.keys(RUBRIC_FIELDS) as RubricField[]).flatMap((rubric) => {
			const { keys, register } = RUBRIC_FIELDS[rubric];
			return rubricFindings(rubric, data[rubric] as string | undefined, data[keys] as string[], tables[register]!);
		});
		expect(findings).toEqual([]);
	});

	test('S1.6 is tagged with Immobilier and Numérique, which its rubric names', () => {
		const s16 = livingSheets.find(([id]) => id === 'S1.6')![1].data as { secteurs: string[] };
		expect(s16.secteurs).toEqual(expect.arrayContaining(['immobilier', 'numerique']));
	});

	test('every declared non-register wording is used by a sheet and gives its reason', () => {
		const used = new Set(
			livingSheets.flatMap(([, sheet]) =>
				(Object.keys(RUBRIC_FIELDS) as RubricField[]).flatMap((rubric) => {
					const text = (sheet.data as Record<string, string | undefined>)[rubric];
					return text === undefined ? [] : rubricWordings(text, tables[RUBRIC_FIELDS[rubric].register]!.isDeclared).map((w) => `${RUBRIC_FIELDS[rubric].register}:${w}`);
				}),
			),
		);
		for (const register of ['secteurs', 'territoires'] as const) {
			for (const { libelle, motif } of declared[register]) {
				expect(used, `${register} : « ${libelle} »`).toContain(`${register}:${libelle}`);
				expect(motif.length).toBeGreaterThan(20);
			}
		}
	});

	test('npm run check finds nothing to report about them', () => {
		const issues = checkContent(tree).issues.filter((i) => ['secteurs', 'territoires', 'secteurs_concernes', 'territoires_concernes'].includes(i.field));
		expect(issues).toEqual([]);
	});
});
