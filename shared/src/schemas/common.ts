import { z } from 'zod';

/** Opaque entity id: every id the API exposes is a UUID, never a sequence. */
export const IdSchema = z.uuid();

/** A UTC instant as ISO 8601 with a trailing Z. */
export const InstantSchema = z.iso.datetime();

export const IanaTimeZoneSchema = z.string().refine(
  (zone) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      return true;
    } catch {
      return false;
    }
  },
  { message: 'Unknown IANA time zone' },
);

export const LOCALES = ['en', 'de', 'ko'] as const;
export const LocaleSchema = z.enum(LOCALES);
export type Locale = z.infer<typeof LocaleSchema>;
