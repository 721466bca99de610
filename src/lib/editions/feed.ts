/**
 * The contract's history as an Atom feed (`/historique.xml`), built with the `feed` library: one
 * entry per revision, linking to its comparison, and one per other dated event (a bilan filed),
 * newest first.
 */
import { Feed } from 'feed';
import { describeCounts, labelledComparison, type RegisterNames } from './comparison';
import type { Revision } from '../content/edition-model';
import { ENTITY_TYPES } from '../content/entities';
import { compareUrl, editionUrl } from '../content/urls';

/** Another event of the contract's life, given by its own domain (a bilan filed): dated, with a page. */
export interface OtherEntry {
	path: string;
	title: string;
	/** AAAA-MM-JJ: when it happened, or was last corrected. */
	date: string;
	/** Plain text. */
	description: string;
}

export function historyFeed(all: Revision[], site: URL, names: RegisterNames = {}, others: OtherEntry[] = []): string {
	const url = (path: string) => new URL(path, site).href;
	const newest = [all[0]?.adopteeLe, ...others.map((o) => o.date)].filter((d): d is string => d !== undefined).sort().at(-1);
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
	for (const o of others) {
		feed.addItem({ id: url(o.path), link: url(o.path), title: o.title, date: new Date(`${o.date}T00:00:00Z`), description: o.description, content: `<p>${escapeHtml(o.description)}</p>` });
	}
	// One timeline, newest first, whatever its source.
	feed.items.sort((a, b) => b.date.getTime() - a.date.getTime());
	return feed.atom1();
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
