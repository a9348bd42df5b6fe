// A realistic steering-group meeting built by hand as the Møder feature's MeetingDetail, for
// testing the dagsorden and referat generators on exact content and hostile text; the tests
// from a demo workbook (documents-demo.test.ts) cover the same documents read from storage.
import type { AgendaItem, MeetingParticipant } from '../../shared/domain/meeting';
import type { ActionRecord } from '../../shared/domain/meeting-views';
import { isOnAgenda } from '../../shared/meetings/proposals';
import { scheduleAgenda } from '../../shared/meetings/time-slots';
import type { DocumentHeader } from '../../electron/documents/layout';
import type { MeetingDocumentData } from '../../electron/documents/meetings/meeting-document-data';

export const SAMPLE_HEADER: DocumentHeader = {
  organisation: 'Gladsaxe Kommune',
  department: 'Børne- og Kulturforvaltningen',
  steeringGroup: 'Styregruppen for social balance i Mørkhøj',
  programmeTitle: 'Styrket indsats for social balance i Mørkhøj',
  journalNumber: '85.00.00P20',
  caseNumber: '2015/00638 010',
};

const MEETING_ID = 12;

function participant(id: number, name: string, role: string, present = true, absenceNote = ''): MeetingParticipant {
  return { id, meetingId: MEETING_ID, memberId: id, name, role, present, absenceNote };
}

let nextItemId = 100;
function item(fields: Partial<AgendaItem> & Pick<AgendaItem, 'title' | 'type' | 'minutes'>): AgendaItem {
  const id = nextItemId++;
  return {
    id,
    meetingId: MEETING_ID,
    position: id,
    presenter: '',
    initiativeId: null,
    recommendation: [],
    caseText: '',
    standing: null,
    proposedBy: 'Mette Holm (Formand)',
    proposalState: 'accepteret',
    declineReason: '',
    minutesText: '',
    decision: '',
    attachments: [],
    revision: null,
    revisedOn: null,
    sourceKind: null,
    sourceId: null,
    ...fields,
  };
}

/** The meeting of 2 December 2026 at Mørkhøj Bibliotek, with minutes, actions and a carried-over action. */
export function sampleMeeting(): MeetingDocumentData {
  nextItemId = 100;
  const items: AgendaItem[] = [
    item({
      title: 'Godkendelse af dagsorden',
      type: 'Beslutning',
      minutes: 5,
      presenter: 'Mette Holm',
      standing: 'approveAgenda',
      recommendation: ['at dagsordenen godkendes'],
      minutesText: '',
      decision: 'Dagsordenen blev godkendt.',
    }),
    item({
      title: 'Opfølgning på referat og handlinger',
      type: 'Orientering',
      minutes: 10,
      presenter: 'Mette Holm',
      standing: 'followUp',
      minutesText: 'Handlingen om aftale med boligforeningen er i gang. Lejekontrakten for lokalet i Mørkhøj Parkallé ventes underskrevet i januar.',
    }),
    item({
      title: 'Status på lektiecaféen i Mørkhøj',
      type: 'Orientering',
      minutes: 20,
      presenter: 'Jonas Berg',
      initiativeId: 1,
      caseText:
        'Lektiecaféen har siden september haft åbent to eftermiddage om ugen på Mørkhøj Bibliotek. I gennemsnit kommer 14 børn og unge pr. gang, heraf flest fra 4.–7. klasse.\n\nFrivillige fra gymnasiet og to seniorer fra Ældre Sagen bemander caféen. Efterspørgslen er størst om tirsdagen, hvor der til tider er venteliste.\n\nDen sociale innovator vil på mødet fortælle om erfaringerne og om dialogen med skolerne om en fast henvisningspraksis.',
      attachments: [{ id: 1, itemId: 102, name: 'Evaluering af lektiecaféen efterår 2026', path: 'C:\\Users\\jb\\Dokumenter\\Evaluering lektiecafé.pdf' }],
      minutesText:
        'Jonas Berg fremlagde erfaringerne. Styregruppen glædede sig over fremmødet og drøftede, hvordan ventelisten om tirsdagen kan afhjælpes.\nSkolelederen fra Mørkhøj Skole tilbød at formidle kontakt til flere frivillige.',
    }),
    item({
      title: 'Videreførelse af den sociale innovator i driften',
      type: 'Beslutning',
      minutes: 30,
      presenter: 'Mette Holm',
      initiativeId: 1,
      recommendation: [
        'at styregruppen anbefaler BKF-chefgruppen, at funktionen som social innovator videreføres i 2027',
        'at finansieringen på 575.000 kr. søges i budgetforhandlingerne',
        'at formanden udarbejder et notat til direktøren inden 15. januar 2027',
      ],
      caseText:
        'Programperioden sluttede med 2022 K4, og funktionen er siden videreført midlertidigt. Evalueringen viser, at de fællesskabende aktiviteter i høj grad er båret af den sociale innovators relationsarbejde.\n\nUden en fast forankring vil flere aktiviteter – herunder fællesspisningen og forældrenetværket – formentlig ophøre. Styregruppen skal derfor tage stilling til, om den vil anbefale en varig videreførelse.',
      attachments: [
        { id: 2, itemId: 103, name: 'Slutevaluering – Styrket indsats for social balance i Mørkhøj', path: '/home/mh/slutevaluering.pdf' },
        { id: 3, itemId: 103, name: '', path: '/home/mh/Budgetoverslag 2027.xlsx' },
      ],
      minutesText: 'Styregruppen drøftede indstillingen. Der var enighed om, at funktionen er afgørende for forankringen af aktiviteterne.',
      decision: 'Styregruppen godkendte indstillingen. Formanden sender notatet til direktøren senest 15. januar 2027.',
    }),
    item({
      title: 'Forældresamarbejde: erfaringer fra dagtilbud og skoler',
      type: 'Drøftelse',
      minutes: 25,
      presenter: 'Lise Andersen',
      initiativeId: 3,
      caseText: 'Arbejdsgruppen for indsats 3 præsenterer erfaringerne fra forløbet med de 280 medarbejdere fra dagtilbud, skoler, Ung i Gladsaxe og sundhedsplejen.',
      minutesText: 'Lise Andersen præsenterede erfaringerne. Særligt de professionelle læringsfællesskaber fremhæves som en styrke.',
    }),
    item({
      title: 'Babybibliotek i samarbejde med sundhedsplejen',
      type: 'Drøftelse',
      minutes: 15,
      presenter: 'Jonas Berg',
      proposedBy: 'Jonas Berg (Social innovator)',
      proposalState: 'foreslået',
    }),
    item({
      title: 'Ny skaterbane ved Mørkhøj Skole',
      type: 'Drøftelse',
      minutes: 15,
      proposedBy: 'Jonas Berg (Social innovator)',
      proposalState: 'afvist',
      declineReason: 'Hører under Teknik- og Miljøforvaltningen',
    }),
    item({
      title: 'Eventuelt',
      type: 'Orientering',
      minutes: 5,
      standing: 'anyOtherBusiness',
      minutesText: '',
    }),
  ];
  const actions: ActionRecord[] = [
    { id: 1, meetingId: MEETING_ID, itemId: 103, position: 1, what: 'Notat til direktøren om videreførelse af den sociale innovator', who: 'Mette Holm', memberId: 1, deadline: '2027-01-15', status: 'åben', completedOn: null },
    { id: 2, meetingId: MEETING_ID, itemId: 102, position: 2, what: 'Kontakt til frivillige via Mørkhøj Skole', who: 'Jonas Berg', memberId: 2, deadline: '2026-12-18', status: 'åben', completedOn: null },
    { id: 3, meetingId: MEETING_ID, itemId: null, position: 3, what: 'Mødekalender for 2027 sendes ud', who: 'Sekretariatet', memberId: null, deadline: null, status: 'åben', completedOn: null },
  ];
  const meeting = { id: MEETING_ID, date: '2026-12-02', startTime: '14:00', endTime: '16:00', place: 'Mørkhøj Bibliotek, mødelokale 2', status: 'referat godkendt' as const, unlocked: false, factsRevisedOn: null };
  return {
    header: SAMPLE_HEADER,
    date: '2026-11-25',
    meeting,
    schedule: scheduleAgenda(meeting, items.map((i) => ({ id: i.id, minutes: i.minutes, onAgenda: isOnAgenda(i) }))),
    previousMeeting: { id: 11, date: '2026-10-21' },
    withdrawnItems: [],
    pointDecisions: [],
    dissents: [],
    participants: [
      participant(1, 'Mette Holm', 'formand, skoleleder Mørkhøj Skole'),
      participant(2, 'Jonas Berg', 'social innovator'),
      participant(3, 'Lise Andersen', 'dagtilbudsleder'),
      participant(4, 'Karim Haddad', 'filialleder, Mørkhøj Bibliotek'),
      participant(5, 'Birgitte Nørgaard', 'SOB-enheden', false, 'afbud – ferie'),
    ],
    items,
    actions,
    carriedOver: [
      {
        id: 9, meetingId: 11, itemId: 90, position: 1, what: 'Aftale med boligforeningen om lokale til fællesspisning', who: 'Karim Haddad', memberId: 4,
        deadline: '2026-11-30', status: 'i gang', completedOn: null, meetingDate: '2026-10-21', itemTitle: 'Fællesspisning for familier',
      },
      {
        id: 8, meetingId: 11, itemId: 91, position: 2, what: 'Invitation til forældremøde om lektiecaféen', who: 'Jonas Berg', memberId: 2,
        deadline: '2026-11-01', status: 'færdig', completedOn: '2026-10-30', meetingDate: '2026-10-21', itemTitle: 'Lektiecaféen',
      },
    ],
    initiatives: [
      { id: 1, number: 1, title: 'Fællesskabende aktiviteter i Mørkhøj' },
      { id: 2, number: 2, title: 'Bedre fritidsmuligheder' },
      { id: 3, number: 3, title: 'Det gode forældresamarbejde' },
    ],
    sinceLast: {
      previous: { id: 11, date: '2026-10-21' },
      until: '2026-11-25',
      decisions: [{ itemId: 91, title: 'Lektiecaféen', decision: 'Lektiecaféen fortsætter i foråret 2027.' }],
      actionsClosed: [{ id: 8, what: 'Invitation til forældremøde om lektiecaféen', who: 'Jonas Berg', completedOn: '2026-10-30' }],
      actionsOverdue: [],
      statusChanges: [{ initiativeId: 2, name: 'Indsats 2: Bedre fritidsmuligheder', from: 'grøn', to: 'gul', on: '2026-11-10', reason: 'Klubben mangler lokaler' }],
      spending: { totalOre: 4_512_550, lines: [{ name: 'Indsats 1 og 2 – Løn', year: 2026, ore: 4_500_000 }, { name: 'Indsats 3 – Aktiviteter', year: 2026, ore: 12_550 }] },
    },
  };
}

export const MARKUP = '<w:p>& "citat" \'apostrof\' ]]> </w:body>';
export const CONTROLS = 'før\u0000\u0001\u0007\u000B\u000C\u001B\u007F\u0085\uFFFE\uFFFFefter';
export const EMOJI = 'Fællesspisning 🍲👨‍👩‍👧‍👦 med 🇩🇰';
export const ARABIC = 'مرحبا بكم في مكتبة مورك هوي';
export const HEBREW = 'ברוכים הבאים לספרייה';

/** The sample meeting full of text that could break a document: markup, control characters, emoji, RTL, optionally a megabyte. */
export function hostileMeeting(options: { megabyte: boolean }): MeetingDocumentData {
  const data = sampleMeeting();
  const [first, ...rest] = data.items;
  const megabyte = !options.megabyte ? '' : Array.from({ length: 9000 }, (_, i) => `Afsnit ${i + 1}: ${'lang tekst om fællesskaber i Mørkhøj '.repeat(3)}`).join('\n\n');
  return {
    ...data,
    meeting: { ...data.meeting, place: `${MARKUP}\u0000` },
    participants: [...data.participants, { ...data.participants[0]!, id: 77, name: ARABIC, role: EMOJI }],
    items: [
      {
        ...first!,
        title: `${MARKUP} ${CONTROLS}`,
        presenter: HEBREW,
        recommendation: [`at ${MARKUP}`, `at ${EMOJI}`, `at ${ARABIC}`, '', '   '],
        caseText: `${ARABIC}\n\n${EMOJI}\n\nEn ensom surrogat: \uD800 og \uDC00 slut.\r\nNy linje med CRLF.\n\n${megabyte}`,
        minutesText: `${CONTROLS}\n${HEBREW}`,
        decision: MARKUP,
        attachments: [{ id: 9, itemId: first!.id, name: `${MARKUP}.pdf`, path: 'C:\\x\\<y>.pdf' }],
      },
      ...rest,
    ],
    actions: [{ ...data.actions[0]!, what: `${MARKUP}\u0007`, who: EMOJI }],
  };
}
