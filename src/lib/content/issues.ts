/**
 * The shape of every problem the content check reports, shared by the check itself and by the
 * rules it runs (MDX safety, edition rules, revision), so that none of them imports another's module.
 */

/** One problem a contributor must fix: where, what, and what was expected. */
export interface ContentIssue {
	file: string;
	/** Dotted path of the field in the frontmatter (or register entry); empty for the whole file. */
	field: string;
	/** Line in the file, when the problem sits on one. */
	line?: number;
	/** What is wrong, in French. */
	problem: string;
	/** The bad value as found, when there is one. */
	value?: unknown;
	/** What the field expects, in French. */
	expected: string;
}
