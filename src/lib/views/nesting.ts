import type { Placement } from './markdown';

/**
 * Where the body of an entity or chapter is rendered. On its own page its title is Starlight's
 * h1 and its ids are bare; on the print page, which holds the whole contract, its title is an
 * h2 or h3 and every id carries the entity's anchor, so that the bodies can share one page.
 */
export interface Nesting {
	/** Level of the heading that titles the body (1 on its own page): its rubrics are one level below. */
	level: number;
	/** Prefix of every id the body renders ('' on its own page). */
	prefix: string;
	/** Name of the entity, to tell apart the landmarks of several bodies on one page. */
	name?: string;
}

export const OWN_PAGE: Nesting = { level: 1, prefix: '' };

/** Level of a body's rubric headings, and of the headings below them. */
export const rubricLevel = (n: Nesting, below = 0) => Math.min(6, n.level + 1 + below);

/** How a body's Markdown fields are placed: their headings follow the body's level. */
export const placement = (n: Nesting): Placement => ({ shift: n.level - 1, anchorPrefix: n.prefix });

/** An accessible name, told apart by the entity's name when several bodies share the page. */
export const landmarkLabel = (n: Nesting, label: string) => (n.name ? `${label} — ${n.name}` : label);

/** The element of a heading level, typed for Astro's dynamic tags. */
export const headingTag = (level: number) => `h${Math.max(1, Math.min(6, level))}` as 'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6';
