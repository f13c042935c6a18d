/**
 * People the brief describes, answering the checker, and what it must tell them. Each expectation traces to the
 * rule it exercises (content/checker/entitlements/<id>.yaml) and, through it, to shared/brief/.
 */
import { describe, expect, it } from 'vitest';
import { checkAnswers, type Answers } from '../../src/lib/checker/engine';
import { whoCanHelp } from '../../src/lib/checker/whoCanHelp';
import { loadCheckerContent, serviceReach } from '../helpers/checker';

const { rules } = loadCheckerContent();

interface Persona {
  who: string;
  answers: Answers;
  /** Exactly what "You should be able to get" lists, in order. */
  yes: string[];
  /** Exactly what "Not at this stage" lists. */
  no: string[];
  /** Must be among "ask an adviser". */
  maybe: string[];
  /** Must not be shown at all. */
  hidden: string[];
  /** Reasons that must be given (entitlement → reason key). */
  because?: Record<string, string>;
  helpers: string[];
  notHelpers: string[];
}

const personas: Persona[] = [
  {
    who: 'an Albanian woman in England after a yes on the first decision, in a safe house, with a child',
    answers: { nation: 'england', age: 'adult', 'services-for': 'women', nrm: 'positive-rg', immigration: 'asylum', detention: 'no', housing: 'safe-house', family: 'yes', police: 'no', exploitation: 'sexual' },
    yes: ['helpline', 'nrm-support', 'safe-house', 'nhs', 'school'],
    no: ['move-on', 'vts', 'benefits'],
    maybe: ['legal-aid', 'asylum-support', 'family-help', 'cica'],
    hidden: ['children-services', 'council-housing', 'nrm-referral', 'reconsideration', 'unpaid-wages'],
    because: { 'nrm-support': 'why.recoveryEw', 'legal-aid': 'why.legalAidEw', cica: 'why.cicaPolice', vts: 'why.vtsLater' },
    helpers: ['modern-slavery-helpline', 'salvation-army-referral', 'nhs-111', 'check-legal-aid', 'migrant-help', 'refugee-council', 'cica'],
    notHelpers: ['tara-scotland', 'migrant-help-ni', 'childline', 'ictg-service', 'mens-advice-line'],
  },
  {
    who: 'an Eritrean man in Scotland waiting for the first decision, in asylum housing, made to work',
    answers: { nation: 'scotland', age: 'adult', 'services-for': 'men', nrm: 'waiting', immigration: 'asylum', detention: 'no', housing: 'asylum-housing', family: 'no', police: 'no', exploitation: 'work' },
    yes: ['helpline'],
    no: ['vts', 'benefits'],
    maybe: ['nrm-support', 'nhs', 'legal-aid', 'asylum-support', 'council-housing', 'unpaid-wages', 'cica'],
    hidden: ['safe-house', 'move-on', 'school', 'family-help', 'children-services'],
    because: { 'nrm-support': 'why.supportWaitingScotland', 'asylum-support': 'why.asylumHousing', nhs: 'why.nhsOtherNations', 'council-housing': 'why.councilNoFunds' },
    helpers: ['migrant-help-scotland', 'shelter-scotland', 'citizens-advice-scotland', 'acas', 'glaa', 'modern-slavery-helpline'],
    notHelpers: ['salvation-army-referral', 'labour-relations-agency-ni', 'shelter-england', 'kalayaan', 'migrant-help'],
  },
  {
    who: 'a British teenager in Wales, not referred, made to move drugs, talking to the police',
    answers: { nation: 'wales', age: 'under-18', nrm: 'not-referred', immigration: 'british-irish', police: 'helping', exploitation: 'criminal' },
    yes: ['helpline', 'children-services'],
    no: [],
    maybe: ['guardian', 'criminal-records', 'cica'],
    hidden: ['nrm-referral', 'nrm-support', 'benefits', 'council-housing', 'right-to-work', 'legal-aid', 'vts', 'asylum-claim'],
    because: { 'children-services': 'why.childUnder18', guardian: 'why.guardianEw', cica: 'why.cicaChild', 'criminal-records': 'why.criminalChildEw', nhs: 'why.nhsResident' },
    helpers: ['ictg-service', 'childline', 'modern-slavery-helpline', 'police-emergency', 'cica', 'victim-support'],
    notHelpers: ['citizens-advice', 'salvation-army-referral', 'scottish-guardianship-service', 'ni-independent-guardian-service'],
  },
  {
    who: 'a Romanian worker in Northern Ireland with unpaid wages, not referred, with pre-settled status',
    answers: { nation: 'ni', age: 'adult', 'services-for': 'any', nrm: 'not-referred', 'nrm-choice': 'yes', immigration: 'pre-settled', detention: 'no', housing: 'settled-home', family: 'no', police: 'no', exploitation: 'work' },
    yes: ['helpline', 'nrm-referral'],
    no: ['nrm-support'],
    maybe: ['unpaid-wages', 'minimum-wage', 'right-to-work', 'benefits', 'nhs', 'legal-aid', 'compensation-ni'],
    hidden: ['safe-house', 'council-housing', 'vts', 'asylum-support', 'asylum-claim', 'cica', 'help-without-nrm'],
    because: { 'unpaid-wages': 'why.wagesNi', 'compensation-ni': 'why.cicaNi', benefits: 'why.benefitsPreSettled', 'right-to-work': 'why.workSettled', 'legal-aid': 'why.legalAidOtherNations' },
    helpers: ['labour-relations-agency-ni', 'advice-ni', 'glaa', 'migrant-help-ni', 'modern-slavery-helpline'],
    notHelpers: ['acas', 'citizens-advice', 'citizens-advice-scotland', 'cica', 'salvation-army-referral', 'kalayaan'],
  },
  {
    who: 'a person in England with a no decision, no status, in a safe house',
    answers: { nation: 'england', age: 'adult', 'services-for': 'not-sure', nrm: 'negative-cg', immigration: 'no-status', detention: 'no', housing: 'safe-house', family: 'no', police: 'no', exploitation: 'other' },
    yes: ['helpline'],
    no: ['vts', 'benefits', 'right-to-work'],
    maybe: ['nrm-support', 'reconsideration', 'nhs', 'legal-aid', 'council-housing', 'cica', 'asylum-claim'],
    hidden: ['move-on', 'safe-house', 'nrm-referral', 'unpaid-wages', 'criminal-records'],
    because: { 'nrm-support': 'why.supportAfterNo', nhs: 'why.nhsAfterNo', 'legal-aid': 'why.legalAidAfterNo', vts: 'why.vtsAfterNo', reconsideration: 'why.reconsideration', 'right-to-work': 'why.workNoStatus' },
    helpers: ['right-to-remain', 'check-legal-aid', 'shelter-england', 'salvation-army-referral'],
    notHelpers: ['citizens-advice', 'acas'],
  },
  {
    who: 'a Vietnamese boy in England who is not sure of his age, waiting, made to grow cannabis',
    answers: { nation: 'england', age: 'not-sure', nrm: 'waiting', immigration: 'no-status', police: 'not-sure', exploitation: 'criminal' },
    yes: ['helpline', 'children-services'],
    no: ['vts'],
    maybe: ['guardian', 'nhs', 'legal-aid', 'criminal-records', 'cica', 'asylum-claim'],
    hidden: ['benefits', 'council-housing', 'nrm-support', 'safe-house', 'asylum-support'],
    because: { 'children-services': 'why.childAgeNotSure', nhs: 'why.nhsEnglandBefore', 'legal-aid': 'why.legalAidBefore' },
    helpers: ['ictg-service', 'childline', 'modern-slavery-helpline'],
    notHelpers: ['salvation-army-referral', 'migrant-help', 'citizens-advice'],
  },
  {
    who: 'a Nigerian woman in England after a yes on the final decision, with refugee status, children, helping the police',
    answers: { nation: 'england', age: 'adult', 'services-for': 'women', nrm: 'positive-cg', immigration: 'refugee', detention: 'no', housing: 'safe-house', family: 'yes', police: 'helping', exploitation: 'sexual' },
    yes: ['helpline', 'move-on', 'nhs', 'benefits', 'right-to-work', 'school'],
    no: [],
    maybe: ['reach-in', 'legal-aid', 'vts', 'council-housing', 'family-help', 'cica', 'reparation'],
    hidden: ['nrm-support', 'safe-house', 'nrm-referral', 'asylum-support', 'asylum-claim'],
    because: { 'move-on': 'why.moveOnEw', vts: 'why.vtsPolice', benefits: 'why.benefitsSettled', 'council-housing': 'why.councilStatus', 'right-to-work': 'why.workYes', 'reach-in': 'why.reachIn' },
    helpers: ['salvation-army-referral', 'shelter-england', 'citizens-advice', 'right-to-remain'],
    notHelpers: ['shelter-scotland', 'advice-ni'],
  },
  {
    who: 'a Polish man in Scotland after a yes on the final decision, with settled status and nowhere safe to stay',
    answers: { nation: 'scotland', age: 'adult', 'services-for': 'men', nrm: 'positive-cg', immigration: 'settled', detention: 'no', housing: 'no-safe-place', family: 'no', police: 'no', exploitation: 'work' },
    yes: ['helpline', 'benefits'],
    no: [],
    maybe: ['move-on', 'council-housing', 'right-to-work', 'nhs', 'legal-aid', 'unpaid-wages', 'minimum-wage', 'cica'],
    hidden: ['vts', 'nrm-support', 'safe-house', 'school', 'asylum-claim', 'reach-in'],
    because: { 'move-on': 'why.moveOnScotland', 'council-housing': 'why.councilStatus', 'unpaid-wages': 'why.wagesGb', nhs: 'why.nhsResident' },
    helpers: ['shelter-scotland', 'citizens-advice-scotland', 'acas', 'migrant-help-scotland'],
    notHelpers: ['shelter-england', 'labour-relations-agency-ni', 'salvation-army-referral'],
  },
  {
    who: 'a British woman in England, not referred, pregnant, with nowhere safe to stay after domestic servitude',
    answers: { nation: 'england', age: 'adult', 'services-for': 'women', nrm: 'not-referred', 'nrm-choice': 'not-sure', immigration: 'british-irish', housing: 'no-safe-place', family: 'yes', police: 'no', exploitation: 'domestic' },
    yes: ['helpline', 'nrm-referral', 'benefits', 'right-to-work', 'council-housing'],
    no: ['nrm-support'],
    maybe: ['safe-house', 'nhs', 'family-help', 'school', 'unpaid-wages', 'minimum-wage', 'cica'],
    hidden: ['legal-aid', 'vts', 'asylum-support', 'move-on', 'detention'],
    because: { 'council-housing': 'why.councilBritish', 'safe-house': 'why.safeHouseNotReferred', benefits: 'why.benefitsBritish' },
    helpers: ['shelter-england', 'citizens-advice', 'kalayaan', 'police-emergency', 'modern-slavery-helpline'],
    notHelpers: ['migrant-help-ni', 'childline'],
  },
  {
    who: 'someone who is not sure of anything yet',
    answers: { nation: 'not-sure', age: 'not-sure', nrm: 'not-sure', immigration: 'not-sure', police: 'not-sure', exploitation: 'not-sure' },
    yes: ['helpline', 'children-services'],
    no: [],
    maybe: ['guardian', 'reconsideration', 'nhs', 'legal-aid', 'vts', 'criminal-records', 'unpaid-wages', 'cica', 'asylum-claim'],
    hidden: ['benefits', 'council-housing', 'nrm-support'],
    because: { guardian: 'why.guardianNationNotSure', nhs: 'why.nhsNationNotSure', cica: 'why.cicaNationNotSure' },
    helpers: ['modern-slavery-helpline', 'childline', 'police-emergency'],
    notHelpers: ['ictg-service', 'salvation-army-referral', 'acas', 'glaa', 'kalayaan', 'tara-scotland', 'right-to-remain'],
  },
  {
    who: 'a Sudanese man in Northern Ireland after a yes on the first decision, in asylum housing',
    answers: { nation: 'ni', age: 'adult', 'services-for': 'not-sure', nrm: 'positive-rg', immigration: 'asylum', detention: 'no', housing: 'asylum-housing', family: 'no', police: 'no', exploitation: 'work' },
    yes: ['helpline', 'nrm-support'],
    no: ['move-on', 'vts', 'benefits'],
    maybe: ['safe-house', 'nhs', 'legal-aid', 'asylum-support', 'council-housing', 'right-to-work', 'unpaid-wages', 'minimum-wage', 'compensation-ni'],
    hidden: ['nrm-referral', 'school', 'cica'],
    because: { 'nrm-support': 'why.recoveryNi', 'safe-house': 'why.outreachOther', 'legal-aid': 'why.legalAidAsylum', 'compensation-ni': 'why.cicaNi', 'unpaid-wages': 'why.wagesNi', 'right-to-work': 'why.workAsylum' },
    helpers: ['migrant-help-ni', 'belfast-lisburn-womens-aid', 'housing-rights-ni', 'labour-relations-agency-ni'],
    notHelpers: ['migrant-help', 'acas', 'salvation-army-referral', 'nhs-111'],
  },
  {
    who: 'a Somali girl in Scotland after a yes on the first decision, who asked for asylum',
    answers: { nation: 'scotland', age: 'under-18', nrm: 'positive-rg', immigration: 'asylum', police: 'no', exploitation: 'sexual' },
    yes: ['helpline', 'children-services'],
    no: ['vts'],
    maybe: ['guardian', 'nhs', 'legal-aid', 'cica'],
    hidden: ['nrm-support', 'safe-house', 'asylum-support', 'benefits'],
    because: { guardian: 'why.guardianScotland', 'legal-aid': 'why.legalAidAsylum' },
    helpers: ['scottish-guardianship-service', 'childline'],
    notHelpers: ['ictg-service', 'tara-scotland', 'migrant-help-scotland'],
  },
  {
    who: 'a man in England with refugee status after a yes on the first decision, living in his own home',
    answers: { nation: 'england', age: 'adult', 'services-for': 'men', nrm: 'positive-rg', immigration: 'refugee', detention: 'no', housing: 'settled-home', family: 'no', police: 'no', exploitation: 'work' },
    yes: ['helpline', 'nrm-support', 'nhs', 'benefits', 'right-to-work'],
    no: ['move-on', 'vts'],
    maybe: ['safe-house', 'legal-aid', 'unpaid-wages', 'minimum-wage', 'cica'],
    hidden: ['council-housing', 'school', 'asylum-support'],
    because: { 'safe-house': 'why.outreach', 'move-on': 'why.moveOnLater' },
    helpers: ['salvation-army-referral', 'citizens-advice', 'acas'],
    notHelpers: ['shelter-england'],
  },
  {
    who: 'a man in Scotland waiting for the first decision, who asked for services for men',
    answers: { nation: 'scotland', age: 'adult', 'services-for': 'men', nrm: 'waiting', immigration: 'other-leave', 'public-funds': 'yes', detention: 'no', housing: 'settled-home', family: 'no', police: 'no', exploitation: 'sexual' },
    yes: ['helpline'],
    no: ['vts', 'benefits'],
    maybe: ['nrm-support', 'right-to-work', 'nhs', 'legal-aid', 'cica'],
    hidden: ['safe-house', 'unpaid-wages', 'minimum-wage', 'criminal-records', 'help-without-nrm', 'detention'],
    because: { 'nrm-support': 'why.supportWaitingScotland', benefits: 'why.benefitsNrpf', 'right-to-work': 'why.workLeave' },
    helpers: ['migrant-help-scotland', 'modern-slavery-helpline'],
    notHelpers: ['tara-scotland', 'salvation-army-referral', 'belfast-lisburn-womens-aid'],
  },
  {
    who: 'a man in immigration detention in England, waiting for the first decision, made to work and to break the law',
    answers: { nation: 'england', age: 'adult', 'services-for': 'men', nrm: 'waiting', immigration: 'no-status', detention: 'yes', housing: 'not-sure', family: 'no', police: 'no', exploitation: 'work+criminal' },
    yes: ['helpline'],
    no: ['vts', 'benefits'],
    maybe: ['detention', 'nrm-support', 'legal-aid', 'criminal-records', 'unpaid-wages', 'minimum-wage', 'asylum-claim'],
    hidden: ['right-to-work', 'children-services', 'help-without-nrm', 'move-on'],
    because: { detention: 'why.detention', 'criminal-records': 'why.criminalEw', 'unpaid-wages': 'why.wagesGb', 'nrm-support': 'why.supportWaitingEw' },
    helpers: ['right-to-remain', 'modern-slavery-helpline', 'acas'],
    notHelpers: ['tara-scotland', 'national-domestic-abuse-helpline', 'labour-relations-agency-ni'],
  },
  {
    who: 'a woman in England who holds temporary permission to stay as a victim (VTS), after a yes on the final decision',
    answers: { nation: 'england', age: 'adult', 'services-for': 'women', nrm: 'positive-cg', immigration: 'vts', 'public-funds': 'no', detention: 'no', housing: 'settled-home', family: 'no', police: 'helping', exploitation: 'domestic' },
    yes: ['helpline', 'move-on', 'nhs'],
    no: [],
    maybe: ['reach-in', 'right-to-work', 'vts', 'benefits', 'unpaid-wages', 'minimum-wage', 'reparation', 'cica'],
    hidden: ['nrm-support', 'asylum-claim', 'detention', 'help-without-nrm'],
    because: { vts: 'why.vtsHeld', 'right-to-work': 'why.workLeave', 'reach-in': 'why.reachIn', reparation: 'why.reparationEw', benefits: 'why.benefitsLeave' },
    helpers: ['salvation-army-referral', 'kalayaan', 'citizens-advice', 'right-to-remain'],
    notHelpers: ['mens-advice-line', 'shelter-scotland'],
  },
  {
    who: 'an EU worker in England with pre-settled status, not referred, unpaid for work',
    answers: { nation: 'england', age: 'adult', 'services-for': 'any', nrm: 'not-referred', 'nrm-choice': 'yes', immigration: 'pre-settled', detention: 'no', housing: 'settled-home', family: 'no', police: 'no', exploitation: 'work' },
    yes: ['helpline', 'nrm-referral'],
    no: ['nrm-support'],
    maybe: ['right-to-work', 'benefits', 'nhs', 'unpaid-wages', 'minimum-wage', 'cica'],
    hidden: ['vts', 'help-without-nrm', 'asylum-claim', 'detention', 'criminal-records'],
    because: { 'right-to-work': 'why.workSettled', benefits: 'why.benefitsPreSettled', nhs: 'why.nhsResident', 'unpaid-wages': 'why.wagesGb', 'nrm-support': 'why.supportNotReferredEw' },
    helpers: ['acas', 'citizens-advice', 'kalayaan', 'glaa'],
    notHelpers: ['labour-relations-agency-ni', 'advice-ni'],
  },
  {
    who: 'an adult in Wales who does not want to go into the NRM',
    answers: { nation: 'wales', age: 'adult', 'services-for': 'not-sure', nrm: 'not-referred', 'nrm-choice': 'no', immigration: 'asylum', detention: 'no', housing: 'asylum-housing', family: 'no', police: 'no', exploitation: 'sexual' },
    yes: ['helpline'],
    no: ['nrm-support', 'benefits'],
    maybe: ['help-without-nrm', 'nrm-referral', 'right-to-work', 'asylum-support', 'legal-aid'],
    hidden: ['detention', 'reach-in', 'move-on'],
    because: { 'help-without-nrm': 'why.withoutNrmEw', 'nrm-referral': 'why.referralDeclined', 'right-to-work': 'why.workAsylum' },
    helpers: ['modern-slavery-helpline', 'british-red-cross', 'hope-for-justice', 'citizens-advice'],
    notHelpers: ['citizens-advice-scotland', 'advice-ni'],
  },
  {
    who: 'a woman in Scotland, sexually exploited and made to commit an offence, after a yes on the first decision',
    answers: { nation: 'scotland', age: 'adult', 'services-for': 'women', nrm: 'positive-rg', immigration: 'asylum', detention: 'no', housing: 'safe-house', family: 'no', police: 'helping', exploitation: 'sexual+criminal' },
    yes: ['helpline', 'nrm-support', 'safe-house'],
    no: ['move-on', 'vts', 'benefits'],
    maybe: ['criminal-records', 'reparation', 'cica', 'right-to-work', 'legal-aid'],
    hidden: ['unpaid-wages', 'minimum-wage', 'help-without-nrm', 'detention'],
    because: { 'criminal-records': 'why.criminalScotland', 'nrm-support': 'why.recoveryScotland', reparation: 'why.reparation' },
    helpers: ['tara-scotland', 'migrant-help-scotland', 'victim-support-scotland'],
    notHelpers: ['mens-advice-line', 'salvation-army-referral', 'belfast-lisburn-womens-aid'],
  },
  {
    who: 'a child in England who is not sure of their age, made to work in a nail bar',
    answers: { nation: 'england', age: 'not-sure', nrm: 'not-referred', immigration: 'no-status', police: 'no', exploitation: 'work' },
    yes: ['helpline', 'children-services'],
    no: [],
    maybe: ['guardian', 'unpaid-wages', 'minimum-wage', 'cica', 'asylum-claim'],
    hidden: ['right-to-work', 'benefits', 'council-housing', 'nrm-support', 'help-without-nrm', 'detention'],
    because: { cica: 'why.cicaChild', 'children-services': 'why.childAgeNotSure' },
    helpers: ['ictg-service', 'childline', 'modern-slavery-helpline'],
    notHelpers: ['kalayaan', 'acas', 'citizens-advice', 'salvation-army-referral'],
  },
];

describe('the checker, answered by people from the brief', () => {
  it('has at least 12 personas', () => {
    expect(personas.length).toBeGreaterThanOrEqual(12);
  });

  for (const persona of personas) {
    describe(persona.who, () => {
      const results = checkAnswers(rules, persona.answers);
      const shown = [...results.yes, ...results.maybe, ...results.no].map((r) => r.id);

      it('answers every question asked, and no others', () => {
        expect(results.complete).toBe(true);
        expect(results.answers).toEqual(persona.answers);
      });
      it('says what they should be able to get', () => {
        expect(results.yes.map((r) => r.id)).toEqual(persona.yes);
      });
      it('says what is not for them at this stage', () => {
        expect(results.no.map((r) => r.id).sort()).toEqual([...persona.no].sort());
      });
      it('tells them what to ask an adviser about', () => {
        expect(results.maybe.map((r) => r.id)).toEqual(expect.arrayContaining(persona.maybe));
        for (const id of persona.hidden) expect(shown, `${id} should not be shown`).not.toContain(id);
      });
      it('gives the right reason for each', () => {
        const reasons = Object.fromEntries([...results.yes, ...results.maybe, ...results.no].map((r) => [r.id, r.because]));
        for (const [id, because] of Object.entries(persona.because ?? {})) expect(reasons[id], id).toBe(because);
      });
      it('names who can help where they live', () => {
        const helpers = whoCanHelp(rules, results, serviceReach, persona.answers).map((h) => h.service);
        expect(helpers).toEqual(expect.arrayContaining(persona.helpers));
        for (const id of persona.notHelpers) expect(helpers, `${id} should not be listed`).not.toContain(id);
      });
    });
  }
});
