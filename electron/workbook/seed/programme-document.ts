// The programme document "Styrket indsats for social balance i Mørkhøj" as data, so the default
// workbook reproduces it. Texts follow the PDF extract (the original), including its spellings;
// the plan's phase titles follow the table as PRODUCT.md §5 gives it.
import type { Program } from '../../../shared/domain/program';
import type { InitiativeStatus } from '../../../shared/domain/initiative';

export const PROGRAMME_PROGRAM: Program = {
  title: 'Styrket indsats for social balance i Mørkhøj',
  organisation: 'Gladsaxe Kommune',
  department: 'Børne- og Kulturforvaltningen',
  steeringGroup: 'Styregruppen for social balance i Mørkhøj',
  journalNumber: '85.00.00P20',
  caseNumber: '2015/00638 010',
  periodStart: '2019-K2',
  periodEnd: '2022-K4',
  fundingSource: 'Social balance-puljen',
  // Not approved in the workbook until the chair enters the date on the Program sheet.
  approvedOn: '',
  owner: 'Direktøren i Børne- og Kulturforvaltningen',
  leader: 'Formanden for styregruppen for social balance i Mørkhøj',
  supportUnit: 'SOB-enheden',
  followedWith: 'BKF-chefgruppen',
  evaluationRecipient: 'Styregruppen for social balance i Gladsaxe Kommune',
  innovatorPlacement: 'Mørkhøj Bibliotek',
  dailyManager: 'Filiallederen for Mørkhøj Bibliotek',
  background: [
    'På baggrund af Mørkhøjanalysen 2017, som påviste, at der er områder i Mørkhøj i social ubalance baseret på socioøkonomiske indikatorer, blev der oprettet en styregruppe for social balance i Mørkhøj. Styregruppen bestående af lokale kommunale ledere begyndte i starten af 2018 sit virke og valgte tre indsatsområder: Styrket forældresamarbejde, bedre fritidsmuligheder og visionen om et bydelshus eller lignende kulturelt og socialt kraftcenter i Mørkhøj.',
    'Styregruppen for social balance i Mørkhøj har imidlertid ikke tilstrækkelige ressourcer til at gribe de mange spirende idéer og indsatser, der skal til for at realisere ambitionen om et Mørkhøj i mere social balance, og ønsker derfor at ansætte en projektmedarbejder – en social innovator i en tidsbegrænset stilling, der kan medvirke til at realisere indsatserne.',
    'Den sociale innovator skal understøtte styregruppens indsatsområder og især have fokus på koblingen mellem de kommunale institutioner og de udviklingsmuligheder, der skabes i samarbejdet med civilsamfundet. Dette kan f.eks. være samarbejder med boligorganisationer, foreninger og andre lokale kræfter, der kan mobiliseres i arbejdet med at skabe social balance. Den sociale innovator skal sammen med styregruppen koordinere indsatserne, så initiativerne bliver et supplement til kommunens kernedrift, og så de så vidt muligt forankres lokalt i civilsamfundet.',
    'Ansættelsen af en social innovator i Mørkhøj understøtter Gladsaxe Kommunes Kultur-, Fritids- og Idrætspolitik i forhold at understøtte og medvirke til at skabe stærke fællesskaber, der er forankret i lokalsamfundet. Arbejdet understøtter desuden de strategiske mål i Børne- og skolepolitikken i forhold til at børn og unge deltager i fysiske og digitale fællesskaber og dannes til at være aktive medborgere, der bidrager i lokalsamfundet. Indsatserne understøtter desuden ambitionerne i Gladsaxe Kommunes medborgerskabsstrategi i forhold til at skabe lokalt engagement og samarbejder på tværs. Styregruppen for social balance i Mørkhøj er ydermere i gang med at afdække og undersøge potentielle samarbejder med enhederne i social- og sundhedsforvaltningen.',
  ].join('\n\n'),
  purpose:
    'Formålet med programmet er at inspirere og aktivere borgerne til at tage ansvar for hinanden og skabe gode rammer for fællesskaber i Mørkhøj. Indsatserne skal understøtte kultur- og foreningslivet og støtte op om, at alle borgere har mulighed for at tage del i fællesskaber. Ønsket er at give familier den bedst mulige støtte og børn og unge mulighed for at møde rollemodeller, der inspirerer til en aktiv fritid, uddannelse og beskæftigelse. Dette skal ske ved at understøtte og mobilisere lokale kræfter til at udvikle og drive indsatser, der kan understøtte den sociale balance i området.',
  goalsIntro: 'Målene er, at:',
  targetGroup:
    'Målgruppen for programmet er alle borgere i Mørkhøj, der vil være med til at styrke områdets sociale sammenhængskraft og balance. Det er først og fremmest børn, unge og familier, som er marginaliserede, eller som har svært ved at blive en del af et fællesskab, der skal tilgodeses i programmets aktiviteter, men ressourcestærke borgere skal også aktiveres og understøttes i forhold til igangsætte håndholdte indsatser der støtter op om de marginaliserede borgergrupper i Mørkhøj. Programmet skal desuden særligt tilgodese de mest udsatte boligområder i Mørkhøj.',
  elementsIntro:
    'Indsatserne skal ses i sammenhæng med styregruppens arbejde, og der kan komme flere elementer til i programmets varighed.',
  planText: [
    'Der ansættes en social innovator for 3 år med primær arbejdsplads på Mørkhøj bibliotek og filiallederen for Mørkhøj Bibliotek som daglig leder. Den sociale innovator refererer til styregruppen for social balance i Mørkhøj og bidrager til planlægningen af møderne. Den social innovators arbejde bliver hovedsageligt arbejdet med indsats 1 og 2, eventuelt sammen med den arbejdsgruppe, der er nedsat til indsats 2. Indsats 3 drives af styregruppens arbejdsgruppe nedsat hertil.',
    'Forankringen vil foregå løbende, da meningen er, at den sociale innovator altid skal finde ejerskab for indsatserne hos borgere, virksomheder eller kernedrift/medarbejdere, der i forvejen agerer i området.',
    'Den sociale innovator skal bruge store dele af sin tid på at opbygge og vedligeholde relationer, og der især fokus på dette i den første tid. Det er oplagt, at den sociale innovator lader sig inspirere af det boligsociale arbejde, der udføres i Høje Gladsaxe og Værebro Park, og eventuelt har løbende faglig sparring med disse medarbejdere.',
  ].join('\n\n'),
  followUp:
    'Løbende opfølgning på fremdrift og indsatser foretages af styregruppen for social balance i Mørkhøj. Programmet følges løbende i et tæt samarbejde mellem styregruppen i Mørkhøj og BKF-chefgruppen. Der foretages en midtvejs- og slutevaluering, som begge forelægges styregruppen for social balance i Gladsaxe Kommune. Der vil i evalueringerne være fokus på læring, resultater og effekter. Ved indsatsernes afslutning tages stilling til, om de skal videreføres.',
  responsibility:
    'Programejer er direktøren i Børne- og Kulturforvaltningen. Formanden for Styregruppen for Mørkhøj i social balance er programleder og ansvarlig for implementeringen og fremdrift af indsatsområderne. SOB-enheden understøtter arbejdet med opfølgning og udvikling af programmet.',
};

export const PROGRAMME_GOALS = [
  'Skabe større social og kulturel sammenhængskraft i området ved at bygge bro mellem lokale aktører og skabe engagement hos lokale kræfter i civilsamfundet',
  'Opdyrke og skabe stærke fællesskaber i Mørkhøj med særligt fokus på de grupper, som ikke er en del af et fællesskab',
  'Medvirke til at realisere styregruppens indsatsområder',
  'Opdyrke lokale samarbejder og skabe lokal forankring af udviklingstiltag',
  'Behov opstået nedefra imødekommes og hjælpes på vej',
];

export const PROGRAMME_FOCUS_AREAS = [
  'Styrket forældresamarbejde',
  'Bedre fritidsmuligheder',
  'Visionen om et bydelshus eller lignende kulturelt og socialt kraftcenter i Mørkhøj',
];

export const PROGRAMME_POLICIES = [
  'Gladsaxe Kommunes Kultur-, Fritids- og Idrætspolitik',
  'Børne- og skolepolitikken',
  'Gladsaxe Kommunes medborgerskabsstrategi',
];

/** The document names roles, not people: names are left for the group to fill in. */
export const PROGRAMME_MEMBERS = [
  { name: '', role: 'Formand for styregruppen (programleder)', organisation: 'Gladsaxe Kommune', email: '' },
  { name: '', role: 'Social innovator (refererer til styregruppen)', organisation: 'Mørkhøj Bibliotek', email: '' },
  { name: '', role: 'Filialleder, daglig leder for den sociale innovator', organisation: 'Mørkhøj Bibliotek', email: '' },
  { name: '', role: 'Støtte til opfølgning og udvikling', organisation: 'SOB-enheden', email: '' },
];

export interface SeedInitiative {
  number: number;
  title: string;
  responsible: string;
  status: InitiativeStatus;
  targetGroup: string;
  description: string;
  effects: string[];
  effectFollowUp: string;
  participants: Array<{ groupName: string; count: number | null }>;
  phases: Array<{ title: string; start: string; end: string | null }>;
}

const SOCIAL_INNOVATOR_PHASES = [
  { title: 'Planlægning af ansættelse og indsats', start: '2019-K3', end: '2019-K3' },
  { title: 'Social innovator ansættes. Relationsopbygning, research, opstartsfasen', start: '2019-K4', end: '2019-K4' },
  { title: 'Implementering af aktiviteter', start: '2020-K1', end: '2022-K1' },
  { title: 'Eventuel videreførelse af social innovator i driften', start: '2022-K2', end: '2022-K4' },
];

export const PROGRAMME_INITIATIVES: SeedInitiative[] = [
  {
    number: 1,
    title: 'Fællesskabende aktiviteter i Mørkhøj',
    responsible: 'Social innovator',
    status: 'grøn',
    description:
      'Indsatsen skal skabe fællesskab og sammenhængskraft i Mørkhøj og etablere mødesteder, for de borgere, der ikke er med i de i forvejen etablerede fællesskaber. De foreløbige idéer er fællesspisning for familier, lektiecafé for børn og unge og generelt aktiviteter og samarbejde mellem områdets institutioner og boligselskaber, der kan ændre livsbaner og borgerne kan inspireres til nye livsveje på tværs af generationer. Der er forslag om at etablere Familie/Forældrekursus, forældrenetværk, læseklub for flersprogede drenge, babybibliotek og meget mere. Den sociale innovator skal inspirere borgerne til at tænke nyt og kreativt, i forhold til at tage ansvar for hinanden og fællesskabet. Dette kan være være håndholdte indsatser for udsatte borgergrupper og aktiviteter for alle i Mørkhøj. Indsatser og aktiviteter skal så vidt muligt løftes af borgerne i Mørkhøj og forankres i civilsamfundet.',
    targetGroup:
      'Alle borgere i Mørkhøj, der vil være med til at styrke områdets sociale sammenhængskraft og balance. Marginaliserede børn, unge og familier skal særligt tilgodeses.',
    effects: ['Flere borgeraktiviteter og fællesskaber på tværs af generationer og aktivering af udsatte grupper i området.'],
    effectFollowUp:
      'Der følges kvalitativt op på effekten gennem fokusgrupper eller dialogmøder med relevante borgere og aktører i området.',
    participants: [],
    phases: SOCIAL_INNOVATOR_PHASES,
  },
  {
    number: 2,
    title: 'Bedre fritidsmuligheder',
    responsible: 'Social innovator og arbejdsgruppen for indsats 2',
    status: 'grøn',
    description:
      'Antagelsen er, at de nuværende fritidsmuligheder i området ikke rammer alle målgrupper, og at der mangler relevante tilbud til fx nogle unge, der opholder sig på gaden med uhensigtsmæssig opførsel. Dette fokusområde søger derfor 1) at afdække foreningsliv og fritidsmuligheder i Mørkhøj og 2) at udbrede information og guide til eksisterende fritidstilbud samt opstarte eller fremme nye fritidstilbud med udgangspunkt i borgerinddragelse. Fritidstilbud kan være med til at både børn, unge og familier lærer at mestre livet og tager aktivt del i det omkringliggende samfund. Aktiviteterne skal så vidt muligt forankres i civilsamfundet.',
    targetGroup: 'Børn, unge og familier i Mørkhøj, som ikke har tilstrækkelige muligheder for et aktivt og meningsfuldt fritidsliv.',
    effects: ['Flere børn, unge og familier har et aktivt fritidsliv, og der er etableret en bredere vifte af fritidstilbud i Mørkhøj.'],
    effectFollowUp:
      'Der følges kvalitativt op på effekten gennem fokusgrupper eller dialogmøder relevante borgere og aktører i området.',
    participants: [],
    phases: SOCIAL_INNOVATOR_PHASES,
  },
  {
    number: 3,
    title: 'Det gode forældresamarbejde',
    responsible: 'Styregruppens arbejdsgruppe for indsats 3',
    status: 'grøn',
    description: [
      'Formålet med indsatsen er at udvikle det gode forældresamarbejde med fælles ansvar for barnets trivsel, udvikling, læring og dannelse. Der er særlig opmærksomhed på de børn og familier, der er i faregruppen for marginalisering, eksklusion og lav trivsel eller fagligt udbytte. Målet er at opbygge engagement og ansvar for samarbejdet mellem forældre, dagtilbud og skoler. Det skal ske ved at inddrage forældre i deres barns trivsel og udvikling samt ved at inddrage forældrene i børnefællesskabernes trivsel og udvikling.',
      'Indsatsen består i første omgang i kapacitetsopbygning af områdets fagprofessionelle, hvor de får indsigt i og viden om, hvordan de kan være med til at etablere og facilitere konstruktive forældresamarbejder. Der arbejdes med forskellige strategier for forældre- og netværksinddragelse, og der arbejdes med de narrativer, vi har omkring forældre og børn ud fra et ressourceorienteret perspektiv der tager afsæt i den faglige og forskningsmæssige viden, der er inden for området. Der arbejdes med en vekselvirkning af teori og afprøvning i professionelle læringsfællesskaber. I indsatsen indgår 100 medarbejdere fra dagtilbud, 160 medarbejdere fra skolerne, 20 medarbejdere fra Ung i Gladsaxe og fra sundhedsplejen. Det lokale PPR team indgår også i forløbet og er med til at sikre den videre forankring.',
      'Der er lavet en særskilt projektbeskrivelse til dette projekt og de decentrale institutioner betaler selv arbejdstiden, og det foreslås, at puljen til social balance finansierer kr. 600.000 til selve forløbet.',
    ].join('\n\n'),
    targetGroup: [
      'Forældre og børn med særlig opmærksomhed på og hensyn til de børn og familier, der er i faregruppen for marginalisering, eksklusion og lav trivsel eller fagligt udbytte.',
      'Fagprofessionelle (lærere og pædagoger)',
    ].join('\n'),
    effects: [
      'Forældre oplever sig som værdifulde og ligeværdige samarbejdspartnere og oplever, at de får den guidning og vejledning, som gør dem i stand til at udfylde deres forældrerolle optimalt.',
      'Medarbejderne oplever, at de har værktøjer og handlemuligheder, der gør dem i stand til at understøtte forældrene i deres rolle.',
      'Styrket forældresamarbejde og dermed øget læring og trivsel',
      'Nye stærke forældrenetværk og anvendelse af nye metoder i samarbejdet',
    ],
    effectFollowUp: 'Der følges op på effekterne gennem løbende samtaler med forældre og medarbejdere',
    participants: [
      { groupName: 'Medarbejdere fra dagtilbud', count: 100 },
      { groupName: 'Medarbejdere fra skolerne', count: 160 },
      { groupName: 'Medarbejdere fra Ung i Gladsaxe og fra sundhedsplejen', count: 20 },
      { groupName: 'Det lokale PPR-team (sikrer den videre forankring)', count: null },
    ],
    phases: [
      { title: 'Planlægning', start: '2019-K2', end: '2019-K2' },
      // The document gives no end for the implementation; it runs on to the end of the period.
      { title: 'Implementering af aktiviteter', start: '2019-K3', end: null },
    ],
  },
];

export interface SeedEmployment {
  title: string;
  annualSalary: number;
  start: string;
  end: string;
}

export interface SeedBudgetGroup {
  title: string;
  /** The numbers of the initiatives the group's money belongs to. */
  initiatives: number[];
  lines: Array<{ costType: string; budget: Record<number, number>; employment?: SeedEmployment }>;
}

/** "Fra social balance-puljen", kr. per year, exactly as the document's table. */
export const PROGRAMME_BUDGET: SeedBudgetGroup[] = [
  {
    title: 'Indsats 1 og 2 – social innovator',
    initiatives: [1, 2],
    lines: [
      // "Der ansættes en social innovator for 3 år" from 2019 K4: 575.000 kr. a year.
      {
        costType: 'Løn', budget: { 2019: 143_750, 2020: 575_000, 2021: 575_000, 2022: 431_250 },
        employment: { title: 'Social innovator', annualSalary: 575_000, start: '2019-K4', end: '2022-K3' },
      },
      { costType: 'Etableringsomkostninger', budget: { 2019: 20_000, 2020: 0, 2021: 0, 2022: 0 } },
      { costType: 'Driftudgifter, herunder telefon, uddannelse mv.', budget: { 2019: 6_250, 2020: 25_000, 2021: 25_000, 2022: 18_750 } },
      { costType: 'Aktivitetsudgifter', budget: { 2019: 7_500, 2020: 30_000, 2021: 30_000, 2022: 22_500 } },
    ],
  },
  {
    title: 'Indsats 3 – Det gode forældresamarbejde',
    initiatives: [3],
    lines: [{ costType: 'Forløb', budget: { 2019: 300_000, 2020: 300_000 } }],
  },
];
