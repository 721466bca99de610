/**
 * What axe-core finds on the web editor (/admin/, Decap CMS 3.16, a third-party application we
 * configure but do not write), by rule, in French for the accessibility statement. The browser
 * test of the editor fails when axe finds a defect this list does not describe; remove an entry
 * when an upgrade of Decap fixes it.
 */
export const EDITOR_DEFECTS: Record<string, string> = {
	'button-name': 'les boutons qui déplacent ou suppriment un élément de liste n’ont pas d’intitulé',
	'aria-command-name': 'les poignées de déplacement des éléments de liste n’ont pas d’intitulé',
	'aria-input-field-name': 'les zones de texte Markdown n’ont pas d’intitulé accessible',
	'color-contrast': 'certains textes (chargement, lien vers le site) manquent de contraste',
	region: 'une partie du contenu est hors des régions de la page (en-tête, contenu principal)',
};
