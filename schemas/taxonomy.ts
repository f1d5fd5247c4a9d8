// Taxonomy file (DESIGN §11): one or more dimensions, each a closed set of category ids plus the
// mapping from Google content-category paths. Operators may replace the file (TAXONOMY_FILE).
import { z } from 'zod';

/** Statuses that are not categories: they never come from a classifier and never enter share denominators. */
export const UNCLASSIFIED = 'unclassified';

const categoryId = z.string().regex(/^[a-z][a-z0-9_]{0,63}$/, { message: 'lower-case letters, digits and "_", starting with a letter' });

const dimension = z
  .object({
    description: z.string().max(500).optional(),
    /** Category used when nothing fits; always one of `categories`. */
    fallback: categoryId.default('other'),
    categories: z
      .array(z.object({ id: categoryId, description: z.string().max(500).optional() }))
      .min(2)
      .max(200),
    googleMapping: z
      .array(z.object({ prefix: z.string().startsWith('/'), category: categoryId }))
      .default([]),
  })
  .superRefine((dim, ctx) => {
    const ids = new Set<string>();
    dim.categories.forEach((c, i) => {
      if (c.id === UNCLASSIFIED) ctx.addIssue({ code: 'custom', path: ['categories', i, 'id'], message: '"unclassified" is a status, not a category' });
      if (ids.has(c.id)) ctx.addIssue({ code: 'custom', path: ['categories', i, 'id'], message: 'duplicate category id' });
      ids.add(c.id);
    });
    if (!ids.has(dim.fallback)) ctx.addIssue({ code: 'custom', path: ['fallback'], message: 'must be one of the categories' });
    dim.googleMapping.forEach((m, i) => {
      if (!ids.has(m.category)) ctx.addIssue({ code: 'custom', path: ['googleMapping', i, 'category'], message: 'not one of the categories' });
    });
  });

export const taxonomySchema = z.object({
  version: z.literal(1),
  dimensions: z
    .record(z.string().regex(/^[a-z][a-z0-9_]{0,31}$/), dimension)
    .refine((d) => Object.keys(d).length > 0, { message: 'at least one dimension' }),
});

export type Taxonomy = z.output<typeof taxonomySchema>;
export type TaxonomyDimension = Taxonomy['dimensions'][string];
