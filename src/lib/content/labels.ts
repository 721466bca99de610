/**
 * The rubric labels of the contract's sheet templates, per field: one table for the pages,
 * the comparisons and the data exports. Wording follows the signed templates.
 */
export const FIELD_LABELS = {
	ambitions: {
		numero: 'Numéro',
		titre: 'Intitulé',
		contexte_et_constat: 'Contexte et constat',
		ambition_partagee: 'Ambition partagée',
		strategie_concertee: 'Stratégie concertée',
	},
	principes: { numero: 'Numéro', titre: 'Intitulé', texte: 'Texte' },
	engagements: {
		id: 'Identifiant',
		ambition: 'Ambition stratégique',
		principe: 'Principe',
		titre: 'Intitulé',
		partenaires_associes: 'Partenaires associés',
		contexte_constats: 'Contexte/constats',
		objectifs_operationnels: 'Objectifs opérationnels',
		mise_en_oeuvre: 'Mise en œuvre de l’engagement',
		publics_cibles: 'Publics cibles',
		publics: 'Publics (classement)',
		territoire: 'Territoire',
		indicateurs_de_suivi: 'Indicateurs de suivi',
	},
	fiches: {
		id: 'N° fiche',
		ambitions: 'Ambition stratégique',
		titre: 'Fiche priorité sectorielle',
		titre_court: 'Intitulé dans le tableau de synthèse',
		secteur_tableau: 'Secteur(s)',
		pilote_tableau: 'Pilote',
		synthese: 'Synthèse contenu fiche',
		pilotes: 'Pilotes (registre des organisations)',
		pilotes_texte: 'Pilote(s)',
		partenaires: 'Organisations partenaires',
		partenaires_texte: 'Partenaires associés (structures et services concernés)',
		secteurs: 'Secteurs',
		secteurs_concernes: 'Secteur(s) concerné(s)',
		territoires: 'Territoires',
		territoires_concernes: 'Territoire(s) concerné(s)',
		mise_en_oeuvre_action: 'Mise en œuvre de l’action',
		situation_de_depart: 'Situation de départ / constat / problématique (y compris nouveau texte législatif)',
		objectifs_operationnels: 'Objectifs opérationnels',
		publics_cibles: 'Publics cibles',
		publics: 'Publics (classement)',
		plan_actions: 'Plan d’actions',
		complements: 'Compléments',
	},
	srfss: {
		numero: 'Numéro',
		titre: 'Intitulé de la fiche engagement',
		ambition: 'Ambition stratégique à laquelle l’action se rattache',
		pilote: 'Pilote(s)',
		copilote: 'Copilote',
		partenaires: 'Partenaires associés',
		contexte: 'Contexte/constats',
		objectifs: 'Objectifs opérationnels',
		descriptif: 'Descriptif de l’engagement',
		dispositifs_leviers: 'Dispositifs ou leviers mobilisables',
		calendrier: 'Calendrier : échéance souhaitable et /ou étapes',
		publics_cibles: 'Publics cibles (si public spécifique à préciser)',
		publics: 'Publics (classement)',
		territoire: 'Territoire à préciser si besoin',
		indicateurs_de_suivi: 'Indicateurs de suivi',
		indicateurs: 'Indicateurs de suivi (liste)',
		indicateurs_precisions: 'Indicateurs de suivi (après la liste)',
		indicateurs_quantitatifs: 'Données quantitatives',
		indicateurs_analytiques: 'Données analytiques',
		autres_informations: 'Autres informations utiles',
	},
	propositions: {
		ambition: 'Ambition stratégique',
		ordre: 'Rang',
		ville: 'Ville',
		question: 'Question',
		propositions: 'Propositions',
	},
} as const;

/** Column headers of a plan d'actions, as in the sheets. */
export const PLAN_COLUMNS = [
	{ key: 'action', label: 'Actions' },
	{ key: 'resultats_attendus', label: 'Résultats attendus' },
	{ key: 'livrables_indicateurs', label: 'Livrables et indicateurs' },
	{ key: 'calendrier', label: 'Calendrier' },
] as const;

/** The two fields of a group of sub-actions in a plan d'actions. */
export const PLAN_GROUP_LABELS = { groupe: 'Intitulé du groupe', lignes: 'Sous-actions' } as const;

/** The edition block every versioned entity carries. */
/** Labels of a bilan's fields (web editor, data). */
export const BILAN_LABELS = {
	entite: 'Fiche ou engagement suivi',
	annee: 'Année suivie',
	etabli_par: 'Établi par',
	etabli_le: 'Établi le',
	valide_le: 'Validé par le comité le',
	actions: 'État d’avancement des actions',
	indicateurs: 'Indicateurs',
	nouvelles_actions: 'Nouvelles actions identifiées',
	corrections: 'Corrections après publication',
} as const;

/** Labels of the fields of a bilan's items, by list. */
export const BILAN_ITEM_LABELS = {
	actions: { id: 'Identifiant', statut: 'Statut', reussites: 'Réussites', difficultes: 'Difficultés', ajustements: 'Ajustements', remediations: 'Remédiations', bilan_final: 'Bilan final' },
	indicateurs: { id: 'Indicateur (I1…)', action: 'Action (A1…)', mesure: 'Mesure', valeur: 'Valeur', unite: 'Unité', territoire: 'Territoire', date: 'Date', source: 'Source' },
	corrections: { le: 'Corrigé le', motif: 'Motif' },
} as const;

export const EDITION_LABELS = { edition: 'Édition', annee: 'Année de l’édition', adoptee_le: 'Adoptée le', motif: 'Motif de la révision' } as const;

/** The note under the publics tags; `prefix` is the id prefix of the entity's rubrics on the page (the print page prefixes them). */
export const publicsNote = (prefix = '') =>
	`Classement établi pour la consultation du site d’après le texte de la fiche ; il ne fait pas partie du contrat signé, dont la rubrique [« Publics cibles »](#${prefix}publics-cibles) fait foi.`;

/** Shown where the signed sheet leaves a rubric of its template empty. */
export const EMPTY_RUBRIC = '*Rubrique non renseignée dans la fiche signée.*';

/** Titles of the Parties kept as narrative chapters, for their index pages and the printed contract. */
export const PARTIE_TITLES = {
	contrat: 'Partie 1 — Orientations générales',
	diagnostic: 'Partie 2 — Diagnostic partagé',
} as const;
