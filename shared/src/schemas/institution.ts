import { z } from 'zod';
import { IdSchema, LocaleSchema } from './common';

export const InstitutionSchema = z.object({
  id: IdSchema,
  code: z.string(),
  name: z.string(),
  city: z.string(),
  timeZone: z.string(),
  locale: LocaleSchema,
  color: z.string(),
});
export type Institution = z.infer<typeof InstitutionSchema>;
