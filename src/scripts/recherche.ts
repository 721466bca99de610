/**
 * The faceted search page, on Pagefind's JS API. Its state lives in the URL
 * (`/recherche/?q=apprentissage&Secteur=Construction`): the form is an ordinary GET form with
 * those names, so a search can be shared and comes back on reload. The filter boxes come after the
 * results, in a disclosure outside the form element, and belong to the form by its id.
 */
interface PagefindResult {
	data: () => Promise<{ url: string; excerpt: string; meta: { title?: string }; filters: Record<string, string[]> }>;
}
interface Pagefind {
	options: (o: Record<string, unknown>) => Promise<void>;
	mergeIndex: (url: string) => Promise<void>;
	filters: () => Promise<Record<string, Record<string, number>>>;
	search: (q: string | null, o: { filters: Record<string, { any: string[] }> }) => Promise<{ results: PagefindResult[]; filters: Record<string, Record<string, number>> }>;
}

const PAGE = 30;
const form = document.querySelector<HTMLFormElement>('#formulaire-recherche')!;
const facetsBox = document.querySelector<HTMLElement>('#facettes')!;
const filtersBox = document.querySelector<HTMLDetailsElement>('#filtres')!;
const statusBox = document.querySelector<HTMLElement>('#statut-recherche')!;
const list = document.querySelector<HTMLOListElement>('#resultats')!;
const more = document.querySelector<HTMLButtonElement>('#plus-de-resultats')!;
const facetNames: string[] = JSON.parse(form.dataset.facettes ?? '[]');
const versionFacet = form.dataset.facetteVersion ?? 'Version';
// The filters sit beside the results from this width on (as in the stylesheet), folded below it.
const wide = matchMedia('(min-width: 64rem)');

const params = () => new URLSearchParams(location.search);
const selected = (p: URLSearchParams) => Object.fromEntries(facetNames.map((f) => [f, p.getAll(f)]).filter(([, v]) => v.length > 0)) as Record<string, string[]>;

const sortValues = (facet: string, values: string[]) =>
	values.sort((a, b) => (facet === 'Année' ? Number(b) - Number(a) : a.localeCompare(b, 'fr', { numeric: true })));

let pagefind: Pagefind;
let shown: PagefindResult[] = [];
let rendered = 0;
let searchId = 0;

/** One fieldset of checkboxes per facet, in the registry's order, with the values the index knows. */
function renderFacets(all: Record<string, Record<string, number>>, chosen: Record<string, string[]>) {
	facetsBox.replaceChildren(
		...facetNames
			.filter((f) => all[f] && Object.keys(all[f]!).length > 0)
			.map((facet, i) => {
				const fieldset = document.createElement('fieldset');
				fieldset.className = 'facette';
				const legend = document.createElement('legend');
				legend.textContent = facet;
				fieldset.append(legend);
				sortValues(facet, Object.keys(all[facet]!)).forEach((value, j) => {
					const id = `facette-${i}-${j}`;
					const wrapper = document.createElement('div');
					const input = Object.assign(document.createElement('input'), { type: 'checkbox', name: facet, value, id, checked: chosen[facet]?.includes(value) ?? false });
					input.setAttribute('form', form.id);
					const label = Object.assign(document.createElement('label'), { htmlFor: id });
					label.append(value, ' ');
					const count = document.createElement('span');
					count.className = 'facette-compte';
					count.dataset.facette = facet;
					count.dataset.valeur = value;
					label.append(count);
					wrapper.append(input, label);
					fieldset.append(wrapper);
				});
				return fieldset;
			}),
	);
}

/** How many filters the URL holds, written where the folded filters are named. */
function showActiveFilters(p: URLSearchParams) {
	const n = Object.values(selected(p)).flat().length + (p.get('versions') === '1' ? 1 : 0);
	const text = n === 0 ? '(aucun actif)' : `(${n} actif${n > 1 ? 's' : ''})`;
	for (const span of document.querySelectorAll('.filtres-actifs')) span.textContent = text;
}

/** How many results each value would give with the current query and the other filters. */
function updateCounts(counts: Record<string, Record<string, number>>) {
	for (const span of facetsBox.querySelectorAll<HTMLElement>('.facette-compte')) {
		span.textContent = `(${counts[span.dataset.facette!]?.[span.dataset.valeur!] ?? 0})`;
	}
}

/** The list items of the next page of results, built off-page so the list never shows half a search. */
async function nextItems(): Promise<HTMLLIElement[]> {
	const slice = shown.slice(rendered, rendered + PAGE);
	rendered += slice.length;
	return Promise.all(
		slice.map(async (result) => {
			const data = await result.data();
			const li = document.createElement('li');
			const h2 = document.createElement('h2');
			const a = Object.assign(document.createElement('a'), { href: data.url });
			a.textContent = data.meta.title ?? data.url;
			h2.append(a);
			const tags = document.createElement('p');
			tags.className = 'resultat-facettes';
			tags.textContent = ['Type', 'Ambition', versionFacet, 'Année'].flatMap((f) => (data.filters[f] ?? []).map((v) => (f === 'Année' || f === versionFacet ? `version ${v}` : v))).join(' · ');
			const excerpt = document.createElement('p');
			// Pagefind's excerpt is text from our own pages with <mark> around the matches.
			excerpt.innerHTML = data.excerpt;
			li.append(h2, tags, excerpt);
			return li;
		}),
	);
}

async function showMore() {
	const id = searchId;
	const items = await nextItems();
	if (id !== searchId) return; // a newer search has replaced these results
	list.append(...items);
	more.hidden = rendered >= shown.length;
}

async function run() {
	const id = ++searchId;
	const p = params();
	const q = (p.get('q') ?? '').trim();
	const chosen = selected(p);
	showActiveFilters(p);
	const filters = Object.fromEntries(Object.entries(chosen).map(([f, v]) => [f, { any: v }]));
	if (!q && Object.keys(filters).length === 0) {
		const counts = await pagefind.filters();
		if (id !== searchId) return;
		shown = [];
		list.replaceChildren();
		more.hidden = true;
		updateCounts(counts);
		statusBox.textContent = 'Saisissez des mots ou choisissez des filtres.';
		return;
	}
	const search = await pagefind.search(q || null, { filters });
	if (id !== searchId) return; // a newer search has started
	shown = search.results;
	rendered = 0;
	const items = await nextItems();
	if (id !== searchId) return;
	// The list, the counts and the status change together: the status never describes a list that is not on the page.
	list.replaceChildren(...items);
	more.hidden = rendered >= shown.length;
	updateCounts(search.filters);
	const n = shown.length;
	const criteria = [q && `« ${q} »`, ...Object.entries(chosen).map(([f, v]) => `${f} : ${v.join(' ou ')}`)].filter(Boolean).join(', ');
	statusBox.textContent = n === 0 ? `Aucun résultat pour ${criteria}.` : `${n} résultat${n > 1 ? 's' : ''} pour ${criteria}.`;
}

let typingTimer: number | undefined;

/** The form's state becomes the URL, then the search runs from the URL. */
function commit() {
	// Enter or a ticked box commits at once: the pending search-as-you-type would only repeat it.
	clearTimeout(typingTimer);
	const data = new FormData(form);
	const next = new URLSearchParams();
	const q = String(data.get('q') ?? '').trim();
	if (q) next.set('q', q);
	for (const f of facetNames) for (const v of data.getAll(f)) next.append(f, String(v));
	if (data.get('versions')) next.set('versions', '1');
	const versionsChanged = (params().get('versions') === '1') !== next.has('versions');
	history.replaceState(null, '', `${location.pathname}${next.size > 0 ? `?${next}` : ''}`);
	// The replaced editions' index can only be merged before searching: reload to add or drop it.
	if (versionsChanged) location.reload();
	else void run();
}

async function start() {
	const p = params();
	filtersBox.open = wide.matches;
	wide.addEventListener('change', () => (filtersBox.open = wide.matches));
	// The link to the folded filters, above the results on a narrow screen, unfolds them.
	document.querySelector('a[href="#filtres"]')!.addEventListener('click', () => (filtersBox.open = true));
	showActiveFilters(p);
	const pagefindUrl = '/pagefind/pagefind.js';
	pagefind = (await import(/* @vite-ignore */ pagefindUrl)) as Pagefind;
	await pagefind.options({ excerptLength: 30 });
	const versions = form.elements.namedItem('versions') as HTMLInputElement | null;
	if (versions && p.get('versions') === '1') {
		versions.checked = true;
		await pagefind.mergeIndex(form.dataset.indexVersions!);
	}
	form.querySelector<HTMLInputElement>('input[name="q"]')!.value = p.get('q') ?? '';
	renderFacets(await pagefind.filters(), selected(p));
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		commit();
	});
	form.addEventListener('change', () => commit());
	filtersBox.addEventListener('change', () => commit());
	form.querySelector('input[name="q"]')!.addEventListener('input', () => {
		clearTimeout(typingTimer);
		typingTimer = window.setTimeout(commit, 300);
	});
	more.addEventListener('click', () => void showMore());
	form.dataset.pret = 'oui';
	await run();
}

void start();
export {};
