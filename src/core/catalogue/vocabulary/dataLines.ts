/*
 * Lines a text draws around people's data in the words of the case, without naming ethics: what a system does not
 * store, film or use, and what is deleted or asked first. Strategies and leaders' ambitions say them alike.
 */

/** What a system does not store or register about people ("registrerer kun antallet, ikke hvem"). */
export const DATA_NOT_KEPT = ['må ikke gemme', 'gemmer ikke', 'gemmer vi ikke', 'registrerer kun', 'registrerer ikke', 'ikke hvem', 'not who', 'does not store', 'do not store', 'will not store', 'never stores', 'only records', 'lagrar inte', 'lagras inte', 'sparas inte', 'lagrer ikke', 'lagres ikke', 'må ikke lagre', 'never per household', 'not per household', 'aldrig pr. husstand', 'aldrig per husstand', 'aldri per husstand', 'aldrig per hushåll'];

/** What is not filmed or recorded, and what data is never used for. */
export const NOT_RECORDED = ['filmer ikke', 'filmer vi ikke', 'optager ikke', 'optager vi ikke', 'uden at blive optaget', 'bruges aldrig', 'bruges ikke til', 'kun et nummer', 'ikke et navn', 'slår vi fra', 'do not film', "don't film", 'never used for', 'not recorded', 'filmar inte', 'filmer ikkje', 'brukes aldri', 'används aldrig', 'never record', 'will never record', 'optager aldrig', 'aldrig optage', 'tar aldri opp', 'spelar aldrig in'];

/** Data deleted when it has served, and people asked before. */
export const DELETED_OR_ASKED = ['slettes, når', 'slettes når', 'sletter vi', 'we delete', 'are deleted', 'is deleted', 'slettes igen', 'raderas när', 'spørger vi først', 'spørger først', 'asks first', 'ask first', 'frågar först'];
