// The agenda items of the demonstration workbook: what a steering group for social balance
// in Mørkhøj would plausibly have discussed from 2019 to 2022. {placeholders} are filled per
// meeting (see fillTemplate). Demonstration data only.
import type { AgendaItemType } from '../../shared/domain/meeting';

export type DemoRole = 'chair' | 'innovator' | 'branch' | 'sob';

export interface DemoActionTemplate {
  what: string;
  /** A member by role, or a free-text responsible. */
  who: DemoRole | { text: string };
  /** Weeks from the meeting to the deadline. */
  weeks: [number, number];
}

export interface DemoTopic {
  key: string;
  /** Whether the topic fits a meeting on this ISO date. */
  when: (date: string) => boolean;
  /** Topics that must come up when they fit (evaluations, budget), rather than by chance. */
  scheduled?: boolean;
  title: string;
  type: AgendaItemType;
  initiative: 1 | 2 | 3 | null;
  presenter: DemoRole;
  minutes: readonly number[];
  recommendation: readonly string[];
  caseText: readonly string[];
  minutesText: readonly string[];
  decision: readonly string[];
  actions: readonly DemoActionTemplate[];
  attachment?: string;
  /** Brought by the innovator as a proposal to the chair. */
  proposedByInnovator?: boolean;
}

const between = (from: string, to: string) => (date: string) => date >= from && date < to;
const month = (date: string) => Number(date.slice(5, 7));
const implementation = between('2020-01-01', '2022-04-01');
const afterHiring = between('2019-11-01', '2099-01-01');

export const ACTIVITIES = [
  { name: 'fællesspisning for familier', short: 'fællesspisningen', initiative: 1 as const },
  { name: 'lektiecafé for børn og unge', short: 'lektiecaféen', initiative: 1 as const },
  { name: 'familie- og forældrekursus', short: 'forældrekurset', initiative: 3 as const },
  { name: 'forældrenetværk', short: 'forældrenetværket', initiative: 3 as const },
  { name: 'læseklub for flersprogede drenge', short: 'læseklubben', initiative: 1 as const },
  { name: 'babybibliotek', short: 'babybiblioteket', initiative: 1 as const },
  { name: 'fritidsguide for unge', short: 'fritidsguiden', initiative: 2 as const },
  { name: 'åben hal fredag aften', short: 'åben hal', initiative: 2 as const },
];

export const PARTNERS = [
  'boligselskabets beboerrådgiver', 'den lokale idrætsforening', 'klubben i Mørkhøj', 'Ung i Gladsaxe',
  'sundhedsplejen', 'områdets skoler', 'dagtilbuddene i Mørkhøj', 'frivillige fra menighedsrådet', 'FOF Gladsaxe',
];

export const DEMO_TOPICS: readonly DemoTopic[] = [
  {
    key: 'hiring', when: between('2019-01-01', '2019-11-01'), scheduled: true,
    title: 'Ansættelse af social innovator', type: 'Beslutning', initiative: null, presenter: 'chair', minutes: [30],
    recommendation: ['at stillingsopslaget godkendes', 'at formanden og filiallederen deltager i ansættelsesudvalget'],
    caseText: [
      'Der ansættes en social innovator for tre år med primær arbejdsplads på Mørkhøj Bibliotek og filiallederen som daglig leder.',
      'Udkast til stillingsopslag er udarbejdet i samarbejde med HR. Ansættelsessamtaler forventes afholdt i september, så den sociale innovator kan tiltræde i fjerde kvartal.',
    ],
    minutesText: ['Styregruppen gennemgik udkastet til stillingsopslag. Der var ønske om, at erfaring med samskabelse og civilsamfundet fremgår tydeligere.'],
    decision: ['Stillingsopslaget blev godkendt med de aftalte tilføjelser. Formanden og filiallederen deltager i ansættelsesudvalget.'],
    actions: [
      { what: 'Tilrette stillingsopslaget og sende det til HR', who: 'chair', weeks: [1, 2] },
      { what: 'Planlægge ansættelsessamtaler', who: 'branch', weeks: [3, 5] },
    ],
    attachment: 'Udkast til stillingsopslag.docx',
  },
  {
    key: 'parent-cooperation-plan', when: between('2019-01-01', '2020-01-01'), scheduled: true,
    title: 'Det gode forældresamarbejde: plan for kapacitetsopbygning', type: 'Beslutning', initiative: 3, presenter: 'sob', minutes: [25, 30],
    recommendation: ['at planen for kapacitetsopbygning godkendes', 'at de første temadage holdes for dagtilbuddene'],
    caseText: [
      'Indsatsen omfatter 100 medarbejdere fra dagtilbud, 160 fra skolerne og 20 fra Ung i Gladsaxe og sundhedsplejen samt det lokale PPR-team.',
      'Planen lægger op til temadage om forældre- og netværksinddragelse og arbejde med de narrativer, vi har om forældre og børn, ud fra et ressourceorienteret perspektiv.',
    ],
    minutesText: ['SOB-enheden gennemgik planen. Styregruppen lagde vægt på, at skolerne inddrages fra start, så forløbet ikke opleves som et dagtilbudsprojekt.'],
    decision: ['Planen for kapacitetsopbygning blev godkendt. Første temadag holdes for dagtilbuddene.'],
    actions: [
      { what: 'Fastlægge datoer for temadage med dagtilbudslederne', who: 'sob', weeks: [3, 6] },
      { what: 'Invitere skolelederne til opstartsmøde', who: 'chair', weeks: [2, 4] },
    ],
  },
  {
    key: 'welcome', when: between('2019-11-01', '2020-01-15'), scheduled: true,
    title: 'Velkommen til den sociale innovator og plan for de første måneder', type: 'Drøftelse', initiative: null, presenter: 'innovator', minutes: [30],
    recommendation: ['at styregruppen drøfter planen for relationsopbygning og research'],
    caseText: [
      'Den sociale innovator er tiltrådt og præsenterer sin plan for de første måneder: relationsopbygning, research og kortlægning af aktører i Mørkhøj.',
      'Planen tager afsæt i programmets tre indsatser og i det boligsociale arbejde i Høje Gladsaxe, som der lægges op til faglig sparring med.',
    ],
    minutesText: ['Styregruppen bød velkommen. Der var enighed om at prioritere kontakten til boligselskaberne og klubberne i de første måneder.'],
    decision: [],
    actions: [
      { what: 'Udarbejde oversigt over lokale aktører og netværk', who: 'innovator', weeks: [6, 8] },
      { what: 'Aftale sparringsmøde med den boligsociale helhedsplan i Høje Gladsaxe', who: 'innovator', weeks: [4, 6] },
    ],
  },
  {
    key: 'mapping', when: between('2019-11-15', '2020-06-01'),
    title: 'Kortlægning af foreningsliv og fritidsmuligheder i Mørkhøj', type: 'Orientering', initiative: 2, presenter: 'innovator', minutes: [20, 25],
    recommendation: ['at orienteringen tages til efterretning'],
    caseText: [
      'Den sociale innovator har talt med {antal} foreninger, klubber og boligafdelinger om, hvem der bruger deres tilbud, og hvem der ikke gør.',
      'Kortlægningen peger på, at især de 13–17-årige og piger med anden etnisk baggrund end dansk er svære at nå med de eksisterende tilbud.',
    ],
    minutesText: ['Styregruppen fandt kortlægningen nyttig og bad om, at den deles med Ung i Gladsaxe og klubberne.'],
    decision: [],
    actions: [{ what: 'Dele kortlægningen med Ung i Gladsaxe og klubberne', who: 'innovator', weeks: [2, 4] }],
    attachment: 'Kortlægning af fritidsmuligheder.pdf',
  },
  {
    key: 'activity-status', when: between('2020-01-01', '2099-01-01'),
    title: 'Status på {aktivitet}', type: 'Orientering', initiative: 1, presenter: 'innovator', minutes: [15, 20, 20, 25],
    recommendation: ['at orienteringen tages til efterretning'],
    caseText: [
      '{Aktivitet} har siden sidste møde haft {antal} deltagere i gennemsnit pr. gang. Samarbejdet med {partner} fungerer godt.',
      'Der er behov for flere frivillige, hvis aktiviteten skal fortsætte i samme omfang, og den sociale innovator arbejder på at finde en lokal tovholder, der kan tage ejerskab.',
    ],
    minutesText: [
      'Den sociale innovator fortalte om erfaringerne med {kort}. Styregruppen var positiv og drøftede, hvordan aktiviteten kan forankres lokalt.',
      'Styregruppen tog orienteringen til efterretning og bad om, at deltagertallene følges frem mod midtvejsevalueringen.',
    ],
    decision: [],
    actions: [
      { what: 'Afholde møde med {partner} om lokal forankring af {kort}', who: 'innovator', weeks: [4, 8] },
      { what: 'Finde en frivillig tovholder til {kort}', who: 'innovator', weeks: [6, 10] },
    ],
    proposedByInnovator: true,
  },
  {
    key: 'new-activity', when: implementation,
    title: 'Forslag om {aktivitet}', type: 'Beslutning', initiative: 1, presenter: 'innovator', minutes: [20, 25, 30],
    recommendation: ['at {aktivitet} igangsættes som forsøg i et halvt år', 'at udgiften afholdes af aktivitetsmidlerne'],
    caseText: [
      'Borgere og {partner} har efterspurgt {aktivitet}. Den sociale innovator foreslår et forsøg med opstart efter næste skoleferie.',
      'Forsøget forventes at koste ca. {beløb} kr. til materialer og forplejning, som kan afholdes af aktivitetsudgifterne. Der følges op gennem en fokusgruppe med deltagerne efter forsøget.',
    ],
    minutesText: ['Styregruppen drøftede forslaget og lagde vægt på, at aktiviteten fra start har en lokal medejer, så den kan leve videre uden den sociale innovator.'],
    decision: [
      'Styregruppen godkendte forsøget med {aktivitet} i et halvt år, finansieret af aktivitetsmidlerne.',
      'Forsøget med {aktivitet} blev godkendt på betingelse af, at {partner} er medarrangør.',
    ],
    actions: [
      { what: 'Udarbejde tids- og aktivitetsplan for {kort}', who: 'innovator', weeks: [3, 5] },
      { what: 'Annoncere {kort} i lokalavisen og på biblioteket', who: 'branch', weeks: [5, 8] },
    ],
    proposedByInnovator: true,
  },
  {
    key: 'housing', when: afterHiring,
    title: 'Samarbejde med boligselskaberne', type: 'Drøftelse', initiative: 1, presenter: 'innovator', minutes: [20, 30],
    recommendation: ['at styregruppen drøfter mulighederne for en fælles aftale med boligselskaberne'],
    caseText: [
      'Boligselskaberne i Mørkhøj har tilbudt lokaler til aktiviteter i beboerhusene. Der er ønske om en fælles aftale om brug af lokaler og nøgler.',
      'En aftale vil gøre det lettere at placere aktiviteterne der, hvor familierne bor, og understøtter målet om at særligt tilgodese de mest udsatte boligområder.',
    ],
    minutesText: ['Styregruppen støttede en fælles aftale. Formanden tager kontakt til boligselskabernes ledelse.'],
    decision: ['Styregruppen bakker op om en fælles lokaleaftale med boligselskaberne.'],
    actions: [{ what: 'Kontakte boligselskabernes ledelse om en fælles lokaleaftale', who: 'chair', weeks: [3, 6] }],
  },
  {
    key: 'leisure', when: implementation,
    title: 'Fritidstilbud til unge på gaden', type: 'Drøftelse', initiative: 2, presenter: 'innovator', minutes: [25, 30],
    recommendation: ['at styregruppen drøfter, hvordan flere unge kan få et aktivt fritidsliv'],
    caseText: [
      'Der er fortsat henvendelser om unge, der opholder sig i området om aftenen. Klubben og Ung i Gladsaxe oplever, at de unge ikke bruger de eksisterende tilbud.',
      'Den sociale innovator foreslår at afprøve {aktivitet} sammen med {partner} og at bruge unge rollemodeller som brobyggere.',
    ],
    minutesText: ['Styregruppen drøftede forslaget. Der var opbakning til at inddrage de unge selv i at udforme tilbuddet.'],
    decision: ['Styregruppen bad den sociale innovator arbejde videre med et konkret forslag sammen med klubben.'],
    actions: [
      { what: 'Holde dialogmøde med unge og klubmedarbejdere', who: 'innovator', weeks: [4, 6] },
      { what: 'Undersøge lokaler til aftenaktiviteter', who: { text: 'Klubben i Mørkhøj' }, weeks: [4, 8] },
    ],
  },
  {
    key: 'parent-cooperation-status', when: between('2019-10-01', '2021-01-01'),
    title: 'Det gode forældresamarbejde: status på temadage og netværk', type: 'Orientering', initiative: 3, presenter: 'sob', minutes: [20],
    recommendation: ['at orienteringen tages til efterretning'],
    caseText: [
      'Der er gennemført temadage for medarbejdere i dagtilbud og skoler. {antal} medarbejdere har deltaget indtil nu.',
      'Evalueringerne viser, at medarbejderne især har haft gavn af redskaber til den svære samtale og til at inddrage forældrenes netværk.',
    ],
    minutesText: ['Styregruppen tog orienteringen til efterretning og bad om, at erfaringerne fra skolerne samles til midtvejsevalueringen.'],
    decision: [],
    actions: [{ what: 'Samle erfaringer fra skolernes forældremøder', who: { text: 'Arbejdsgruppen for forældresamarbejde' }, weeks: [6, 10] }],
  },
  {
    key: 'corona', when: between('2020-03-15', '2021-07-01'), scheduled: true,
    title: 'Aktiviteter under covid-19-restriktionerne', type: 'Drøftelse', initiative: null, presenter: 'innovator', minutes: [20, 25],
    recommendation: ['at styregruppen drøfter, hvilke aktiviteter der kan fortsætte digitalt eller udendørs'],
    caseText: [
      'Restriktionerne betyder, at fællesspisning og lektiecafé ikke kan holdes som planlagt. Den sociale innovator har holdt kontakt til familierne telefonisk og via sociale medier.',
      'Der foreslås udendørs aktiviteter i mindre grupper og lektiehjælp online, indtil biblioteket kan åbne igen.',
    ],
    minutesText: ['Styregruppen roste den hurtige omstilling og bakkede op om udendørs aktiviteter i mindre grupper.'],
    decision: ['Styregruppen godkendte, at aktivitetsmidlerne i perioden bruges på udendørs aktiviteter og online lektiehjælp.'],
    actions: [{ what: 'Lave oversigt over familier, der har brug for hjælp til online lektiehjælp', who: 'innovator', weeks: [1, 3] }],
  },
  {
    key: 'budget', when: (date) => afterHiring(date) && [2, 3, 9, 10].includes(month(date)), scheduled: true,
    title: 'Økonomiopfølgning {år}', type: 'Orientering', initiative: null, presenter: 'chair', minutes: [15, 20],
    recommendation: ['at forbruget tages til efterretning'],
    caseText: [
      'Forbruget følger i hovedtræk budgettet fra social balance-puljen. Lønudgiften til den sociale innovator svarer til budgettet.',
      'Aktivitetsudgifterne ligger lidt under budgettet, fordi flere aktiviteter er holdt i lånte lokaler og med frivillige kræfter.',
    ],
    minutesText: ['Styregruppen tog økonomiopfølgningen til efterretning. Mindreforbrug på aktivitetsudgifter kan bruges til nye forsøg.'],
    decision: [],
    actions: [{ what: 'Sende økonomiopfølgningen til SOB-enheden', who: 'chair', weeks: [2, 3] }],
    attachment: 'Økonomiopfølgning.xlsx',
  },
  {
    key: 'status-note', when: (date) => afterHiring(date) && [5, 6, 11, 12].includes(month(date)), scheduled: true,
    title: 'Statusnotat til direktøren', type: 'Beslutning', initiative: null, presenter: 'chair', minutes: [15, 20],
    recommendation: ['at statusnotatet godkendes og sendes til direktøren for Børne- og Kulturforvaltningen'],
    caseText: [
      'Formanden har udarbejdet udkast til statusnotat med indsatsernes status, økonomi og de vigtigste beslutninger siden sidste notat.',
      'Notatet sendes til direktøren som programejer og til orientering i BKF-chefgruppen.',
    ],
    minutesText: ['Styregruppen gennemgik udkastet og havde enkelte rettelser til afsnittet om indsats 2.'],
    decision: ['Statusnotatet blev godkendt med de aftalte rettelser og sendes til direktøren.'],
    actions: [{ what: 'Færdiggøre statusnotatet og sende det til direktøren', who: 'chair', weeks: [1, 2] }],
    attachment: 'Statusnotat (udkast).docx',
  },
  {
    key: 'midway', when: between('2021-01-01', '2021-07-01'), scheduled: true,
    title: 'Midtvejsevaluering', type: 'Beslutning', initiative: null, presenter: 'sob', minutes: [40, 45],
    recommendation: ['at midtvejsevalueringen godkendes', 'at evalueringen forelægges styregruppen for social balance i Gladsaxe Kommune'],
    caseText: [
      'SOB-enheden har gennemført midtvejsevalueringen med fokus på læring, resultater og effekter. Evalueringen bygger på fokusgrupper, dialogmøder og deltagertal.',
      'Evalueringen viser, at indsats 1 har skabt nye mødesteder, mens indsats 2 har haft svært ved at nå de ældste unge. Indsats 3 har nået de fleste medarbejdere i dagtilbud og skoler.',
    ],
    minutesText: ['Styregruppen drøftede evalueringens anbefalinger grundigt og ønskede særligt fokus på forankring i den sidste del af programmet.'],
    decision: ['Midtvejsevalueringen blev godkendt og forelægges styregruppen for social balance i Gladsaxe Kommune.'],
    actions: [
      { what: 'Sende midtvejsevalueringen til styregruppen for social balance i Gladsaxe Kommune', who: 'sob', weeks: [1, 3] },
      { what: 'Udarbejde plan for forankring af aktiviteterne', who: 'innovator', weeks: [8, 12] },
    ],
    attachment: 'Midtvejsevaluering.pdf',
  },
  {
    key: 'anchoring', when: between('2021-03-01', '2099-01-01'),
    title: 'Forankring af {aktivitet}', type: 'Drøftelse', initiative: 1, presenter: 'innovator', minutes: [20, 25],
    recommendation: ['at styregruppen drøfter, hvem der kan overtage {aktivitet} efter programperioden'],
    caseText: [
      'Programmet skal sikre, at aktiviteterne får ejerskab hos borgere, foreninger eller kernedriften. {Aktivitet} er i dag afhængig af den sociale innovator.',
      '{Partner} har vist interesse for at overtage ansvaret, hvis der følger et mindre tilskud med det første år.',
    ],
    minutesText: ['Styregruppen drøftede forankringen og var enig om, at en skriftlig aftale med {partner} er vejen frem.'],
    decision: ['Styregruppen bad den sociale innovator forhandle en forankringsaftale med {partner}.'],
    actions: [{ what: 'Forhandle forankringsaftale for {kort} med {partner}', who: 'innovator', weeks: [6, 10] }],
    proposedByInnovator: true,
  },
  {
    key: 'community-house', when: afterHiring,
    title: 'Visionen om et bydelshus i Mørkhøj', type: 'Drøftelse', initiative: null, presenter: 'chair', minutes: [25, 30],
    recommendation: ['at styregruppen drøfter de næste skridt mod et kulturelt og socialt kraftcenter i Mørkhøj'],
    caseText: [
      'Visionen om et bydelshus er et af styregruppens tre indsatsområder. Erfaringerne fra aktiviteterne viser et tydeligt behov for et fælles mødested.',
      'Biblioteket kunne være udgangspunkt, men der er også interesse fra boligselskaberne og idrætsforeningen.',
    ],
    minutesText: ['Styregruppen drøftede visionen og var enig om at samle erfaringerne i et kort oplæg til BKF-chefgruppen.'],
    decision: [],
    actions: [{ what: 'Skrive oplæg om bydelshus til BKF-chefgruppen', who: 'branch', weeks: [6, 10] }],
  },
  {
    key: 'final-evaluation', when: between('2022-08-01', '2099-01-01'), scheduled: true,
    title: 'Slutevaluering', type: 'Beslutning', initiative: null, presenter: 'sob', minutes: [40],
    recommendation: ['at slutevalueringen godkendes', 'at evalueringen forelægges styregruppen for social balance i Gladsaxe Kommune'],
    caseText: [
      'Slutevalueringen samler resultater og effekter af de tre indsatser og læringen fra programperioden.',
      'Evalueringen anbefaler, at funktionen som social innovator videreføres i driften med fokus på forankring og samarbejdet med boligselskaberne.',
    ],
    minutesText: ['Styregruppen takkede for en grundig evaluering og drøftede anbefalingen om videreførelse.'],
    decision: ['Slutevalueringen blev godkendt og forelægges styregruppen for social balance i Gladsaxe Kommune.'],
    actions: [{ what: 'Forelægge slutevalueringen for styregruppen for social balance', who: 'sob', weeks: [2, 4] }],
    attachment: 'Slutevaluering.pdf',
  },
  {
    key: 'continuation', when: between('2022-01-01', '2099-01-01'), scheduled: true,
    title: 'Eventuel videreførelse af social innovator i driften', type: 'Beslutning', initiative: 1, presenter: 'chair', minutes: [30],
    recommendation: ['at styregruppen anbefaler BKF-chefgruppen at videreføre funktionen i driften'],
    caseText: [
      'Programperioden slutter med udgangen af 2022. Planen lægger op til en eventuel videreførelse af den sociale innovator i driften fra andet kvartal 2022.',
      'En videreførelse kræver finansiering i Børne- og Kulturforvaltningens budget. Alternativt kan dele af opgaven lægges i bibliotekets og klubbernes drift.',
    ],
    minutesText: ['Styregruppen drøftede mulighederne og lagde vægt på, at de lokale relationer ikke går tabt.'],
    decision: ['Styregruppen anbefaler BKF-chefgruppen at videreføre funktionen som social innovator i driften.'],
    actions: [{ what: 'Fremsende anbefaling om videreførelse til BKF-chefgruppen', who: 'chair', weeks: [2, 4] }],
  },
  {
    key: 'focus-group', when: between('2020-01-01', '2099-01-01'),
    title: 'Erfaringer fra fokusgruppe med forældre', type: 'Orientering', initiative: 3, presenter: 'innovator', minutes: [15, 20],
    recommendation: ['at orienteringen tages til efterretning'],
    caseText: [
      'Der er holdt fokusgruppe med {antal} forældre om samarbejdet med dagtilbud og skole.',
      'Forældrene fremhæver, at de føler sig bedre informeret, men at sproget i forældreintra stadig er en barriere for nogle familier.',
    ],
    minutesText: ['Styregruppen tog orienteringen til efterretning og bad SOB-enheden inddrage resultaterne i evalueringen.'],
    decision: [],
    actions: [{ what: 'Undersøge muligheden for tolkning ved forældremøder', who: 'sob', weeks: [6, 10] }],
    proposedByInnovator: true,
  },
  {
    key: 'handover', when: between('2022-01-01', '2099-01-01'),
    title: 'Overdragelse af {aktivitet} til {partner}', type: 'Beslutning', initiative: 1, presenter: 'innovator', minutes: [20, 25],
    recommendation: ['at overdragelsen af {aktivitet} godkendes', 'at der gives et tilskud på {beløb} kr. det første år'],
    caseText: [
      '{Partner} har sagt ja til at overtage {aktivitet}, når programperioden slutter. Den sociale innovator har udarbejdet en overdragelsesaftale.',
      'Aftalen indeholder et tilskud det første år, som kan afholdes af årets aktivitetsudgifter, og en aftale om, at biblioteket stiller lokaler til rådighed.',
    ],
    minutesText: ['Styregruppen gennemgik aftalen og fandt den realistisk. Der var ønske om en opfølgning efter et halvt år.'],
    decision: ['Overdragelsen af {aktivitet} til {partner} blev godkendt med et tilskud det første år.'],
    actions: [
      { what: 'Underskrive overdragelsesaftalen med {partner}', who: 'chair', weeks: [2, 4] },
      { what: 'Følge op på {kort} efter et halvt år', who: 'branch', weeks: [24, 26] },
    ],
    proposedByInnovator: true,
  },
  {
    key: 'closing', when: between('2022-03-01', '2099-01-01'),
    title: 'Programmets afslutning: læring og formidling', type: 'Drøftelse', initiative: null, presenter: 'chair', minutes: [25, 30],
    recommendation: ['at styregruppen drøfter, hvordan erfaringerne formidles til andre bydele'],
    caseText: [
      'Programmet slutter med udgangen af 2022. Erfaringerne kan bruges i andre bydele med social ubalance.',
      'Der foreslås en afslutningskonference for samarbejdspartnere og borgere og et kort erfaringskatalog.',
    ],
    minutesText: ['Styregruppen bakkede op om en afslutningskonference i efteråret og et erfaringskatalog.'],
    decision: ['Styregruppen besluttede at holde en afslutningskonference og udgive et erfaringskatalog.'],
    actions: [{ what: 'Planlægge afslutningskonference', who: 'innovator', weeks: [6, 10] }],
  },
];

/** Proposals the chair declined, with the reason; they stay on the agenda, greyed. */
export const DECLINED_PROPOSALS = [
  { title: 'Sommerfest i samarbejde med boligselskabet', reason: 'Ligger uden for programmets aktivitetsbudget i år; boligselskabet kontaktes direkte.' },
  { title: 'Ny hjemmeside for programmet', reason: 'Kommunikationen samles på bibliotekets hjemmeside, så der ikke skal vedligeholdes to steder.' },
  { title: 'Studietur til boligsociale projekter i Aarhus', reason: 'Udsættes til efter midtvejsevalueringen.' },
  { title: 'Indkøb af bus til aktiviteter', reason: 'For dyrt i forhold til budgettet; der lejes i stedet transport efter behov.' },
];

export const ANY_OTHER_BUSINESS = [
  'Intet.',
  'Filiallederen orienterede om, at biblioteket holder lukket i en uge på grund af ombygning.',
  'Der blev spurgt til næste års mødeplan; formanden sender forslag ud.',
  'SOB-enheden orienterede om en kommende temadag om samskabelse.',
];
/** Only once the innovator is employed. */
export const ANY_OTHER_BUSINESS_WITH_INNOVATOR = [...ANY_OTHER_BUSINESS, 'Den sociale innovator inviterede styregruppen til fællesspisning.'];

export const ABSENCE_NOTES = ['Afbud – anden mødeaktivitet', 'Afbud – sygdom', 'Afbud – ferie', 'Afbud'];

/** Fills {placeholders}; a capitalised placeholder ({Aktivitet}) capitalises the value. */
export function fillTemplate(text: string, values: Record<string, string>): string {
  return text.replace(/\{(\p{L}+)\}/gu, (match, key: string) => {
    const value = values[key.toLocaleLowerCase('da-DK')];
    if (value === undefined) return match;
    return key[0] === key[0]!.toLocaleUpperCase('da-DK') ? value.charAt(0).toLocaleUpperCase('da-DK') + value.slice(1) : value;
  });
}
