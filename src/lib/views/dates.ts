/** « 14 mars 2025 » from an ISO date (AAAA-MM-JJ), read as a calendar date whatever the time zone. */
export const dateFr = (iso: string) => new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
