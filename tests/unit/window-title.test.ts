import { describe, expect, it } from 'vitest';
import { windowTitle } from '../../electron/app/window-title';

describe('the window title', () => {
  it('names the file; a shared one with its server, who else is online, or a lost connection', () => {
    expect(windowTitle({ fileName: 'Mørkhøj.arbejdsbog' })).toBe('Mørkhøj.arbejdsbog — Arbejdsbogen');
    const shared = (connection: 'connected' | 'reconnecting' | 'closed', online: string[] | null) => windowTitle({ fileName: 'Mørkhøj.arbejdsbog', shared: { host: 'arbejdsbog.gladsaxe.dk', connection, online } });
    expect(shared('connected', null)).toBe('Mørkhøj.arbejdsbog — Delt · arbejdsbog.gladsaxe.dk — Arbejdsbogen');
    expect(shared('connected', [])).toBe('Mørkhøj.arbejdsbog — Delt · arbejdsbog.gladsaxe.dk · ingen andre online — Arbejdsbogen');
    expect(shared('connected', ['Anne Holm', 'Sara Khalil'])).toBe('Mørkhøj.arbejdsbog — Delt · arbejdsbog.gladsaxe.dk · online: Anne Holm, Sara Khalil — Arbejdsbogen');
    expect(shared('connected', ['A', 'B', 'C', 'D', 'E'])).toContain('online: A, B, C, D og 1 anden —');
    expect(shared('connected', ['A', 'B', 'C', 'D', 'E', 'F'])).toContain('og 2 andre');
    expect(shared('reconnecting', ['Anne Holm'])).toBe('Mørkhøj.arbejdsbog — Delt · arbejdsbog.gladsaxe.dk · forbindelsen er afbrudt, prøver igen — Arbejdsbogen');
    expect(shared('closed', null)).toContain('ikke forbundet');
    // With the app's outbox: offline changes are kept here and counted, and refusals are counted too.
    const withOutbox = (connection: 'connected' | 'reconnecting', waiting: number, refused: number) =>
      windowTitle({ fileName: 'Mørkhøj.arbejdsbog', shared: { host: 'arbejdsbog.gladsaxe.dk', connection, online: [], outbox: { waiting, refused } } });
    expect(withOutbox('reconnecting', 3, 0)).toBe('Mørkhøj.arbejdsbog — Delt · arbejdsbog.gladsaxe.dk · Ikke forbundet – ændringer gemmes lokalt og sendes, når forbindelsen er tilbage · 3 ændringer venter på at blive sendt — Arbejdsbogen');
    expect(withOutbox('reconnecting', 0, 0)).toContain('Ikke forbundet – ændringer gemmes lokalt');
    expect(withOutbox('connected', 1, 2)).toBe('Mørkhøj.arbejdsbog — Delt · arbejdsbog.gladsaxe.dk · ingen andre online · 1 ændring venter på at blive sendt · 2 ændringer afvist af serveren — Arbejdsbogen');
  });
});
