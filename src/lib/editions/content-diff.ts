/**
 * What a pull request changes in the contract, as French Markdown for its review
 * (`npm run diff -- <git-ref>`): entities added, removed, revised or corrected in place, field by
 * field through the one diff engine, other content files touched, and the check's verdict.
 */
import { statusCounts } from '../content/bilans';
import { checkContent, formatReport } from '../content/check';
import { describeCounts, labelledComparison, type LabelledChange, type RegisterNames } from './comparison';
import type { ContentTree, EditionFile } from '../content/tree';
import { ENTITY_TYPES } from '../content/entities';
import { compareFrNumeric } from '../content/collation';

interface Entity {
	key: string;
	living?: EditionFile;
	frozen: Map<string, EditionFile>;
}

function entities(tree: ContentTree): Map<string, Entity> {
	const map = new Map<string, Entity>();
	for (const e of tree.editions) {
		const key = `${e.collection}/${e.folder}`;
		const entity: Entity = map.get(key) ?? { key, frozen: new Map() };
		if (e.stem === 'index') entity.living = e;
		else entity.frozen.set(e.stem, e);
		map.set(key, entity);
	}
	return map;
}

const editionOf = (e: EditionFile | undefined) => {
	const block = ((e?.data as { edition?: { annee?: number; motif?: string; adoptee_le?: unknown } } | undefined)?.edition ?? {}) as { annee?: number; motif?: string; adoptee_le?: unknown };
	const date = block.adoptee_le instanceof Date ? block.adoptee_le.toISOString().slice(0, 10) : (block.adoptee_le as string | undefined);
	return { year: block.annee, motif: block.motif, adopteeLe: date };
};

function titleOf(e: EditionFile | undefined, key: string): string {
	if (!e?.data) return key;
	try {
		return ENTITY_TYPES[e.collection].title(e.data as never);
	} catch {
		return key;
	}
}

const quote = (s: string, max = 160) => {
	const flat = s.replace(/\s+/g, ' ').trim();
	return `« ${flat.length > max ? `${flat.slice(0, max - 1)}…` : flat} »`;
};

/** The details of one changed field: the items or rows added, removed and changed. */
function fieldLines(c: LabelledChange): string[] {
	const text = (parts: { value: string; added?: boolean; removed?: boolean }[], side: 'before' | 'after') =>
		parts.filter((p) => (side === 'before' ? !p.added : !p.removed)).map((p) => p.value).join('');
	const lines = [`- **${c.label}** : ${describeCounts(c)}`];
	const items =
		c.change.kind === 'liste'
			? c.change.items.map((i) => ({ status: i.status, id: i.id, moved: i.moved, before: text(i.parts, 'before'), after: text(i.parts, 'after') }))
			: c.change.kind === 'lignes'
				? c.change.rows.map((r) => {
						const action = r.cells.find((cell) => cell.key === 'action')!.change.parts;
						const changed = r.cells.filter((cell) => cell.change.status !== 'inchange').map((cell) => cell.label.toLowerCase());
						return { status: r.status, id: r.id, moved: r.moved, before: text(action, 'before'), after: `${text(action, 'after') || '(action vide)'}${r.status === 'modifie' ? ` — colonnes modifiées : ${changed.join(', ')}` : ''}` };
					})
				: [];
	for (const i of items) {
		const id = i.id ? `${i.id} ` : '';
		if (i.status === 'ajoute') lines.push(`  - ajout : ${id}${quote(i.after)}`);
		if (i.status === 'supprime') lines.push(`  - suppression : ${id}${quote(i.before)}`);
		if (i.status === 'modifie') lines.push(`  - modification${i.moved ? ' (déplacé)' : ''} : ${id}${quote(i.after)}`);
	}
	if (c.change.kind === 'texte' && c.change.status === 'modifie') {
		const added = c.change.change.parts.filter((p) => p.added).map((p) => p.value.trim()).filter(Boolean);
		const removed = c.change.change.parts.filter((p) => p.removed).map((p) => p.value.trim()).filter(Boolean);
		if (added.length) lines.push(`  - mots ajoutés : ${quote(added.join(' … '))}`);
		if (removed.length) lines.push(`  - mots supprimés : ${quote(removed.join(' … '))}`);
	}
	return lines;
}

const registerNames = (tree: ContentTree): RegisterNames =>
	Object.fromEntries(tree.registers.map((r) => [r.collection, new Map(Object.entries(r.entries ?? {}).map(([k, v]) => [k, String((v as { nom?: string }).nom ?? k)]))]));

/** The French Markdown summary of the content changes from `base` to `head`. */
export function summariseChanges(base: ContentTree, head: ContentTree, baseLabel: string): string {
	const before = entities(base);
	const after = entities(head);
	const names = registerNames(head);
	const added: string[] = [];
	const removed: string[] = [];
	const revised: string[] = [];
	const corrected: string[] = [];
	const frozenTouched: string[] = [];

	for (const key of [...new Set([...before.keys(), ...after.keys()])].sort((a, b) => compareFrNumeric(a, b))) {
		const b = before.get(key);
		const a = after.get(key);
		if (!b?.living && a?.living) {
			added.push(`- ${titleOf(a.living, key)} (\`${a.living.file}\`, version ${editionOf(a.living).year ?? '?'})`);
			continue;
		}
		if (b?.living && !a?.living) {
			removed.push(`- ${titleOf(b.living, key)} (\`${b.living.file}\`)`);
			continue;
		}
		if (!a?.living || !b?.living) continue;
		for (const [stem, file] of b.frozen) {
			const now = a.frozen.get(stem);
			if (!now || now.text !== file.text) frozenTouched.push(`- \`${file.file}\` ${now ? 'modifiée' : 'supprimée'}`);
		}
		if (a.living.text === b.living.text) continue;
		const eb = editionOf(b.living);
		const ea = editionOf(a.living);
		const fields = labelledComparison(a.living.collection, b.living.data ?? {}, a.living.data ?? {}, names).filter((c) => c.change.status !== 'inchange');
		const details = fields.length > 0 ? fields.flatMap(fieldLines) : ['- aucune rubrique modifiée (mise en forme seulement)'];
		const title = titleOf(a.living, key);
		const frozenNow = [...a.frozen.entries()].filter(([stem]) => !b.frozen.has(stem)).map(([, f]) => f);
		if (ea.year !== eb.year) {
			revised.push(
				[
					`### ${title}`,
					'',
					`Nouvelle version **${ea.year}** (remplace ${eb.year}) — adoptée le ${ea.adopteeLe ?? '(date manquante)'} ; motif : ${ea.motif ?? '(motif manquant)'}.`,
					`Fichier : \`${a.living.file}\`${frozenNow.length > 0 ? ` ; figée${frozenNow.length > 1 ? 's' : ''} à côté : ${frozenNow.map((f) => `\`${f.file}\``).join(', ')}` : ''}.`,
					'',
					...details,
				].join('\n'),
			);
		} else {
			corrected.push([`### ${title}`, '', `Version ${ea.year} modifiée sans nouvelle version (correction). Fichier : \`${a.living.file}\`.`, '', ...details].join('\n'));
		}
	}

	const otherFiles = (tree: ContentTree) =>
		new Map([...tree.registers.map((r) => [r.file, JSON.stringify(r.entries)] as const), ...tree.texts.map((t) => [t.file, `${JSON.stringify(t.data)}\n${t.body}`] as const)]);
	const ob = otherFiles(base);
	const oa = otherFiles(head);
	const others = [...new Set([...ob.keys(), ...oa.keys()])]
		.sort()
		.filter((f) => ob.get(f) !== oa.get(f))
		.map((f) => `- \`${f}\` ${!ob.has(f) ? 'ajouté' : !oa.has(f) ? 'supprimé' : 'modifié'}`);

	const bilans = bilanLines(base, head, after);
	const check = checkContent(head);
	const total = added.length + removed.length + revised.length + corrected.length + others.length + frozenTouched.length + bilans.length;
	const section = (title: string, lines: string[], sep = '\n') => (lines.length > 0 ? [`## ${title} (${lines.length})`, '', lines.join(sep), ''] : []);
	return [
		'<!-- cprdfop-resume -->',
		`# Changements du contenu par rapport à \`${baseLabel}\``,
		'',
		total === 0
			? 'Aucun changement du contenu du contrat.'
			: `${revised.length} révision${revised.length > 1 ? 's' : ''}, ${corrected.length} correction${corrected.length > 1 ? 's' : ''} sans nouvelle version, ${added.length} entité${added.length > 1 ? 's' : ''} ajoutée${added.length > 1 ? 's' : ''}, ${removed.length} supprimée${removed.length > 1 ? 's' : ''}, ${others.length} autre${others.length > 1 ? 's' : ''} fichier${others.length > 1 ? 's' : ''} de contenu modifié${others.length > 1 ? 's' : ''}, ${bilans.length} bilan${bilans.length > 1 ? 's' : ''} annuel${bilans.length > 1 ? 's' : ''} déposé${bilans.length > 1 ? 's' : ''} ou modifié${bilans.length > 1 ? 's' : ''}.`,
		'',
		...section('Révisions', revised, '\n\n'),
		...section('Corrections sans nouvelle version', corrected, '\n\n'),
		...section('Entités ajoutées', added),
		...section('Entités supprimées', removed),
		...section('⚠ Éditions publiées modifiées ou supprimées', frozenTouched),
		...section('Bilans annuels', bilans, '\n'),
		...section('Registres et chapitres', others),
		'## Vérification',
		'',
		check.issues.length === 0 ? formatReport(check) : ['```', formatReport(check), '```'].join('\n'),
		'',
	].join('\n');
}

type BilanData = { annee?: number; actions?: { id: string; statut: string }[]; indicateurs?: unknown[]; corrections?: { le: unknown; motif: string }[] };

/** The bilans filed, changed or removed: for review, who filed what and which statuses changed. */
function bilanLines(base: ContentTree, head: ContentTree, known: Map<string, Entity>): string[] {
	const byFile = (tree: ContentTree) => new Map(tree.bilans.map((b) => [b.file, b]));
	const b = byFile(base);
	const a = byFile(head);
	const titleFor = (slug: string) => {
		const entity = [...known.entries()].find(([key]) => key.endsWith(`/${slug}`))?.[1]?.living;
		return entity ? titleOf(entity, slug) : slug;
	};
	const lines: string[] = [];
	for (const file of [...new Set([...b.keys(), ...a.keys()])].sort()) {
		const before = b.get(file);
		const after = a.get(file);
		if (after && before && after.text === before.text) continue;
		const data = (after?.data ?? before?.data ?? {}) as BilanData;
		const title = `Bilan ${data.annee ?? after?.yearFolder ?? before?.yearFolder} — ${titleFor((after ?? before)!.slug)}`;
		if (!after) {
			lines.push(`- ${title} (\`${file}\`) : supprimé`);
			continue;
		}
		const actions = data.actions ?? [];
		if (!before) {
			lines.push(`- ${title} (\`${file}\`) : déposé — ${actions.length} action${actions.length > 1 ? 's' : ''} suivie${actions.length > 1 ? 's' : ''} (${statusCounts(actions)}), ${(data.indicateurs ?? []).length} valeur${(data.indicateurs ?? []).length > 1 ? 's' : ''} d’indicateur`);
			continue;
		}
		const old = new Map(((before.data as BilanData).actions ?? []).map((x) => [x.id, x.statut]));
		const changes = actions.filter((x) => old.get(x.id) !== x.statut).map((x) => `${x.id} : ${old.has(x.id) ? `${old.get(x.id)} → ` : ''}${x.statut}`);
		const newCorrections = (data.corrections ?? []).slice(((before.data as BilanData).corrections ?? []).length);
		lines.push(`- ${title} (\`${file}\`) : modifié${changes.length > 0 ? ` — statuts : ${changes.join(' ; ')}` : ''}`);
		for (const c of newCorrections) lines.push(`  - correction du ${c.le instanceof Date ? c.le.toISOString().slice(0, 10) : String(c.le)} : ${c.motif}`);
	}
	return lines;
}
