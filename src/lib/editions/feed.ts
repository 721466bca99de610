/**
 * The contract's history as an Atom feed (`/historique.xml`), built with the `feed` library: one
 * entry per revision, newest first, linking to its comparison.
 */
import { Feed } from 'feed';
import { describeCounts, labelledComparison, type RegisterNames } from './comparison';
import type { Revision } from '../content/edition-model';
import { ENTITY_TYPES } from '../content/entities';
import { compareUrl, editionUrl } from '../content/urls';

export function historyFeed(all: Revision[], site: URL, names: RegisterNames = {}): string {
	const url = (path: string) => new URL(path, site).href;
	const newest = all[0]?.adopteeLe;
	const feed = new Feed({
		id: url('/historique/'),
		link: url('/historique/'),
		title: 'CPRDFOP Hauts-de-France 2022-2028 — historique des révisions',
		description: 'Chaque révision du contrat : entité, version, date d’adoption, motif et rubriques modifiées.',
		language: 'fr',
		copyright: 'Licence Ouverte 2.0 (Etalab)',
		// A feed without revisions yet dates from the first year of the contract, so the build stays reproducible.
		updated: new Date(`${newest ?? '2022-01-01'}T00:00:00Z`),
		feedLinks: { atom: url('/historique.xml') },
	});
	for (const r of all) {
		const { collection, slug } = r.history;
		const name = ENTITY_TYPES[collection].title(r.edition.data as never);
		const changed = labelledComparison(collection, r.previous.data, r.edition.data, names).filter((c) => c.change.status !== 'inchange');
		feed.addItem({
			id: url(editionUrl(collection, slug, r.edition.year)),
			link: url(compareUrl(collection, slug, r.previous.year, r.edition.year)),
			title: `${name} — version ${r.edition.year}`,
			date: new Date(`${r.adopteeLe}T00:00:00Z`),
			description: `Motif : ${r.motif}`,
			content: [
				`<p>Version ${r.edition.year} (remplace la version ${r.previous.year}), adoptée le ${r.adopteeLe}. Motif : ${escapeHtml(r.motif)}</p>`,
				changed.length > 0 ? `<ul>${changed.map((c) => `<li>${escapeHtml(c.label)} : ${describeCounts(c)}</li>`).join('')}</ul>` : '<p>Aucune rubrique modifiée.</p>',
			].join(''),
		});
	}
	return feed.atom1();
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
