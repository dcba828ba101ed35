import { DATA_NOT_KEPT, DELETED_OR_ASKED, NOT_RECORDED } from './dataLines';
import { DIGITAL_SENSE } from './senses';
import { needing, weighted, type ElementVocabulary } from './types';

/** How strategies name `ethics`: weights 3 = says it alone, 2 = strong, 1 = needs company. */
export const ethics = {
  heading: [
    // Who decides when a machine points ("Maskinen peger, mennesket vurderer").
    ...weighted(2, 'mennesket vurderer', 'mennesket beslutter', 'mennesket afgør', 'et menneske vurderer', 'et menneske beslutter', 'mennesket avgjør', 'människan bedömer', 'människan beslutar', 'a person decides', 'people decide', 'humans decide'),
    ...weighted(1, 'kamera*', 'camera*', 'cctv'),
    ...weighted(2, 'det vil vi ikke', 'det gør vi ikke', 'det gjør vi ikke', 'det gör vi inte', 'what we will not do', 'what we won’t do', 'det vi ikke gør', 'det vi ikke gjør', 'det vi inte gör', 'hvad vi ikke gør', 'what we do not do'),
    ...weighted(1, 'grenser', 'grænser', 'gränser', 'limits', 'boundaries'),
    // Watching people, refused or limited, in the heading's own words ("Vi holder ikke øje med borgerne", "and children
    // are not tracked", "hva vi ikke vil vite").
    // Counting or measuring things, not people, and what measured data may be used for ("Vi räknar besökare, inte
    // människor", "Hvad måledata bruges til", "Regler for droner").
    ...weighted(2, 'ikke lægger på nettet', 'ikke lægger ud', 'legger ikke ut', 'lägger inte ut', 'do not publish', 'hvad sker der med', 'hva skjer med', 'vad händer med', 'what happens to', 'hvad data kan bruges til', 'hvad vi står for', 'det vi står for', 'what we stand for', 'only for the reason', 'kun til det formål', 'bara för det syfte', 'data about people', 'data om borgere', 'ikke mennesker', 'ikke personer', 'inte människor', 'not people', 'data bruges til', 'data brukes til', 'data används till', 'data is used for', 'data are used for', 'regler for droner', 'regler for drone*', 'rules for drones', 'regler för drönare'),
    ...weighted(2, 'holde øje med', 'holder øje med', 'holder ikke øje', 'overvåge*', 'overvåke*', 'övervaka*', 'tracked', 'not tracked', 'ikke vil vite', 'ikke vil vide', 'inte vill veta', 'privatliv*', 'checked by people', 'checked by a person'),
    ...weighted(2, 'vores grænser', 'våre grenser', 'våra gränser', 'our limits', 'borgernes data', 'innbyggernes data', 'invånarnas data', 'residents’ data', 'residents\' data', 'brug af data om'),
    // Where the line is drawn for technology and people is an ethics heading in any words.
    ...weighted(2, 'hvor går grænsen', 'går grænsen', 'hvor går grensen', 'var går gränsen', 'where is the line', 'where we draw the line'),
      // Care, professional and sports ethics have headings like these too: the section's text must confirm the digital sense.
      { term: 'etik*', weight: 1 },
      { term: 'etisk*', weight: 1 },
      { term: 'dataetik*', weight: 2 },
      { term: 'ansvarlig*', weight: 2, requires: ['brug*', 'anvendelse*', 'teknologi*', 'ai', 'data'] },
      { term: 'ethic*', weight: 2 },
      { term: 'responsible', weight: 2 },
      'tillid',
      'trust',
      'kunstig intelligens',
      { term: 'AI', caseSensitive: true },
      'værdier',
      'jura',
    ...weighted(2, 'etikk', 'etikken', 'personvern*', 'dataskydd*', 'integritet*', 'privacy', 'ansvarsfull*', 'ansvarlig brug', 'ansvarlig anvendelse', 'ansvarlig bruk', 'responsible use', 'responsible ai', 'trustworthy', 'tillid til data', 'tryghed', 'trygghet', 'data og sikkerhed', 'sikkert og lovligt', 'lovligt', 'legal*', 'gdpr', 'databeskyttelse*', 'be open', 'åbenhed', 'openness', 'transparen*', 'gennemsigtig*'),
    { term: 'KI', caseSensitive: true },
    ...weighted(1, 'sikkerhed', 'sikkerhet', 'säkerhet', 'security', 'artificiell intelligens', 'artificial intelligence'),
    { term: 'ansvarlig*', weight: 2, requires: ['bruk', 'bruken', 'bruke', 'kunstig', 'ki'] },
    ...weighted(2, 'tillit til data', 'tillit till data', 'trust in data', 'data og sikkerhet', 'data och säkerhet', 'data and security', 'sikkert og lovlig', 'säkert och lagligt', 'safe and lawful', 'secure and lawful', 'lovlig', 'laglig*', 'lawful*', 'data protection', 'åpenhet', 'öppenhet', 'gjennomsiktig*', 'troværdig ai', 'troværdig kunstig intelligens', 'pålitelig ki', 'pålitelig kunstig intelligens', 'tillförlitlig ai'),
    ],
  body: [
    // A machine's output that a person decides on ("er et forslag, som en planlægger godkender"; "bara en signal").
    ...needing(2, ['automatisk*', 'automatic*', 'automated', 'system*', 'systemet', 'program*', 'algoritm*', 'algorithm*', 'ai', 'ki', 'model*', 'markering*', 'flag*'], 'er et forslag', 'er kun et forslag', 'is a suggestion', 'is only a suggestion', 'är ett förslag', 'bara en signal', 'kun et signal', 'bare et signal', 'only a signal', 'står aldrig alene', 'står aldri alene', 'står aldrig ensam', 'never stands alone'),
    // A system that does not rank people by risk or judge them by itself, said of the case ("Portalen sorterer ikke
    // familier efter risiko").
    ...needing(2, ['risiko*', 'risk*', 'automatisk*', 'automatic*', 'automatically', 'automatiskt'], 'sorterer ikke', 'sorterer aldrig', 'rangerer ikke', 'rangerer aldrig', 'scorer ikke', 'sorterer ikkje', 'rangerer ikkje', 'sorterar inte', 'rangordnar inte', 'does not sort', 'does not rank', 'does not score', 'never ranks', 'never scores', 'vurderer ikke', 'bedømmer ikke', 'vurderer aldri', 'bedömer inte', 'does not assess', 'does not judge'),
    // Lines drawn around people's data without the word ethics ("Vi får kun at vide, hvor mange telefoner der er i
    // området – ikke hvem"); strong, but in a strategy not enough alone.
    ...weighted(2, ...DATA_NOT_KEPT, ...NOT_RECORDED, ...DELETED_OR_ASKED),
    // Declining something the technology allows is a standpoint.
    ...weighted(3, 'selv om det er teknisk muligt', 'selvom det er teknisk muligt', 'selv om det er teknisk mulig', 'även om det är tekniskt möjligt', 'even though it is technically possible', 'although it is technically possible', 'even if it is technically possible'),
    ...weighted(2, 'altid en sagsbehandler', 'altid en medarbejder', 'alltid en handläggare', 'alltid en saksbehandler', 'always an officer', 'always a member of staff', 'selv træffer beslutningen', 'selv ser billedet'),
    // A machine that must say it is one, and may not decide cases.
    ...weighted(3, 'en medarbejder træffer', 'medarbejderen træffer', 'en sagsbehandler træffer', 'a member of staff makes', 'a caseworker makes', 'en handläggare fattar', 'en saksbehandler tar', 'foreslå, men ikke afgøre', 'suggest but not decide', 'skæve resultater', 'skæv* behandling', 'skjeve resultater', 'snedvridna resultat', 'skewed results', 'biased results', 'stå inde for', 'stå inne for', 'stand behind'),
    ...weighted(3, 'inte är en människa', 'ikke er et menneske', 'is not a human', 'is not a person', 'får inte fatta beslut', 'får ikke ta beslutninger', 'må ikke træffe afgørelse*', 'may not make decisions', 'must not make decisions', 'may not decide', 'must not decide'),
      { term: 'dataetik*', weight: 3 },
      { term: 'dataetisk*', weight: 3 },
      // Ethics of care or casework ("socialfaglig etik") is not digital ethics: the paragraph must speak of data or technology.
      ...needing(2, DIGITAL_SENSE, 'etik*', 'etisk*'),
      { term: 'nytteetik*', weight: 3 },
      { term: 'pligtetik*', weight: 3 },
      { term: 'kommunikativ etik', weight: 3 },
      { term: 'ai-forordning*', weight: 3 },
      { term: 'forordning* om kunstig intelligens', weight: 3 },
      { term: 'konsekvensanalyse*', weight: 2 },
      { term: 'behandlingsgrundlag*', weight: 2 },
      { term: 'hjemmel', weight: 2 },
      { term: 'gdpr', weight: 2 },
      { term: 'databeskyttelse*', weight: 2 },
      { term: 'personoplysning*', weight: 1 },
      { term: 'privatliv*', weight: 1 },
      { term: 'retfærdig*', weight: 1 },
      { term: 'værdighed', weight: 1 },
      { term: 'ligebehandling', weight: 1 },
      { term: 'menneskelig* vurdering*', weight: 2 },
      { term: 'et menneske', weight: 1, requires: ['beslut*', 'vurder*', 'afgør*'] },
      { term: 'MED', weight: 1, caseSensitive: true },
      { term: 'kunstig intelligens', weight: 1 },
      { term: 'AI', weight: 1, caseSensitive: true },
      { term: 'sprogmodel*', weight: 1 },
      { term: 'bias', weight: 1 },
      { term: 'tillid*', weight: 1 },
      { term: 'ethic*', weight: 2 },
      { term: 'ai act', weight: 3 },
      { term: 'data protection', weight: 2 },
      { term: 'legal basis', weight: 2 },
      { term: 'privacy', weight: 1 },
      { term: 'dignity', weight: 1 },
      { term: 'works council', weight: 1 },
    ...weighted(3, 'etiske principper', 'etiske retningslinjer', 'etiske overvejelser', 'etiske vurdering*', 'etiske dilemma*', 'etiske spørgsmål', 'etisk ansvarlig*', 'etiska principer', 'etiska riktlinjer', 'etiske prinsipper', 'ethical principles', 'ethical guidelines', 'ethical considerations', 'responsible use of ai', 'responsible ai', 'ansvarlig brug af ai', 'ansvarlig brug af kunstig intelligens', 'ansvarlig anvendelse af', 'ansvarlig bruk av', 'ansvarsfull användning', 'et menneske træffer', 'mennesket træffer', 'human in the loop', 'a human makes', 'a person makes', 'an algorithm', 'automatiserede afgørelser', 'automatiske afgørelser', 'automated decision*', 'algorithmic', 'algoritmisk*', 'fairness', 'discrimination', 'diskrimin*', 'forskelsbehandl*', 'forskjellsbehandl*', 'forklarbar*', 'explainab*', 'personvernet', 'personvernforordning*', 'dataskyddsförordning*', 'dataskydd', 'konsekvensvurdering*', 'konsekvensbedømmelse*', 'impact assessment*'),
    ...weighted(2, 'personvern', 'personvern*', 'integritet*', 'persondata*', 'personuppgift*', 'personopplysning*', 'personal data', 'personoplysninger', 'informationssikkerhed*', 'informasjonssikkerhet*', 'informationssäkerhet*', 'cybersikkerhed*', 'information security', 'lovlig*', 'lawful*', 'lovhjemmel', 'rettssikkerhet*', 'retssikkerhed*', 'rättssäkerhet*', 'gennemsigtig*', 'transparen*', 'åbenhed', 'openness', 'forklare*', 'explain*', 'algoritm*', 'algorithm*', 'ansvarsfull*', 'ansvarlig brug', 'ansvarlig bruk', 'responsible use', 'tillid', 'tillit', 'trust', 'tryghed', 'trygghet', 'etisk', 'etiske', 'etiska', 'ethical', 'ethics'),
    // The ethical commitments a strategy makes in plain words: a person, not a program, decides; data are used
    // only for what they were collected for; citizens may learn how a decision was reached; nobody is singled
    // out by a program.
    ...weighted(2, 'medarbejder, der træffer beslutningen', 'medarbejderen, der træffer', 'træffes af et menneske', 'træffes af en medarbejder', 'a person makes the decision', 'a member of staff makes the decision', 'fattas av en människa', 'tas av et menneske', 'det, de er indsamlet til', 'det formål, de er indsamlet', 'what it was collected for', 'purpose it was collected', 'ret til at få at vide', 'right to know how', 'rätt att få veta', 'rett til å få vite', 'udpege borgere', 'single out residents', 'single out citizens', 'profilering*', 'profiling'),
    // The same commitments in other words: a person takes the final decision and can overrule the tool, a public
    // register of the tools, and a tool that could treat people unfairly or intrude on private lives.
    ...weighted(2, 'final decision', 'endelige afgørelse', 'endelige beslutning', 'endelige avgjørelse', 'endelige avgjørelsen', 'slutliga beslutet', 'overrule', 'tilsidesætte', 'overstyre', 'public register', 'offentligt register', 'offentlig register', 'a person to review', 'ask for a person'),
    ...needing(2, DIGITAL_SENSE, 'unfair*', 'uretfærdig*', 'urettferdig*', 'orättvis*', 'disadvantage*', 'intrud*', 'intrusion', 'private lives', 'privatlivet', 'krænk*'),
    // Watching people (staff or residents) through data is an ethical question whatever words the text uses for it.
    ...weighted(2, 'overvågning*', 'overvåge*', 'overvåget', 'overvåking*', 'overvåke*', 'övervakning*', 'övervaka*', 'surveillance', 'monitoring of staff', 'kontrollere den enkelte', 'kontrol af medarbejder*', 'kontrol med medarbejder*', 'lokationsdata', 'location data', 'gps-data', 'positionsdata', 'sporing af', 'tracking of'),
    { term: 'KI', weight: 1, caseSensitive: true },
    ...weighted(1, 'artificiell intelligens', 'artificial intelligence', 'machine learning', 'maskinlæring', 'maskininlärning', 'sikkerhed', 'sikkerhet', 'säkerhet', 'security', 'sikkert', 'safe*', 'secure*'),
    ...weighted(3, 'data ethic*', 'konsekvensetik*', 'nyttoetik*', 'consequentialis*', 'consequence ethics', 'utilitarian*', 'pliktetik*', 'duty ethics', 'deontolog*', 'kommunikativ etikk', 'communicative ethics', 'discourse ethics', 'ki-forordning*', 'ai-förordning*', 'förordning* om artificiell intelligens', 'artificial intelligence act', 'konsekvensbedömning*', 'etiske overveielser', 'etiske spørsmål', 'etiska överväganden', 'etiska bedömning*', 'etiska dilemma*', 'etiska frågor', 'etiskt ansvarsfull*', 'ethical assessment*', 'ethical dilemma*', 'ethical question*', 'ethical issue*', 'et menneske tar', 'en människa fattar', 'en människa tar', 'automatiserte vedtak', 'automatiske vedtak', 'automatisert saksbehandling', 'automatiserade beslut', 'automatiska beslut', 'automatiserat beslutsfattande', 'förklarbar*'),
    ...weighted(2, 'konsekvensanalys', 'dpia', 'behandlingsgrunnlag*', 'rättslig grund', 'lawful basis', 'lagstöd', 'rättsligt stöd', 'mänsklig* bedömning*', 'human judgement', 'human judgment', 'human oversight', 'human review', 'cybersikkerhet*', 'cybersäkerhet*', 'cyber security', 'cybersecurity', 'laglig*', 'gjennomsiktig*', 'åpenhet', 'öppenhet', 'kontrollera den enskild*', 'kontroll av medarbeider*', 'kontroll med medarbeider*', 'kontroll av medarbetar*', 'monitoring of employees', 'employee monitoring', 'lokasjonsdata', 'platsdata', 'sporing av', 'spårning av'),
    ],
  guidance: {
    'standpoint': [...DATA_NOT_KEPT, ...NOT_RECORDED, 'grænse*', 'grense*', 'gräns*', 'limits', 'overvåg*', 'overvåk*', 'övervak*', 'surveillance', 'udpege', 'peke ut', 'peka ut', 'single out', 'profilering*', 'profiling', 'risikoperson*', 'sagt ja', 'trække sit ja tilbage', 'en fagperson', 'a professional', 'samler bare inn', 'indsamler kun', 'collect only', 'en medarbejder træffer', 'et menneske træffer', 'foreslå, men ikke afgøre', 'skæve resultater', 'stå inde for', 'kan forklare', 'forklare borger*', 'explain to', 'förklara för', 'forklare innbygger*', 'etisk* ståsted*', 'værdi*', 'princip*', 'retfærdig*', 'gennemsigtig*', 'åbenhed', 'lighed', 'ligebehandling', 'privatliv*', 'værdighed', 'nytteetik*', 'pligtetik*', 'kommunikativ etik', 'value*', 'principle*', 'transparen*', 'fairness', 'dignity', 'privacy', 'verdi*', 'prinsipp*', 'etisk*', 'etik*', 'ethic*', 'openness', 'åpenhet', 'öppenhet', 'equal*', 'likhet', 'jämlik*', 'respect*', 'respekt*', 'human rights', 'menneskeret*', 'responsib*', 'ansvarlig*', 'ansvarsfull*', 'integritet*', 'värde*', 'värdering*'],
    'ai': ['beslutningsstøtte*', 'beslutsstöd*', 'decision support', 'foreslå en afgørelse', 'sortere henvendelser', 'prioriterer borgere', 'kunstig intelligens', { term: 'AI', caseSensitive: true }, 'ai-*', 'algoritm*', 'sprogmodel*', 'generativ*', 'copilot', 'chatgpt', 'maskinlæring', 'automatiser*', 'robot*', 'artificial intelligence', 'machine learning', 'automat*', { term: 'KI', caseSensitive: true }, 'algorithm*', 'artificiell intelligens', 'maskininlärning', 'automated decision*', 'automatiserede afgørelser', 'generative', 'large language model*', 'llm*', 'chatbot*'],
    'involvement': [{ term: 'MED', caseSensitive: true }, 'medarbejder*', 'tillidsrepræsentant*', 'borger*', 'inddrag*', 'dialog*', 'høring*', 'pårørende', 'staff', 'employee*', 'citizen*', 'involve*', 'works council', 'ansatte', 'innbygger*', 'medarbeid*', 'medarbetar*', 'anställda', 'tillitsvalgt*', 'fackliga', 'fagforening*', 'union*', 'workforce', 'public', 'offentlighed*', 'people', 'users', 'brugere', 'brukere', 'användare', 'invånar*', 'samråd*', 'consult*'],
    'legal': ['hjemmel', 'gdpr', 'databeskyttelse*', 'ai-forordning*', 'behandlingsgrundlag*', 'konsekvensanalyse*', 'dpia', 'juridisk*', 'jura', 'jurist*', 'screening*', 'lovgivning*', 'persondataforordning*', 'ai act', 'legal*', 'data protection', 'impact assessment*', 'personvern*', 'lov', 'loven', 'lovlig*', 'lag', 'lagen', 'lagstiftning*', 'regelverk*', 'law*', 'lawful*', 'regulation*', 'dataskydd*', 'personuppgift*', 'personopplysning*', 'personvernforordning*', 'retssikkerhed*', 'rettssikkerhet*', 'rättssäkerhet*', 'compliance', 'compliant', ...DATA_NOT_KEPT, ...NOT_RECORDED, ...DELETED_OR_ASKED, 'samtykke*', 'samtykk*', 'samtycke*', 'consent*', 'slettes', 'slettet', 'sletning*', 'sletting*', 'raderas', 'deletion', 'retention', 'opbevares', 'lagres i', 'sparas i', 'kept for'],
  },
} satisfies ElementVocabulary;
