import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkContent, formatReport } from '../../src/lib/content/check';
import { fingerprint } from '../../src/lib/content/edition-model';
import { readContentTree } from '../../src/lib/content/tree';
import { SAFE_CONTENT_EXPECTED } from '../../src/lib/content/mdx-safety';
import { checkEdited, VALID_FIXTURE, type Edit } from '../helpers/fixture-tree';

const AMBITION = 'ambitions/1/index.mdx';
const FICHE = 'fiches/s1-1/index.mdx';
const ENGAGEMENT = 'engagements/1-1/index.mdx';
const SRFSS = 'srfss/1/index.mdx';
const FICHE_TEXT = readFileSync(join(VALID_FIXTURE, 'src', 'content', FICHE), 'utf8');
/** Edits that add a frozen edition and record its fingerprint, as `npm run revision` does. */
const freeze = (path: string, text: string) => ({ [path]: text, 'editions.lock.json': JSON.stringify({ [`src/content/${path}`]: fingerprint(text) }) });
const file = (path: string) => expect.stringMatching(new RegExp(`src/content/${path.replace(/[.]/g, '\\.')}$`));

describe('valid content', () => {
	test('the valid fixture has one entity of every type and passes', () => {
		const result = checkContent(readContentTree(VALID_FIXTURE));
		expect(result.issues).toEqual([]);
		expect(new Set(result.editions.map((e) => e.collection))).toEqual(
			new Set(['ambitions', 'principes', 'engagements', 'fiches', 'srfss', 'propositions']),
		);
		expect(formatReport(result)).toBe('✓ 22 fichiers de contenu vérifiés, aucun problème.');
	});
});

describe('schema errors name the file, the field and what is expected, in French', () => {
	test('an ambition without its title', () => {
		const { issues } = checkEdited({ [AMBITION]: (t) => t.replace(/^titre: .*\n/m, '') });
		expect(issues).toEqual([
			{ file: file(AMBITION), field: 'titre', problem: 'champ obligatoire manquant', value: undefined, expected: "Intitulé de l'ambition stratégique, tel que dans le préambule" },
		]);
	});

	test('a misspelt field is rejected, not dropped', () => {
		const { issues } = checkEdited({ [AMBITION]: (t) => t.replace('ambition_partagee:', 'ambition_partage:') });
		expect(issues.map((i) => [i.field, i.problem])).toEqual([
			['ambition_partagee', 'champ obligatoire manquant'],
			['ambition_partage', 'champ inconnu (faute de frappe ?)'],
		]);
	});

	test('an edition year outside the contract period', () => {
		const { issues } = checkEdited({ [AMBITION]: (t) => t.replace('annee: 2022', 'annee: 2031') });
		expect(issues).toEqual([
			expect.objectContaining({ file: file(AMBITION), field: 'edition.annee', value: 2031, expected: "Année de l'édition, de 2022 à 2028" }),
		]);
		expect(issues[0]!.problem).toMatch(/2028/);
	});

	test('a sheet pointing at ambition 7', () => {
		const { issues } = checkEdited({ [FICHE]: (t) => t.replace('ambitions: [1]', 'ambitions: [7]') });
		expect(issues).toContainEqual(
			expect.objectContaining({ file: file(FICHE), field: 'ambitions.0', value: 7, expected: "Numéro d'une ambition stratégique (1 à 4)" }),
		);
	});

	test('a malformed plan d’actions row (a column missing)', () => {
		const { issues } = checkEdited({ [FICHE]: (t) => t.replace('    livrables_indicateurs: Un livrable\n', '') });
		expect(issues).toContainEqual(
			expect.objectContaining({ file: file(FICHE), field: 'plan_actions.0.livrables_indicateurs', problem: 'champ obligatoire manquant' }),
		);
	});

	test('an engagement whose id does not match its ambition', () => {
		const { issues } = checkEdited({ [ENGAGEMENT]: (t) => t.replace('ambition: 1', 'ambition: 2') });
		expect(issues).toEqual([
			expect.objectContaining({ file: file(ENGAGEMENT), field: 'ambition', problem: "le premier chiffre de l'identifiant doit être le numéro de l'ambition" }),
		]);
	});

	test('broken YAML', () => {
		const { issues } = checkEdited({ [AMBITION]: (t) => t.replace('numero: 1', 'numero: [1') });
		expect(issues).toEqual([expect.objectContaining({ file: file(AMBITION), field: '', problem: expect.stringMatching(/^en-tête YAML illisible/) })]);
	});

	test('text in the body of a file would not be published, so it is refused', () => {
		const { issues } = checkEdited({ [AMBITION]: (t) => `${t}\nUn paragraphe perdu.\n` });
		expect(issues).toEqual([expect.objectContaining({ file: file(AMBITION), field: '(corps du fichier)' })]);
	});

	test('the report prints each problem in two parts, then a counted summary', () => {
		const result = checkEdited({ [AMBITION]: (t) => t.replace(/^titre: .*\n/m, '') });
		expect(formatReport(result).replace(/\/tmp\/[^ ]+?\/src/, 'src')).toMatchInlineSnapshot(`
			"✗ src/content/ambitions/1/index.mdx — champ « titre » : champ obligatoire manquant.
			  Attendu : Intitulé de l'ambition stratégique, tel que dans le préambule.
			1 problème dans 1 fichier (22 fichiers vérifiés). Rien n'est publié tant qu'ils ne sont pas corrigés."
		`);
	});
});

describe('the rubrics « Secteur(s) concerné(s) » and « Territoire(s) concerné(s) » against the sheet\'s keys', () => {
	const withRubric = (secteurs: string, territoires = 'Hauts-de-France') => (t: string) =>
		t.replace('territoires: [hauts-de-france]', `secteurs_concernes: |-\n${secteurs.replace(/^/gm, '  ')}\nterritoires: [hauts-de-france]\nterritoires_concernes: ${territoires}`);
	const SECTEURS = 'registres/secteurs.yaml';
	const HORS = 'registres/libelles-hors-registre.yaml';

	test('a sector the register lacks, and that is not declared, is reported on the rubric with both ways out', () => {
		const { issues } = checkEdited({ [FICHE]: withRubric('- Bâtiment\n- Immobilier'), [SECTEURS]: (t) => `${t}  libelles: [Bâtiment]\n` });
		expect(issues).toEqual([
			expect.objectContaining({
				file: file(FICHE),
				field: 'secteurs_concernes',
				problem: 'le libellé « Immobilier » de la rubrique « Secteur(s) concerné(s) » ne désigne aucune entrée du registre des secteurs',
				value: 'Immobilier',
				expected: expect.stringMatching(/src\/content\/registres\/secteurs\.yaml.*libelles.*src\/content\/registres\/libelles-hors-registre\.yaml, avec son motif/),
			}),
		]);
		expect(formatReport({ issues, filesChecked: 1 })).toContain(`✗ ${issues[0]!.file} — champ « secteurs_concernes » : le libellé « Immobilier »`);
	});

	test('a register entry the rubric names but the sheet is not tagged with is reported on the key field', () => {
		const { issues } = checkEdited({ [FICHE]: withRubric('- Construction\n- Immobilier'), [SECTEURS]: (t) => `${t}immobilier:\n  nom: Immobilier\n` });
		expect(issues).toEqual([
			expect.objectContaining({
				file: file(FICHE),
				field: 'secteurs',
				problem: 'la rubrique « Secteur(s) concerné(s) » nomme « Immobilier », qui désigne l’entrée immobilier du registre des secteurs, absente des clés de la fiche',
				value: ['construction'],
				expected: 'la clé immobilier dans secteurs',
			}),
		]);
		expect(checkEdited({ [FICHE]: (t) => withRubric('- Construction\n- Immobilier')(t).replace('secteurs: [construction]', 'secteurs: [construction, immobilier]'), [SECTEURS]: (t) => `${t}immobilier:\n  nom: Immobilier\n` }).issues).toEqual([]);
	});

	test('territories too: a signed wording listed under two entries requires both keys', () => {
		const { issues } = checkEdited({
			[FICHE]: withRubric('- Construction', 'Hauts-de-France et particulièrement Calaisis Audomarois'),
			'registres/territoires.yaml': (t) => `${t}calaisis:\n  nom: Calaisis\n  type: Bassin\n  libelles: [particulièrement Calaisis Audomarois]\naudomarois:\n  nom: Audomarois\n  type: Bassin\n  libelles: [particulièrement Calaisis Audomarois]\n`,
		});
		expect(issues.map((i) => [i.field, i.expected])).toEqual([
			['territoires', 'la clé calaisis dans territoires'],
			['territoires', 'la clé audomarois dans territoires'],
		]);
	});

	test('a wording declared as no register entry, with its reason, passes; a declaration without reason or naming an entry does not', () => {
		const rubric = withRubric('- Construction\n- Tous secteurs');
		expect(checkEdited({ [FICHE]: rubric, [HORS]: 'secteurs:\n  - libelle: Tous secteurs\n    motif: la fiche vise chaque secteur, sans en nommer un\n' }).issues).toEqual([]);
		expect(checkEdited({ [FICHE]: rubric, [HORS]: 'secteurs:\n  - libelle: Tous secteurs\n' }).issues.map((i) => [i.file.replace(/^.*src\/content\//, ''), i.field, i.problem])).toEqual([
			[HORS, 'secteurs.0.motif', 'champ obligatoire manquant'],
			[FICHE, 'secteurs_concernes', 'le libellé « Tous secteurs » de la rubrique « Secteur(s) concerné(s) » ne désigne aucune entrée du registre des secteurs'],
		]);
		expect(checkEdited({ [HORS]: 'secteurs:\n  - libelle: Construction\n    motif: une erreur de déclaration\n' }).issues).toEqual([
			expect.objectContaining({ field: 'secteurs.0.libelle', problem: 'libellé déclaré hors registre, mais il désigne construction dans le registre des secteurs' }),
		]);
	});

	test('a frozen edition is left as published', () => {
		const revised = (t: string) => t.replace('annee: 2023', 'annee: 2024\n  motif: Révision\n  adoptee_le: 2024-03-01');
		const { issues } = checkEdited({ ...freeze('fiches/s1-1/2023.mdx', withRubric('- Immobilier')(FICHE_TEXT)), [FICHE]: revised });
		expect(issues).toEqual([]);
		// The same rubric in the living edition is reported.
		expect(checkEdited({ [FICHE]: (t) => withRubric('- Immobilier')(revised(t)) }).issues.map((i) => i.field)).toContain('secteurs_concernes');
	});
});

describe('reference integrity', () => {
	test('an unknown pilot organisation', () => {
		const { issues } = checkEdited({ [FICHE]: (t) => t.replace('pilotes: [capeb]', 'pilotes: [capep]') });
		expect(issues).toEqual([
			expect.objectContaining({ file: file(FICHE), field: 'pilotes.0', problem: 'référence introuvable dans le registre organisations', value: 'capep' }),
		]);
	});

	test('an unknown sector and territory', () => {
		const { issues } = checkEdited({
			[FICHE]: (t) => t.replace('secteurs: [construction]', 'secteurs: [btp]').replace('territoires: [hauts-de-france]', 'territoires: [picardie]'),
		});
		expect(issues.map((i) => [i.field, i.value])).toEqual([
			['secteurs.0', 'btp'],
			['territoires.0', 'picardie'],
		]);
	});

	test('an engagement attached to an ambition that has no file', () => {
		const { issues } = checkEdited({
			'ambitions/2/index.mdx': null,
			[ENGAGEMENT]: (t) => t.replace('id: "1.1"', 'id: "2.1"').replace('ambition: 1', 'ambition: 2'),
		});
		expect(issues).toContainEqual(
			expect.objectContaining({ file: file(ENGAGEMENT), field: 'ambition', problem: 'référence introuvable dans la collection ambitions', value: '2' }),
		);
	});

	test('an unknown public tag, on a sheet, an engagement and an SRFSS engagement', () => {
		const { issues } = checkEdited({
			[FICHE]: (t) => t.replace('publics: [entreprises]', 'publics: [entreprises, chomeurs]'),
			[ENGAGEMENT]: (t) => t.replace('publics: [tout-public]', 'publics: [grand-public]'),
			[SRFSS]: (t) => t.replace('publics: []', 'publics: [etudiants]'),
		});
		expect(issues.map((i) => [i.file, i.field, i.problem, i.value])).toEqual([
			[file(ENGAGEMENT), 'publics.0', 'référence introuvable dans le registre publics', 'grand-public'],
			[file(FICHE), 'publics.1', 'référence introuvable dans le registre publics', 'chomeurs'],
			[file(SRFSS), 'publics.0', 'référence introuvable dans le registre publics', 'etudiants'],
		]);
		expect(issues[0]!.expected).toMatch(/^une clé existante du registre publics : .*tout-public/);
		const report = formatReport(checkEdited({ [FICHE]: (t) => t.replace('publics: [entreprises]', 'publics: [chomeurs]') }));
		expect(report).toContain('✗ src/content/fiches/s1-1/index.mdx — champ « publics.0 » : référence introuvable dans le registre publics (valeur : « chomeurs »).');
	});

	test('a sheet or an engagement names at least one public; an SRFSS engagement may name none, but says so', () => {
		const { issues } = checkEdited({
			[FICHE]: (t) => t.replace('publics: [entreprises]', 'publics: []'),
			[ENGAGEMENT]: (t) => t.replace('publics: [tout-public]\n', ''),
			[SRFSS]: (t) => t.replace('publics: []\n', ''),
		});
		expect(issues.map((i) => [i.file, i.field, i.problem])).toEqual([
			[file(ENGAGEMENT), 'publics', 'champ obligatoire manquant'],
			[file(FICHE), 'publics', 'au moins un public'],
			[file(SRFSS), 'publics', 'champ obligatoire manquant'],
		]);
		expect(issues[1]!.expected).toMatch(/^Publics \(classement\) : clés du registre des publics/);
	});

	test('a public tag must be a key, not a label', () => {
		const { issues } = checkEdited({ [FICHE]: (t) => t.replace('publics: [entreprises]', 'publics: [Entreprises]') });
		expect(issues).toEqual([expect.objectContaining({ file: file(FICHE), field: 'publics.0', problem: 'clé en minuscules et tirets, présente dans le registre publics' })]);
	});

	test('an invalid register entry', () => {
		const { issues } = checkEdited({ 'registres/organisations.yaml': (t) => t.replace('type: Organisation professionnelle', 'type: Syndicat') });
		expect(issues).toEqual([expect.objectContaining({ file: file('registres/organisations.yaml'), field: 'capeb.type', value: 'Syndicat' })]);
	});
});

describe('ids and editions', () => {
	test('an id that does not match its folder', () => {
		const { issues } = checkEdited({ [FICHE]: (t) => t.replace('id: S1.1', 'id: S1.2') });
		expect(issues).toEqual([
			expect.objectContaining({ file: file(FICHE), field: 'id', value: 'S1.2', problem: "l'identifiant donne le dossier « s1-2 », mais le fichier est dans « s1-1 »" }),
		]);
	});

	test('a duplicate id: a copy of a sheet in another folder', () => {
		const { issues } = checkEdited({ 'fiches/s1-9/index.mdx': FICHE_TEXT });
		expect(issues).toEqual([
			expect.objectContaining({ file: file('fiches/s1-9/index.mdx'), field: 'id', value: 'S1.1', problem: "l'identifiant donne le dossier « s1-1 », mais le fichier est dans « s1-9 »" }),
		]);
	});

	test('a frozen edition must carry the year that names its file', () => {
		const { issues } = checkEdited({
			...freeze('fiches/s1-1/2023.mdx', FICHE_TEXT.replace('annee: 2023', 'annee: 2024\n  motif: Révision\n  adoptee_le: 2024-03-01')),
			[FICHE]: (t) => t.replace('annee: 2023', 'annee: 2025\n  motif: Révision annuelle\n  adoptee_le: 2025-03-01'),
		});
		expect(issues).toEqual([
			expect.objectContaining({ file: file('fiches/s1-1/2023.mdx'), field: 'edition.annee', value: 2024, problem: "l'édition figée 2023.mdx porte une autre année" }),
		]);
	});

	test('a correct revision: 2023 frozen, 2025 in force with its reason and date', () => {
		const { issues, editions } = checkEdited({
			...freeze('fiches/s1-1/2023.mdx', FICHE_TEXT),
			[FICHE]: (t) => t.replace('annee: 2023', 'annee: 2025\n  motif: Révision annuelle\n  adoptee_le: 2025-03-01'),
		});
		expect(issues).toEqual([]);
		expect(editions.filter((e) => e.slug === 's1-1').map((e) => [e.year, e.living])).toEqual([
			[2023, false],
			[2025, true],
		]);
	});

	describe('stable identifiers of objectives, actions and indicators', () => {
		const revised = (edit: (t: string) => string) =>
			checkEdited({
				...freeze('fiches/s1-1/2023.mdx', FICHE_TEXT),
				[FICHE]: (t) => edit(t.replace('annee: 2023', 'annee: 2025\n  motif: Révision annuelle\n  adoptee_le: 2025-03-01')),
			}).issues;
		const newRow = (id: string) => `  - id: ${id}\n    action: Une nouvelle action\n    resultats_attendus: ""\n    livrables_indicateurs: ""\n    calendrier: "2025"\n  - id: A2\n    groupe: Un groupe`;

		test('a revision that keeps every identifier and numbers a new action after the others passes', () => {
			expect(revised((t) => t.replace('  - id: A2\n    groupe: Un groupe', newRow('A3')))).toEqual([]);
		});

		test('a new action numbered with an identifier already used is refused, naming the next free one', () => {
			expect(revised((t) => t.replace('  - id: A2\n    groupe: Un groupe', newRow('A2')))).toContainEqual(
				expect.objectContaining({ file: file(FICHE), field: 'plan_actions.2.id', problem: 'identifiant A2 en double : chaque élément a le sien' }),
			);
			// The signed edition skipped A2: a new action takes A4, after A3, not the gap.
			const gap = (t: string) => t.replace('  - id: A2\n    groupe: Un groupe', '  - id: A3\n    groupe: Un groupe').replace('      - id: A2.1\n', '      - id: A3.1\n');
			const signed = gap(FICHE_TEXT);
			const { issues } = checkEdited({
				...freeze('fiches/s1-1/2023.mdx', signed),
				[FICHE]: (t) => gap(t).replace('annee: 2023', 'annee: 2025\n  motif: Révision annuelle\n  adoptee_le: 2025-03-01').replace('  - id: A3\n    groupe: Un groupe', newRow('A2').replace('  - id: A2\n    groupe', '  - id: A3\n    groupe')),
			});
			expect(issues).toEqual([
				expect.objectContaining({ file: file(FICHE), field: 'plan_actions.1.id', problem: "nouvel élément numéroté A2, alors que les éditions précédentes ont déjà utilisé jusqu'à A3", expected: 'le numéro suivant libre : A4' }),
			]);
		});

		test('an identifier removed by one edition is never given to another item later', () => {
			const without = FICHE_TEXT.replace('annee: 2023', 'annee: 2024\n  motif: Révision annuelle\n  adoptee_le: 2024-03-01').replace('  - id: O1\n    texte: Un objectif', '  - id: O2\n    texte: Un autre objectif');
			const { issues } = checkEdited({
				'fiches/s1-1/2023.mdx': FICHE_TEXT,
				'fiches/s1-1/2024.mdx': without,
				'editions.lock.json': JSON.stringify({ 'src/content/fiches/s1-1/2023.mdx': fingerprint(FICHE_TEXT), 'src/content/fiches/s1-1/2024.mdx': fingerprint(without) }),
				[FICHE]: (t) => t.replace('annee: 2023', 'annee: 2025\n  motif: Révision annuelle\n  adoptee_le: 2025-03-01').replace('  - id: O1\n    texte: Un objectif', '  - id: O2\n    texte: Un autre objectif\n  - id: O1\n    texte: Un objectif qui reprend un numéro'),
			});
			expect(issues).toEqual([
				expect.objectContaining({
					file: file(FICHE),
					field: 'objectifs_operationnels.1.id',
					problem: "l'identifiant O1 a été retiré par l'édition 2024 : il ne peut pas être donné à un autre élément",
					expected: 'un identifiant jamais utilisé par les éditions précédentes (le suivant libre : O3)',
				}),
			]);
		});

		test('identifiers have their letter and a number; a sub-action is numbered under its group', () => {
			const { issues } = checkEdited({ [FICHE]: (t) => t.replace('  - id: O1\n', '  - id: 1\n').replace('      - id: A2.1\n', '      - id: A7.1\n') });
			expect(issues).toEqual([
				expect.objectContaining({ field: 'objectifs_operationnels.0.id', expected: expect.stringContaining("Identifiant stable de l'objectif") }),
				expect.objectContaining({ field: 'plan_actions.1.lignes.0.id', problem: "la sous-action A7.1 d'un groupe A2 s'identifie A2.1, A2.2…" }),
			]);
		});
	});

	describe('annual bilans (Principe 2)', () => {
		const BILAN = 'bilans/2024/s1-1.mdx';
		const bilan = (actions: string, more = '', slug = 's1-1') =>
			`---\nentite: ${slug}\nannee: 2024\netabli_par: [capeb]\netabli_le: 2025-01-20\nactions:\n${actions}${more}\n---\n`;
		const ok = '  - id: "A1"\n    statut: realisee\n  - id: "A2.1"\n    statut: en-cours';

		test('a bilan of every action of the edition in force, each with its status, passes', () => {
			const { issues, bilans } = checkEdited({ [BILAN]: bilan(ok, '\nindicateurs:\n  - action: "A1"\n    mesure: "Entreprises accompagnées"\n    valeur: 12.5\n    unite: "entreprises"\n    territoire: hauts-de-france') });
			expect(issues).toEqual([]);
			expect(bilans.map((b) => [b.collection, b.slug, b.year, b.editionYear])).toEqual([['fiches', 's1-1', 2024, 2023]]);
		});

		test('a status left « a-renseigner » names the file, the action and the field', () => {
			const { issues } = checkEdited({ [BILAN]: bilan(ok.replace('statut: en-cours', 'statut: a-renseigner')) });
			expect(formatReport({ issues, filesChecked: 1 }).split('\n')[0]).toBe(
				'✗ src/content/bilans/2024/s1-1.mdx — champ « actions.1.statut » : statut de A2.1 à renseigner (un statut parmi : non-demarree, en-cours, realisee, reportee, abandonnee) (valeur : « a-renseigner »).',
			);
		});

		test('an unknown status, a value that is not a number, an unknown organisation are refused in French', () => {
			const { issues } = checkEdited({
				[BILAN]: bilan(ok.replace('statut: realisee', 'statut: terminee'), '\nindicateurs:\n  - mesure: "Entreprises"\n    valeur: "douze"\n    unite: "entreprises"').replace('[capeb]', '[capeb-inconnue]'),
			});
			expect(issues).toEqual([
				expect.objectContaining({ file: file(BILAN), field: 'actions.0.statut', problem: 'un statut parmi : non-demarree, en-cours, realisee, reportee, abandonnee', value: 'terminee' }),
				expect.objectContaining({ file: file(BILAN), field: 'indicateurs.0.valeur', problem: 'nombre attendu (ex. 42 ou 12.5, sans guillemets ni unité)', value: 'douze' }),
			]);
			const once = checkEdited({ [BILAN]: bilan(ok).replace('[capeb]', '[capeb-inconnue]') }).issues;
			expect(once).toEqual([expect.objectContaining({ field: 'etabli_par.0', problem: 'référence introuvable dans le registre organisations', value: 'capeb-inconnue' })]);
		});

		test('an action or indicator the edition in force that year does not have, and an action left out, are refused', () => {
			const { issues } = checkEdited({ [BILAN]: bilan('  - id: "A1"\n    statut: realisee\n  - id: "A7"\n    statut: en-cours', '\nindicateurs:\n  - id: "I1"\n    valeur: 3\n    unite: "x"') });
			expect(issues).toEqual([
				expect.objectContaining({ field: 'actions.1.id', problem: "l'édition 2023 en vigueur en 2024 n'a pas d'action A7", expected: 'un identifiant de cette édition : A1, A2.1' }),
				expect.objectContaining({ field: 'actions', problem: "l'action A2.1 de l'édition en vigueur n'a pas de suivi", value: 'A2.1' }),
				expect.objectContaining({ field: 'indicateurs.0.id', problem: "l'édition 2023 n'a pas d'indicateur I1" }),
			]);
		});

		test('a year before the entity’s first edition, a misplaced file and an unknown entity are refused', () => {
			expect(checkEdited({ 'bilans/2022/s1-1.mdx': bilan(ok).replace('annee: 2024', 'annee: 2022') }).issues).toEqual([
				expect.objectContaining({ field: 'annee', problem: "s1-1 n'a pas d'édition en vigueur en 2022 : sa première édition date de 2023", expected: 'une année de 2023 à 2028' }),
			]);
			expect(checkEdited({ 'bilans/2025/s1-1.mdx': bilan(ok) }).issues).toEqual([
				expect.objectContaining({ field: 'annee', problem: 'le bilan est rangé dans le dossier « 2025 » mais suit l\'année 2024' }),
			]);
			expect(checkEdited({ 'bilans/2024/s1-2.mdx': bilan(ok) }).issues).toEqual([
				expect.objectContaining({ field: 'entite', problem: 'le bilan suit « s1-1 » mais son fichier est « s1-2.mdx »' }),
			]);
			expect(checkEdited({ 'bilans/2024/s9-9.mdx': bilan(ok, '', 's9-9') }).issues).toEqual([
				expect.objectContaining({ field: '', problem: "aucune fiche ni aucun engagement n'a le dossier « s9-9 »" }),
			]);
		});

		test('an SRFSS engagement is followed by its objectives and its numbered indicators, one numbering across its lists', () => {
			const bilan = '---\nentite: "1"\nannee: 2023\netabli_par: [capeb]\netabli_le: 2024-02-01\nactions:\n  - id: "O1"\n    statut: en-cours\nindicateurs:\n  - id: "I1"\n    valeur: 40\n    unite: "places"\n---\n';
			expect(checkEdited({ 'bilans/2023/1.mdx': bilan }).issues).toEqual([]);
			const twice = checkEdited({ [SRFSS]: (t) => t.replace('    texte: Nb de places', '    texte: Nb de places\nindicateurs_analytiques:\n  - id: I1\n    texte: Une analyse') }).issues;
			expect(twice).toEqual([expect.objectContaining({ file: file(SRFSS), problem: "identifiant I1 en double entre les listes d'indicateurs : une seule numérotation" })]);
		});

		test('an engagement is followed by its objectives and its numbered indicators', () => {
			const { issues } = checkEdited({
				'bilans/2023/1-1.mdx': '---\nentite: 1-1\nannee: 2023\netabli_par: [capeb]\netabli_le: 2024-02-01\nactions:\n  - id: "O1"\n    statut: reportee\nindicateurs:\n  - id: "I1"\n    valeur: 26\n    unite: "SPEL"\n---\n',
			});
			expect(issues).toEqual([]);
		});
	});

	test('editions go forward in time: the living edition is the newest', () => {
		const { issues } = checkEdited({
			...freeze('fiches/s1-1/2025.mdx', FICHE_TEXT.replace('annee: 2023', 'annee: 2025\n  motif: Révision annuelle\n  adoptee_le: 2025-03-01')),
		});
		expect(issues).toEqual([
			expect.objectContaining({ file: file(FICHE), field: 'edition.annee', value: 2023, problem: "l'édition en vigueur doit être la plus récente" }),
		]);
	});

	test('a second edition must say why and when it was adopted', () => {
		const { issues } = checkEdited({
			...freeze('fiches/s1-1/2023.mdx', FICHE_TEXT),
			[FICHE]: (t) => t.replace('annee: 2023', 'annee: 2024'),
		});
		expect(issues).toEqual([expect.objectContaining({ file: file(FICHE), field: 'edition.motif' })]);
	});

	test('a revision made in the web editor, whose replaced edition is not frozen yet, is reported in French', () => {
		const { issues } = checkEdited({ [FICHE]: (t) => t.replace('annee: 2023', 'annee: 2025\n  adoptee_le: 2025-03-01\n  motif: "Révision annuelle"') });
		expect(issues).toEqual([
			{
				file: file(FICHE),
				field: 'edition.annee',
				value: 2025,
				problem: "l'édition 2025 remplace une édition précédente (elle a un motif ou une date d'adoption), mais aucune édition précédente n'est figée à côté",
				expected: expect.stringContaining('« npm run revision -- --depuis-editeur »'),
			},
		]);
	});

	test('a published edition never changes: a silent edit fails', () => {
		const { issues } = checkEdited({
			...freeze('fiches/s1-1/2023.mdx', FICHE_TEXT),
			[FICHE]: (t) => t.replace('annee: 2023', 'annee: 2025\n  motif: Révision annuelle\n  adoptee_le: 2025-03-01'),
		});
		expect(issues).toEqual([]);
		const edited = checkEdited({
			...freeze('fiches/s1-1/2023.mdx', FICHE_TEXT),
			'fiches/s1-1/2023.mdx': FICHE_TEXT.replace('Une situation.', 'Une situation réécrite.'),
			[FICHE]: (t) => t.replace('annee: 2023', 'annee: 2025\n  motif: Révision annuelle\n  adoptee_le: 2025-03-01'),
		});
		expect(edited.issues).toEqual([
			expect.objectContaining({ file: file('fiches/s1-1/2023.mdx'), problem: 'une édition publiée a été modifiée : une édition remplacée ne change jamais' }),
		]);
	});

	test('a published edition may not disappear, nor a frozen file appear by hand', () => {
		const lock = JSON.stringify({ 'src/content/fiches/s1-1/2023.mdx': fingerprint(FICHE_TEXT) });
		expect(checkEdited({ 'editions.lock.json': lock }).issues).toEqual([expect.objectContaining({ problem: 'une édition publiée a été supprimée', value: 'src/content/fiches/s1-1/2023.mdx' })]);
		const byHand = checkEdited({ 'fiches/s1-1/2023.mdx': FICHE_TEXT, [FICHE]: (t) => t.replace('annee: 2023', 'annee: 2025\n  motif: Révision annuelle\n  adoptee_le: 2025-03-01') });
		expect(byHand.issues).toEqual([expect.objectContaining({ file: file('fiches/s1-1/2023.mdx'), problem: 'édition figée absente du registre des éditions publiées' })]);
	});

	test('a file outside the edition layout', () => {
		const { issues } = checkEdited({ 'fiches/s1-1/brouillon.mdx': FICHE_TEXT });
		expect(issues).toEqual([expect.objectContaining({ problem: 'fichier mal placé ou mal nommé' })]);
	});
});

describe('no code in content files: each attack is refused with its file and line, in French', () => {
	const TEXTE = 'textes/propositions.md';
	/** Appends a block after the frontmatter of an entity file (13 lines): it lands on line 15. */
	const body = (block: string) => (t: string) => `${t}\n${block}\n`;
	/** The report lines about code (the header and its « Attendu »), without the generic "text outside the fields" issue. */
	const codeReport = (edits: Record<string, Edit>) => {
		const result = checkEdited(edits);
		const code = result.issues.filter((i) => i.expected === SAFE_CONTENT_EXPECTED);
		return formatReport({ ...result, issues: code }).split('\n').filter((line) => line.startsWith('✗'));
	};

	test.each<{ attack: string; edits: Record<string, Edit>; message: string }>([
		{
			attack: 'an ESM import in an MDX body',
			edits: { [AMBITION]: body("import Evil from '../../evil.js'") },
			message: "✗ src/content/ambitions/1/index.mdx, ligne 15 — champ « (corps du fichier) » : code interdit dans un fichier de contenu : instruction import (valeur : « import Evil from '../../evil.js' »).",
		},
		{
			attack: 'an ESM export in an MDX body',
			edits: { [AMBITION]: body("export const vol = fetch('https://evil.example')") },
			message: "✗ src/content/ambitions/1/index.mdx, ligne 15 — champ « (corps du fichier) » : code interdit dans un fichier de contenu : instruction export (valeur : « export const vol = fetch('https://evil.example') »).",
		},
		{
			attack: 'a JS expression in an MDX body',
			edits: { [AMBITION]: body('Un texte {alert(document.cookie)} piégé.') },
			message: '✗ src/content/ambitions/1/index.mdx, ligne 15 — champ « (corps du fichier) » : code interdit dans un fichier de contenu : expression {…} (valeur : « {alert(document.cookie)} »).',
		},
		{
			attack: 'a <script> in an MDX body',
			edits: { [AMBITION]: body('<script>alert(1)</script>') },
			message: '✗ src/content/ambitions/1/index.mdx, ligne 15 — champ « (corps du fichier) » : code interdit dans un fichier de contenu : balise <script> (valeur : « <script>alert(1)</script> »).',
		},
		{
			attack: 'an <iframe> in an MDX body',
			edits: { [AMBITION]: body('<iframe src="https://evil.example"></iframe>') },
			message: '✗ src/content/ambitions/1/index.mdx, ligne 15 — champ « (corps du fichier) » : code interdit dans un fichier de contenu : balise <iframe> (valeur : « <iframe src="https://evil.example"></iframe> »).',
		},
		{
			attack: 'a <STYLE> (any case) in an MDX body',
			edits: { [AMBITION]: body('<STYLE>@import url(https://evil.example/x.css);</STYLE>') },
			message: '✗ src/content/ambitions/1/index.mdx, ligne 15 — champ « (corps du fichier) » : code interdit dans un fichier de contenu : balise <style> (valeur : « <STYLE>@import url(https://evil.example/x.css);</STYLE> »).',
		},
		{
			attack: 'an <object> in an MDX body',
			edits: { [AMBITION]: body('<object data="https://evil.example/x.swf"></object>') },
			message: '✗ src/content/ambitions/1/index.mdx, ligne 15 — champ « (corps du fichier) » : code interdit dans un fichier de contenu : balise <object> (valeur : « <object data="https://evil.example/x.swf"></object> »).',
		},
		{
			attack: 'an onclick= attribute in an MDX body',
			edits: { [AMBITION]: body('<a href="#" onclick="alert(1)">lien</a>') },
			message: '✗ src/content/ambitions/1/index.mdx, ligne 15 — champ « (corps du fichier) » : code interdit dans un fichier de contenu : attribut onclick (valeur : « onclick="alert(1)" »).',
		},
		{
			attack: 'a javascript: Markdown link in an MDX body',
			edits: { [AMBITION]: body('[cliquez ici](JaVaScRiPt:alert(1))') },
			message: '✗ src/content/ambitions/1/index.mdx, ligne 15 — champ « (corps du fichier) » : code interdit dans un fichier de contenu : lien javascript: (valeur : « [cliquez ici](JaVaScRiPt:alert(1)) »).',
		},
		{
			attack: 'a javascript: link, hidden by a character reference, in a frontmatter Markdown field',
			edits: { [FICHE]: (t: string) => t.replace('synthese: Une synthèse.', 'synthese: Voir [le site](java&#115;cript:alert(1)).') },
			message: '✗ src/content/fiches/s1-1/index.mdx, ligne 8 — champ « synthese » : code interdit dans un fichier de contenu : lien javascript: (valeur : « [le site](java&#115;cript:alert(1)) »).',
		},
		{
			attack: 'a <script> in a frontmatter field',
			edits: { [FICHE]: (t: string) => t.replace('publics_cibles: Des entreprises.', 'publics_cibles: Des entreprises. <script>alert(1)</script>') },
			message: '✗ src/content/fiches/s1-1/index.mdx, ligne 18 — champ « publics_cibles » : code interdit dans un fichier de contenu : balise <script> (valeur : « <script>alert(1)</script> »).',
		},
		{
			attack: 'a <script> in the Markdown body of a chapter (textes/*.md)',
			edits: { [TEXTE]: (t: string) => `${t}\n<script>alert(1)</script>\n` },
			message: '✗ src/content/textes/propositions.md, ligne 7 — champ « (corps du fichier) » : code interdit dans un fichier de contenu : balise <script> (valeur : « <script>alert(1)</script> »).',
		},
		{
			attack: 'an <iframe> on the fourth line of a block scalar (strategie_concertee: |)',
			edits: { [AMBITION]: (t: string) => t.replace('  - un autre axe.', '  - un autre axe <iframe src="https://evil.example"></iframe>.') },
			message: '✗ src/content/ambitions/1/index.mdx, ligne 10 — champ « strategie_concertee » : code interdit dans un fichier de contenu : balise <iframe> (valeur : « <iframe src="https://evil.example"></iframe>. »).',
		},
		{
			attack: 'an onerror= handler in a quoted plan d’actions cell',
			edits: { [FICHE]: (t: string) => t.replace('resultats_attendus: Un résultat', 'resultats_attendus: "Un <img src=x ONERROR=\\"alert(1)\\"> résultat"') },
			message: '✗ src/content/fiches/s1-1/index.mdx, ligne 23 — champ « plan_actions.0.resultats_attendus » : code interdit dans un fichier de contenu : attribut onerror (valeur : « ONERROR="alert(1)" »).',
		},
		{
			attack: 'an <embed> in a register entry',
			edits: { 'registres/organisations.yaml': (t: string) => t.replace('nom: CAPEB', 'nom: CAPEB <embed src="https://evil.example/x.swf">') },
			message: '✗ src/content/registres/organisations.yaml, ligne 2 — champ « capeb.nom » : code interdit dans un fichier de contenu : balise <embed> (valeur : « <embed src="https://evil.example/x.swf"> »).',
		},
	])('$attack', ({ edits, message }) => {
		expect(codeReport(edits)).toEqual([message]);
	});

	test('the report gives what is expected, in French', () => {
		const result = checkEdited({ [AMBITION]: body('<script>alert(1)</script>') });
		expect(formatReport(result)).toContain(
			'  Attendu : du texte et du Markdown seulement : ni import/export, ni expression {…}, ni balise script, iframe, style, object, embed, ni attribut on…, ni lien javascript:.',
		);
		// The body was already refused as unpublished text: the code is one more, precise, issue.
		expect(result.issues.map((i) => i.problem)).toEqual(['texte hors des champs : il ne serait pas publié', 'code interdit dans un fichier de contenu : balise <script>']);
		expect(result.issues[1]).toEqual({ file: file(AMBITION), field: '(corps du fichier)', line: 15, problem: 'code interdit dans un fichier de contenu : balise <script>', value: '<script>alert(1)</script>', expected: SAFE_CONTENT_EXPECTED });
	});

	test('MDX that does not parse is refused with its line, and the tags it holds are still named', () => {
		expect(codeReport({ [AMBITION]: body('<style>body { display: none }</style>') })).toEqual([
			'✗ src/content/ambitions/1/index.mdx, ligne 15 — champ « (corps du fichier) » : corps MDX illisible, impossible d’y vérifier l’absence de code : Could not parse expression with acorn.',
			'✗ src/content/ambitions/1/index.mdx, ligne 15 — champ « (corps du fichier) » : code interdit dans un fichier de contenu : balise <style> (valeur : « <style>body { display: none }</style> »).',
		]);
		expect(codeReport({ [AMBITION]: body('Texte\n\n<iframe src="https://evil.example">') })).toEqual([
			'✗ src/content/ambitions/1/index.mdx, ligne 17 — champ « (corps du fichier) » : corps MDX illisible, impossible d’y vérifier l’absence de code : Expected a closing tag for `<iframe>`.',
			'✗ src/content/ambitions/1/index.mdx, ligne 17 — champ « (corps du fichier) » : code interdit dans un fichier de contenu : balise <iframe> (valeur : « <iframe src="https://evil.example"> »).',
		]);
	});

	test.each([
		'[x](<JaVaScRiPt :alert(1)>)',
		'[x](javascript&colon;alert(1))',
		'[x](<java\tscript:alert(1)>)',
		'<javascript:alert(1)>',
		'[x]: javascript:alert(1)',
		'![image](javascript:alert(1))',
		'<a href="&#106;avascript:alert(1)">x</a>',
		'<a href="jav&#x09;ascript:alert(1)">x</a>',
		'[x](javascript\\:alert(1))',
		'[x](java\u200bscript:alert(1))',
		'[x](JAVASCRIPT:alert(1))',
	])('javascript: disguised as %j is still found', (markdown) => {
		expect(codeReport({ [TEXTE]: (t: string) => `${t}\n${markdown}\n` })).toEqual([expect.stringContaining('ligne 7 — champ « (corps du fichier) » : code interdit dans un fichier de contenu : lien javascript:')]);
	});

	test('ordinary prose passes: braces, “export”, “import”, “javascript:” as a word, tags in code', () => {
		const prose = 'Un budget {export} et import : voir https://exemple.fr ; javascript: un langage ; la balise `<script>` en code.';
		const { issues } = checkEdited({
			[FICHE]: (t: string) => t.replace('synthese: Une synthèse.', `synthese: "${prose}"`),
			[TEXTE]: (t: string) => `${t}\nexport de données, import de {matériels}.\n\n${prose}\n\n\`\`\`\n<script>alert(1)</script>\n\`\`\`\n`,
		});
		expect(issues).toEqual([]);
	});
});

describe('transcription of the signed text', () => {
	test('a unit’s exponent written as a note call (« km [²](…) ») is refused with its line, in French', () => {
		const result = checkEdited({
			'textes/propositions.md': (t: string) => `${t}\n- 188,8 habitants/km [²](/diagnostic/sources/#source-2 "Source 2"), 12 m³ ; une source citée [²](/diagnostic/sources/#source-2 "Source 2")\n`,
		});
		expect(formatReport(result).split('\n').filter((line) => line.startsWith('✗'))).toEqual([
			'✗ src/content/textes/propositions.md, ligne 7 — champ « (corps du fichier) » : l’exposant de l’unité « km² » est écrit comme un appel de note (valeur : « km [²](/diagnostic/sources/#source-2 "Source 2") »).',
		]);
	});
});
