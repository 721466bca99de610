/**
 * Zod 4's schema definitions, read to walk a schema: the check finds the French description of the
 * field an issue points at, the web editor builds its form. Zod does not type `_zod.def` for
 * walking, so the parts we read are declared here once.
 */
import type { z } from 'astro/zod';

export interface Def {
	type: string;
	shape?: Record<string, z.ZodType>;
	element?: z.ZodType;
	innerType?: z.ZodType;
	in?: z.ZodType;
	out?: z.ZodType;
	options?: z.ZodType[];
	values?: unknown[];
	entries?: Record<string, string | number>;
	checks?: { _zod: { def: { check: string; format?: string; pattern?: RegExp; minimum?: number; value?: number; error?: () => unknown } } }[];
}

export const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;
