import { weighted, type ElementVocabulary } from './types';

/**
 * How leaders state expectations both ways (`ambition-expectations`): what
 * they expect of their staff, and what the staff may expect of them. The two
 * sub-checks are the two directions.
 */
/** Words that make a promise to the staff a mirror of what is asked of them, read one at a time in the sentence. */
const MIRRORED = ['samme', 'same', 'samma'];

export const ambitionExpectations = {
  heading: [
    ...weighted(3, 'count on', 'rely on', 'räkna med', 'det gør i', 'hvad i gør', 'det gjør dere', 'det gör ni', 'what you do', 'what you can count on', 'what we ask of you', 'hvad vi beder jer om'),
    ...weighted(3, 'forventning*', 'jeg lover', 'hvad jeg lover', 'what i promise', 'jeg lover jer', 'mitt løfte', 'regne med', 'regner med', 'løfte*', 'gensidige', 'promise*', 'what i ask', 'hvad jeg beder om', 'hvad i kan regne med', 'forventninger til', 'hvad i kan forvente', 'forventningar', 'förväntning*', 'expectation*', 'what you can expect', 'what i expect'),
    ...weighted(3, 'jeg beder jer om', 'beder jeg jer om', 'det beder jeg jer om', 'i ask of you', 'what i ask of you', 'jeg ber dere om', 'det ber jeg dere om', 'jag ber er om', 'det ber jag er om'),
    ...weighted(2, 'forvente*', 'expect*', 'gensidig*', 'mutual', 'min rolle og jeres', 'my role and yours'),
    ...weighted(3, 'af hinanden', 'fra hinanden', 'av hverandre', 'fra hverandre', 'av varandra', 'från varandra', 'of each other', 'from each other'),
  ],
  body: [
    ...weighted(3, 'you can count on', 'kan regne med meg', 'kan räkna med mig', 'dere kan regne med', 'ni kan räkna med', 'you can rely on', 'jeg beder jer om', 'i beg you', 'i ask you to', 'jeg ber dere om', 'jag ber er'),
    ...weighted(3, 'jeg forventer', 'jeg forventer at', 'forventer jeg at', 'dere kan forvente', 'kan dere forvente', 'ni kan förvänta er', 'kan ni förvänta er', 'jag förväntar mig', 'av dere', 'av er', 'jeg beder jer', 'beder jeg', 'jeg regner med', 'regner jeg med', 'what i ask of', 'i ask of', 'i ask my', 'i ask you', 'my promise', 'mit løfte', 'jeg lover jer', 'forventer jeg', 'kan forvente af mig', 'forvente af mig', 'kan regne med mig', 'i kan regne med', 'jeg forventar', 'kan forvente av meg', 'förväntar jag', 'jag förväntar', 'kan förvänta sig av mig', 'i expect', 'you can expect', 'expect of me', 'expect from me', 'count on me', 'bede mig om', 'be meg om', 'be mig om', 'ask me to', 'ask me for', 'you can ask me'),
    ...weighted(2, 'jeg ber', 'jag ber', 'jeg beder', 'bede dem om', 'be dem om', 'ask them to', 'i skal være', 'dere skal være', 'ni ska vara', 'til gengæld', 'til gjengjeld', 'i gengäld', 'in return'),
    ...weighted(3, 'forvente af hende', 'forvente af ham', 'forvente av henne', 'expect of her', 'expect of him', 'hun forventer', 'han forventer', 'she expects', 'he expects'),
    ...weighted(2, 'forventer', 'forvente*', 'forventning*', 'forventar', 'förvänt*', 'expect*', 'expectation*', 'jeg lover', 'i promise', 'jeg vil selv', 'i will myself'),
    ...weighted(1, 'mine medarbejdere', 'medarbejderne', 'mine kolleg*', 'my staff', 'my team', 'the team', 'nysgerrig*', 'curious', 'kritisk*', 'critical', 'åben*', 'open', 'tryg*', 'modig*', 'brave', 'af mig', 'of me', 'fra mig', 'from me'),
  ],
  guidance: {
    'of-staff': ['hun forventer', 'han forventer', 'forventer hun', 'forventer han', 'she expects', 'he expects', 'hon förväntar', 'han förväntar', 'bede dem om', 'be dem om', 'ask them to', 'i skal være', 'dere skal', 'ni ska', 'jeg ber', 'jag ber', 'jeg beder', 'jeg beder jer', 'beder jeg', 'jeg regner med', 'regner jeg med', 'i ask of', 'i ask my', 'i ask you', 'what i ask', 'jeg forventer', 'forventer jeg', 'forventer at', 'forventer af', 'forventer, at', 'mine medarbejdere', 'medarbejderne skal', 'i skal', 'jeg forventar', 'forventer av', 'förväntar jag', 'jag förväntar', 'i expect', 'expect my', 'expect staff', 'expect the team', 'expect you', 'expect everyone', 'my staff', 'my team'],
    // A mirror ("… og det samme kan I forvente af mig") names the direction without saying what the staff may expect;
    // it counts only with a promise of its own ("De kan forvente det samme af mig, og at jeg afsætter tid til det").
    'of-leader': [
      ...['og at jeg', 'and that i', 'och att jag', 'og at eg'],
      ...['til gengæld', 'til gjengjeld', 'i gengäld', 'in return', 'forvente* at jeg', 'forvente* af mig', 'forvente* av meg', 'förvänta* att jag', 'expect that i', 'bede mig om', 'be meg om', 'be mig om', 'ask me', 'mit løfte', 'i kan regne med', 'kan i regne med', 'my promise', 'you can count on', 'you can expect', 'af mig', 'fra mig', 'regne med mig', 'jeg lover', 'jeg vil selv', 'jeg selv', 'av meg', 'fra meg', 'av mig', 'från mig', 'of me', 'from me', 'count on me', 'i promise', 'i will myself', 'myself',
      // What the staff may expect, said of them: "I kan forvente", "teamet kan forvente, at jeg …".
      'i kan forvente', 'kan i forvente', 'de kan forvente', 'dere kan forvente', 'ni kan förvänta', 'teamet kan forvente', 'medarbejderne kan forvente', 'kollegerne kan forvente', 'staff can expect', 'the team can expect', 'they can expect',
      'dere kan regne med', 'kan dere regne med', 'ni kan räkna med', 'kan ni räkna med', 'fra dig', 'af dig',
      // Minutes that tell of the leader in the third person ("Det kan vi forvente af hende").
      'forvente af hende', 'forvente af ham', 'forvente av henne', 'forvente av ham', 'förvänta oss av henne', 'förvänta oss av honom', 'expect of her', 'expect of him', 'vi kan forvente', 'kan vi forvente', 'we can expect',
      ].map((term) => ({ term, unless: MIRRORED })),
    ],
  },
} satisfies ElementVocabulary;
