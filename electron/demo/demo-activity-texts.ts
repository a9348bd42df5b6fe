// The activities, partners and follow-ups of the demonstration workbook: what the social
// innovator and the working groups in Mørkhøj could plausibly have started, with whom, and
// what they heard when they asked. Every partner and person here is invented; the places are
// the district's own. Demonstration data only.
import type { ActivityStatus, FollowUpForm, PartnerKind } from '../../shared/domain/activity';

export interface DemoPartner {
  name: string;
  kind: PartnerKind;
  contact: string;
  note: string;
}

/** Partners beside the ones the programme document names (Mørkhøj Bibliotek, Ung i Gladsaxe …). */
export const DEMO_PARTNERS: readonly DemoPartner[] = [
  { name: 'Boligselskabet Kildeparken', kind: 'boligorganisation', contact: 'Birgitte Holm, beboerrådgiver', note: 'Stiller beboerhuset til rådighed for fællesspisningen' },
  { name: 'Boligforeningen Mørkhøjgård', kind: 'boligorganisation', contact: 'Kim Sørensen, driftschef', note: 'Ca. 400 lejligheder; har egen boligsocial medarbejder' },
  { name: 'Beboerforeningen i Kildeparken', kind: 'forening', contact: 'Fatima Yilmaz, formand', note: 'Overtog fællesspisningen i foråret 2022' },
  { name: 'Idrætsforeningen Mørkhøj Øst', kind: 'forening', contact: 'Peter Kjær, formand', note: 'Fodbold, badminton og gymnastik; mangler ungdomstrænere' },
  { name: 'Spejdergruppen Vibehuset', kind: 'forening', contact: 'Anne Møller, gruppeleder', note: '' },
  { name: 'Børnehuset Solsikken', kind: 'institution', contact: 'Louise Friis, dagtilbudsleder', note: 'Integreret institution med 110 børn' },
  { name: 'Fritidsklubben Kildebakken', kind: 'institution', contact: 'Omar Haddad, klubleder', note: 'Klub for 10–17-årige under Ung i Gladsaxe' },
  { name: 'Lyngbakkeskolen', kind: 'institution', contact: 'Hanne Lund, skoleleder', note: 'Områdets folkeskole, 0.–9. klasse' },
  { name: 'Kvindenetværket i Mørkhøj', kind: 'borgergruppe', contact: 'Samira Ahmadi', note: 'Mødes tirsdag formiddag på biblioteket' },
  { name: 'Frivillige lektiehjælpere', kind: 'borgergruppe', contact: 'Koordineres af Mørkhøj Bibliotek', note: 'Gymnasieelever og pensionister' },
  { name: 'Lokalbrugsen i Mørkhøj', kind: 'virksomhed', contact: 'Jesper Lauritsen, uddeler', note: 'Sponsorerer råvarer til fællesspisningen' },
  { name: 'Cykelværkstedet i Mørkhøj', kind: 'virksomhed', contact: 'Mads Nygaard, indehaver', note: 'Lægger værksted til reparationscaféen' },
];

/** For N times as many partners: names put together from these, each used once. */
export const PARTNER_NAME_PARTS: Record<PartnerKind, { first: readonly string[]; second: readonly string[] }> = {
  boligorganisation: {
    first: ['Boligselskabet', 'Boligforeningen', 'Andelsboligforeningen', 'Almenbolig-afdelingen'],
    second: ['Tinghøjhaven', 'Lyngbakken', 'Enghusene', 'Rosenvænget', 'Søvangen', 'Vadgården', 'Bakkehuset', 'Kastanjegården', 'Grønnehaven', 'Egebo'],
  },
  forening: {
    first: ['Badmintonklubben', 'Skakklubben', 'Dansegruppen', 'Svømmeklubben', 'Seniorklubben', 'Kulturforeningen', 'Gymnastikforeningen', 'Løbeklubben'],
    second: ['Mørkhøj', 'Kildebakken', 'Tinghøj', 'Mørkhøj Nord', 'Lyngbakken', 'Vibehuset'],
  },
  institution: {
    first: ['Børnehuset', 'Vuggestuen', 'Fritidshjemmet', 'Dagplejen', 'Ungdomsklubben'],
    second: ['Mælkebøtten', 'Regnbuen', 'Myretuen', 'Kastanjen', 'Troldehøj', 'Spiren', 'Humlebien', 'Skovmusen'],
  },
  borgergruppe: {
    first: ['Forældregruppen', 'Seniorgruppen', 'Madklubben', 'Strikkeklubben', 'Gågruppen', 'Haveholdet'],
    second: ['i Kildeparken', 'i Mørkhøjgård', 'på Tinghøjvej', 'i Lyngbakken', 'i Enghusene', 'i Søvangen'],
  },
  virksomhed: {
    first: ['Bageriet', 'Pizzeriaet', 'Frisøren', 'Købmanden', 'Blomsterbutikken'],
    second: ['ved Mørkhøj Torv', 'i Mørkhøj', 'på Tinghøjvej', 'ved stationen', 'i Kildebakken'],
  },
  andet: { first: ['Netværket'], second: ['for frivillige i Mørkhøj'] },
};

export const CONTACT_FIRST_NAMES = ['Maria', 'Ahmed', 'Lone', 'Thomas', 'Aylin', 'Henrik', 'Nadia', 'Søren', 'Camilla', 'Yusuf', 'Bente', 'Jonas', 'Mariam', 'Erik'];
export const CONTACT_LAST_NAMES = ['Jensen', 'Nielsen', 'Hansen', 'Pedersen', 'Ali', 'Larsen', 'Demir', 'Christensen', 'Rasmussen', 'Hussein', 'Poulsen', 'Andersen'];
export const CONTACT_ROLES: Record<PartnerKind, readonly string[]> = {
  boligorganisation: ['beboerrådgiver', 'driftschef', 'boligsocial medarbejder'],
  forening: ['formand', 'kasserer', 'ungdomsansvarlig'],
  institution: ['leder', 'souschef', 'pædagog'],
  borgergruppe: ['tovholder', 'kontaktperson'],
  virksomhed: ['indehaver', 'butikschef'],
  andet: ['kontaktperson'],
};

/** Parts of Mørkhøj a copied activity is run in, at a scale above 1. */
export const LOCALITIES = ['Kildeparken', 'Mørkhøjgård', 'Tinghøjvej', 'Lyngbakken', 'Enghusene', 'Søvangen', 'Mørkhøj Nord', 'Vadgården'];

export interface DemoActivity {
  initiative: 1 | 2 | 3;
  name: string;
  status: ActivityStatus;
  /** The first day falls in this window (ISO dates); none for an idea not yet planned. */
  start: [string, string] | null;
  participants: [number, number] | null;
  localOwner: string;
  /** Partner names; a name the workbook does not hold is left out. */
  partners: readonly string[];
  note: string;
}

/**
 * Initiative 1's six ideas from the programme document, as they went: most got going, three
 * are now run by others (forankret), the reading club was stopped. Matched by their seeded name.
 */
export const IDEAS_AS_THEY_WENT: readonly DemoActivity[] = [
  {
    initiative: 1, name: 'Fællesspisning for familier', status: 'forankret', start: ['2020-02-04', '2020-02-27'], participants: [50, 70],
    localOwner: 'Beboerforeningen i Kildeparken med frivillige kokke',
    partners: ['Boligselskabet Kildeparken', 'Beboerforeningen i Kildeparken', 'Lokalbrugsen i Mørkhøj', 'Mørkhøj Bibliotek'],
    note: 'Første fællesspisning i februar 2020 i beboerhuset. Holdt pause under nedlukningen og kom i gang igen i efteråret 2021. Siden foråret 2022 drevet af beboerforeningen med tilskud fra boligselskabet.',
  },
  {
    initiative: 1, name: 'Lektiecafé for børn og unge', status: 'forankret', start: ['2020-01-13', '2020-01-31'], participants: [22, 34],
    localOwner: 'Mørkhøj Bibliotek med frivillige lektiehjælpere',
    partners: ['Mørkhøj Bibliotek', 'Frivillige lektiehjælpere', 'Lyngbakkeskolen'],
    note: 'To eftermiddage om ugen på biblioteket. Kørte videre online under nedlukningen. Bibliotekets drift har overtaget koordineringen af de frivillige.',
  },
  {
    initiative: 1, name: 'Familie-/forældrekursus', status: 'i gang', start: ['2021-09-01', '2021-09-30'], participants: [12, 18],
    localOwner: '',
    partners: ['Sundhedsplejen', 'Børnehuset Solsikken'],
    note: 'Tredje hold er i gang. Sundhedsplejen overvejer at tage kurset ind i sin drift efter programperioden.',
  },
  {
    initiative: 1, name: 'Forældrenetværk', status: 'i gang', start: ['2021-03-01', '2021-04-15'], participants: [18, 30],
    localOwner: 'Forældregruppen ved Børnehuset Solsikken',
    partners: ['Børnehuset Solsikken', 'Kvindenetværket i Mørkhøj'],
    note: 'Mødes en gang om måneden. Forældrene planlægger selv møderne; den sociale innovator støtter.',
  },
  {
    initiative: 1, name: 'Læseklub for flersprogede drenge', status: 'stoppet', start: ['2020-10-01', '2020-10-31'], participants: [5, 8],
    localOwner: '',
    partners: ['Mørkhøj Bibliotek', 'Lyngbakkeskolen'],
    note: 'Stoppet i juni 2021: for få drenge kom efter genåbningen. De fleste kommer nu i lektiecaféen, hvor der er højtlæsning om torsdagen.',
  },
  {
    initiative: 1, name: 'Babybibliotek', status: 'forankret', start: ['2020-09-01', '2020-09-30'], participants: [30, 45],
    localOwner: 'Mørkhøj Bibliotek og sundhedsplejen',
    partners: ['Mørkhøj Bibliotek', 'Sundhedsplejen'],
    note: 'Sangstunder og bogposer til nybagte forældre. Sundhedsplejen fortæller om babybiblioteket ved hjemmebesøgene.',
  },
];

/** Activities that came up along the way, for all three initiatives. */
export const NEW_ACTIVITIES: readonly DemoActivity[] = [
  {
    initiative: 1, name: 'Generationernes café', status: 'i gang', start: ['2021-10-01', '2021-10-31'], participants: [15, 25],
    localOwner: '', partners: ['Boligforeningen Mørkhøjgård', 'Mørkhøj Bibliotek'],
    note: 'Ældre beboere og skolebørn mødes over kaffe og brætspil hver anden onsdag.',
  },
  {
    initiative: 1, name: 'Sommerfest i Mørkhøj', status: 'forankret', start: ['2021-06-12', '2021-06-26'], participants: [250, 400],
    localOwner: 'Beboerforeningerne i Kildeparken og Mørkhøjgård',
    partners: ['Beboerforeningen i Kildeparken', 'Boligforeningen Mørkhøjgård', 'Idrætsforeningen Mørkhøj Øst', 'Lokalbrugsen i Mørkhøj'],
    note: 'Holdt i 2021 og 2022 på græsarealet ved Kildeparken. Beboerforeningerne planlagde selv festen i 2022.',
  },
  {
    initiative: 1, name: 'Cykelhold for kvinder', status: 'i gang', start: ['2022-04-01', '2022-04-30'], participants: [8, 14],
    localOwner: '', partners: ['Kvindenetværket i Mørkhøj', 'Cykelværkstedet i Mørkhøj'],
    note: 'Cykeltræning for kvinder, der ikke lærte at cykle som børn. Kvindenetværket finder selv nye deltagere.',
  },
  {
    initiative: 1, name: 'Reparationscafé', status: 'planlagt', start: ['2022-10-01', '2022-10-29'], participants: null,
    localOwner: '', partners: ['Cykelværkstedet i Mørkhøj'],
    note: 'Frivillige reparerer cykler og småting en lørdag om måneden. Første gang er aftalt til oktober 2022.',
  },
  {
    initiative: 1, name: 'Fælleshave i Kildeparken', status: 'idé', start: null, participants: null,
    localOwner: '', partners: ['Boligselskabet Kildeparken'],
    note: 'Beboere har foreslået højbede på græsarealet; boligselskabet skal godkende det.',
  },
  {
    initiative: 2, name: 'Kortlægning af foreningslivet i Mørkhøj', status: 'forankret', start: ['2020-01-06', '2020-02-14'], participants: null,
    localOwner: 'Ung i Gladsaxe holder oversigten opdateret', partners: ['Ung i Gladsaxe', 'Idrætsforeningen Mørkhøj Øst'],
    note: 'Kortlægningen fandt 34 foreninger og fritidstilbud. Oversigten er grundlaget for fritidsguiden.',
  },
  {
    initiative: 2, name: 'Fritidsguide for unge', status: 'i gang', start: ['2020-08-10', '2020-09-15'], participants: [40, 60],
    localOwner: '', partners: ['Ung i Gladsaxe', 'Fritidsklubben Kildebakken', 'Idrætsforeningen Mørkhøj Øst'],
    note: 'To unge fritidsguider følger unge ud i foreningerne de første gange.',
  },
  {
    initiative: 2, name: 'Åben hal fredag aften', status: 'i gang', start: ['2021-09-03', '2021-09-24'], participants: [25, 45],
    localOwner: '', partners: ['Idrætsforeningen Mørkhøj Øst', 'Fritidsklubben Kildebakken', 'Lyngbakkeskolen'],
    note: 'Skolens hal er åben kl. 19–22 med voksne fra klubben. De ældste unge kommer kun sjældent.',
  },
  {
    initiative: 2, name: 'Foreningsdag på Lyngbakkeskolen', status: 'forankret', start: ['2021-05-03', '2021-05-28'], participants: [120, 180],
    localOwner: 'Lyngbakkeskolen og foreningerne i Mørkhøj', partners: ['Lyngbakkeskolen', 'Idrætsforeningen Mørkhøj Øst', 'Spejdergruppen Vibehuset'],
    note: 'Foreningerne viser sig frem for 4.–7. klasse. Skolen har sat dagen i sin årsplan.',
  },
  {
    initiative: 2, name: 'Pigeklub i fritidsklubben', status: 'planlagt', start: ['2022-09-05', '2022-10-31'], participants: null,
    localOwner: '', partners: ['Fritidsklubben Kildebakken', 'Kvindenetværket i Mørkhøj'],
    note: 'Pigerne i klubben har selv ønsket en aften for sig selv med dans.',
  },
  {
    initiative: 3, name: 'Temadage om forældresamarbejde', status: 'forankret', start: ['2019-10-01', '2019-10-31'], participants: [260, 290],
    localOwner: 'Det lokale PPR-team', partners: ['Det lokale PPR-team', 'Børnehuset Solsikken', 'Lyngbakkeskolen'],
    note: 'Alle dagtilbud og skoler i området har deltaget. PPR holder en årlig opfølgningsdag.',
  },
  {
    initiative: 3, name: 'Læringsfællesskaber om forældresamarbejde', status: 'i gang', start: ['2020-02-03', '2020-02-28'], participants: [60, 90],
    localOwner: '', partners: ['Det lokale PPR-team', 'Lyngbakkeskolen'],
    note: 'Medarbejderne afprøver strategier for forældreinddragelse og deler erfaringerne i faste grupper.',
  },
];

/** Who owns a copied activity that has been handed over. */
export const LOCAL_OWNERS = [
  'Beboerforeningen', 'Frivillige fra området', 'Bibliotekets drift', 'Klubben under Ung i Gladsaxe', 'Idrætsforeningen', 'Forældregruppen',
];

export interface DemoFollowUp {
  initiative: 1 | 2 | 3;
  form: FollowUpForm;
  /** The follow-up falls in this window (ISO dates). */
  window: [string, string];
  withWhom: string;
  learnt: string;
}

/** The qualitative follow-up the programme document asks for: fokusgrupper, dialogmøder, samtaler. */
export const DEMO_FOLLOW_UPS: readonly DemoFollowUp[] = [
  {
    initiative: 1, form: 'fokusgruppe', window: ['2020-02-24', '2020-03-10'], withWhom: 'Seks forældre fra fællesspisningen',
    learnt: 'Forældrene sætter pris på at møde naboer, de ellers kun hilser på. Flere vil gerne hjælpe med madlavningen, men ingen vil stå for det alene. Kl. 17.30 passer bedst for familier med små børn.',
  },
  {
    initiative: 1, form: 'dialogmøde', window: ['2020-09-14', '2020-11-20'], withWhom: 'Beboerforeningen i Kildeparken og boligselskabets beboerrådgiver',
    learnt: 'Beboerforeningen vil gerne overtage fællesspisningen, hvis boligselskabet dækker råvarerne det første år. Der er brug for en fast kontaktperson på biblioteket.',
  },
  {
    initiative: 1, form: 'samtale', window: ['2021-01-11', '2021-03-12'], withWhom: 'Frivillige lektiehjælpere',
    learnt: 'Lektiehjælpen online under nedlukningen nåede kun de ældste elever. De frivillige ønsker en kort introduktion til at hjælpe flersprogede børn med læsning.',
  },
  {
    initiative: 1, form: 'samtale', window: ['2021-05-17', '2021-06-18'], withWhom: 'Forældre til drengene i læseklubben',
    learnt: 'Drengene spiller fodbold om eftermiddagen, og forældrene oplever læseklubben som mere skole. Det taler for at flytte højtlæsningen ind i lektiecaféen i stedet for at fortsætte klubben.',
  },
  {
    initiative: 1, form: 'dialogmøde', window: ['2021-04-12', '2021-06-11'], withWhom: 'Sundhedsplejen og personalet på Mørkhøj Bibliotek',
    learnt: 'Babybiblioteket når forældre, som sundhedsplejen ellers har svært ved at samle. Sangstunderne skal ligge om formiddagen, og bogposerne bør findes på flere sprog.',
  },
  {
    initiative: 1, form: 'fokusgruppe', window: ['2021-10-18', '2021-11-26'], withWhom: 'Otte børn og unge fra lektiecaféen',
    learnt: 'Børnene kommer for at få hjælp, men bliver for fællesskabets skyld. De ønsker sig frugt og et sted at være efter lektierne. Flere har taget en ven med.',
  },
  {
    initiative: 1, form: 'fokusgruppe', window: ['2022-03-07', '2022-05-20'], withWhom: 'Ældre beboere og forældre fra Generationernes café',
    learnt: 'De ældre vil gerne bidrage, men skal spørges direkte. Børnene kender nu de ældre ved navn og hilser på dem i området – det nævner flere som det vigtigste.',
  },
  {
    initiative: 2, form: 'fokusgruppe', window: ['2020-06-08', '2020-09-18'], withWhom: 'Ti unge mellem 13 og 17 år i fritidsklubben',
    learnt: 'De unge kender ikke foreningernes tilbud og oplever dem som dyre og for konkurrenceprægede. Flere vil gerne prøve noget uforpligtende sammen med en ven, før de melder sig ind.',
  },
  {
    initiative: 2, form: 'dialogmøde', window: ['2020-11-02', '2021-02-26'], withWhom: 'Formænd for fire idrætsforeninger og Ung i Gladsaxe',
    learnt: 'Foreningerne vil gerne have flere unge fra Mørkhøj, men mangler trænere, der kan tage imod nye midt i sæsonen. Fritidsguiderne kan bygge bro de første gange.',
  },
  {
    initiative: 2, form: 'samtale', window: ['2022-01-10', '2022-03-25'], withWhom: 'Klubmedarbejdere fra åben hal',
    learnt: 'Åben hal samler især de 12–15-årige. De ældste unge kommer sjældent og ønsker et sted at være uden faste aktiviteter. Opsøgende medarbejdere bør være med de første aftener.',
  },
  {
    initiative: 2, form: 'fokusgruppe', window: ['2022-04-04', '2022-06-17'], withWhom: 'Piger fra 6.–8. klasse',
    learnt: 'Pigerne bruger ikke hallen om fredagen, fordi drengene fylder den. De efterspørger dans og en aften for sig selv i klubben.',
  },
  {
    initiative: 3, form: 'samtale', window: ['2020-02-03', '2020-03-06'], withWhom: 'Pædagoger fra Børnehuset Solsikken',
    learnt: 'Temadagene har givet et fælles sprog om forældresamarbejde. Medarbejderne savner tid til at afprøve metoderne sammen i hverdagen.',
  },
  {
    initiative: 3, form: 'samtale', window: ['2021-05-03', '2021-06-25'], withWhom: 'Forældre til børn i 0.–2. klasse',
    learnt: 'Forældrene bliver oftere kontaktet om det, der går godt – ikke kun om problemer. Flere efterlyser tolk ved forældremøderne.',
  },
  {
    initiative: 3, form: 'dialogmøde', window: ['2021-11-08', '2022-01-28'], withWhom: 'Skoleledere, dagtilbudsledere og det lokale PPR-team',
    learnt: 'Læringsfællesskaberne virker bedst, hvor ledelsen deltager. PPR foreslår at samle erfaringerne i en fælles guide til nye medarbejdere.',
  },
  {
    initiative: 3, form: 'samtale', window: ['2022-05-09', '2022-06-24'], withWhom: 'Lærere fra 4. årgang på Lyngbakkeskolen',
    learnt: 'Forældrekaffe om morgenen har givet kontakt til forældre, som lærerne sjældent så før. Ordningen fortsætter efter sommerferien.',
  },
];
