import type { Checker } from './checker';

/** An activity called forankret should say who owns it locally. */
export const checkActivities: Checker = (wb) => {
  const rows = wb.db
    .prepare(
      `SELECT a.name, i.number FROM activity a JOIN initiative i ON i.id = a.initiative_id
       WHERE a.status = 'forankret' AND trim(a.local_owner) = '' ORDER BY i.number, a.position`,
    )
    .all() as Array<{ name: string; number: number }>;
  return rows.map((r) => ({
    severity: 'advarsel' as const,
    area: 'Indsatser',
    message: `Aktiviteten «${r.name}» (indsats ${r.number}) er forankret, men der står ikke, hvem der ejer den lokalt`,
  }));
};
