/* Words in the same sentence that show a term is used in another sense. */

/** Sentences in which "inklusion" is about pupils or day care, not digital inclusion. */
export const SCHOOL_SENSE = ['elev*', 'skole*', 'folkeskole*', 'specialundervisning*', 'specialklasse*', 'klasse*', 'dagtilbud*', 'børnehave*', 'daginstitution*', 'pædagog*', 'undervisning*', 'pupil*', 'school*'];

/** Sentences in which "drift" is a supplier's operations contract, not the daily workload. */
export const CONTRACT_SENSE = ['leverandør*', 'kontrakt*', 'driftsaftale*', 'driftskontrakt*', 'hosting', 'udbud*', 'licens*', 'supplier*', 'contract*'];

/** Sentences in which "dagsorden" is one meeting's agenda. */
export const MEETING_SENSE = ['referat*', 'godkendelse*', 'eventuelt', 'mødeindkaldelse*', 'minutes'];

/** Paragraphs that speak of something digital: technology, data, systems and the tools staff use. */
export const DIGITAL_SENSE = [
  'digital*', 'digitale', 'teknologi*', 'technolog*', 'teknik*', 'data*', 'kunstig intelligens', 'artificial intelligence', 'ai', 'ki', 'algoritm*', 'algorithm*', 'system*', 'app*',
  'it-*', 'software', 'skærm*', 'screen*', 'sensor*', 'kamera*', 'camera*', 'robot*', 'chatbot*', 'automat*', 'selvbetjening*', 'online', 'platform*', 'værktøj*', 'verktøy*', 'verktyg*', 'tool*',
  'video*', 'smartphone*', 'computer*', 'tablet*', 'ipad*', 'skærme', 'overvåg*', 'overvåk*', 'övervak*', 'surveillance', 'persondata*', 'personoplysning*', 'personal data', 'gdpr', 'registrer*',
  'digitalisering*', 'digitalisation', 'digitalization', 'teknikk*', 'teknologi', 'tekniken',
];
