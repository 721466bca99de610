/**
 * The dashboard's filters: each select keeps its value in the page's address (`?secteur=…`), so a
 * filtered view can be shared; rows that do not match every chosen value are hidden, and the count
 * of rows shown is announced.
 */
export function enableDashboardFilters() {
	const form = document.querySelector<HTMLFormElement>('form.filtres-suivi');
	const rows = [...document.querySelectorAll<HTMLTableRowElement>('table.suivi-entites tbody tr')];
	if (!form) return;
	const status = form.querySelector<HTMLElement>('[role="status"]')!;
	const selects = [...form.querySelectorAll<HTMLSelectElement>('select')];
	const apply = () => {
		let shown = 0;
		for (const row of rows) {
			const match = selects.every((s) => s.value === '' || (row.dataset[s.name] ?? '').split('|').includes(s.value));
			row.hidden = !match;
			if (match) shown++;
		}
		const active = selects.filter((s) => s.value !== '');
		status.textContent = active.length === 0 ? `${rows.length} fiches et engagements.` : `${shown} sur ${rows.length} fiches et engagements correspondent.`;
	};
	const params = new URLSearchParams(location.search);
	for (const s of selects) if (params.has(s.name) && [...s.options].some((o) => o.value === params.get(s.name))) s.value = params.get(s.name)!;
	form.hidden = false;
	form.addEventListener('submit', (event) => event.preventDefault());
	form.addEventListener('change', () => {
		const next = new URLSearchParams();
		for (const s of selects) if (s.value !== '') next.set(s.name, s.value);
		history.replaceState(null, '', `${location.pathname}${next.size > 0 ? `?${next}` : ''}${location.hash}`);
		apply();
	});
	apply();
}
