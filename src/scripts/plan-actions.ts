/**
 * Restores the table semantics of the plans d'actions where the phone layout (cards, through
 * `display: block`) makes a browser drop them: Safari then hides the table from VoiceOver. The
 * roles match what a native table exposes, so browsers that keep the semantics are unchanged.
 */
const ROLES: [selector: string, role: string][] = [
	['table', 'table'],
	['thead, tbody', 'rowgroup'],
	['tr', 'row'],
	['th[scope="col"]', 'columnheader'],
	['th[scope="rowgroup"], th[scope="row"]', 'rowheader'],
	['td', 'cell'],
];

for (const table of document.querySelectorAll<HTMLTableElement>('.plan-actions table')) {
	for (const [selector, role] of ROLES) {
		if (table.matches(selector)) table.setAttribute('role', role);
		for (const part of table.querySelectorAll(selector)) part.setAttribute('role', role);
	}
}
