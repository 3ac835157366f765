import { describe, expect, it } from 'vitest';
import { SCREENING_STATUSES, SCREENING_STEPS, type ScreeningStatus, type ScreeningStep } from '../contracts/providers';
import { addDays, allowedSteps, canAdvance, coversAddress, coversPlace, coversPostcode, insuranceStatus, missingForApproval, type ApprovalFacts } from './rules';

const TODAY = '2026-11-21';

const business: ApprovalFacts = {
  providerType: 'bedrijf',
  screeningStatus: 'bezocht',
  kvkNumber: '12345678',
  insurer: 'Centraal Beheer',
  policyNumber: 'BA-1',
  insuredUntil: '2027-01-01',
  vogReceivedOn: null,
  regions: [{ from: '3440', to: '3449' }],
};
const privateProvider: ApprovalFacts = { ...business, providerType: 'particulier', kvkNumber: null, vogReceivedOn: '2026-10-01' };
const services = [{ categoryName: 'Schilderwerk', experience: '10 jaar' }];

describe('D2: screening transitions', () => {
  const allowed: Record<ScreeningStatus, ScreeningStep[]> = {
    aangemeld: ['telefonisch_geselecteerd', 'afgewezen'],
    telefonisch_geselecteerd: ['bezocht', 'afgewezen'],
    bezocht: ['goedgekeurd', 'afgewezen'],
    goedgekeurd: [],
    afgewezen: [],
  };
  for (const from of SCREENING_STATUSES) {
    for (const step of SCREENING_STEPS) {
      const ok = allowed[from].includes(step);
      it(`D2: from ${from} to ${step} is ${ok ? 'allowed' : 'refused'}`, () => {
        expect(canAdvance(from, step)).toBe(ok);
      });
    }
  }

  it('D2: approved and rejected are final', () => {
    expect(allowedSteps('goedgekeurd')).toEqual([]);
    expect(allowedSteps('afgewezen')).toEqual([]);
  });
});

describe('D2: missing for approval', () => {
  it('D2: a complete business or private provider misses nothing', () => {
    expect(missingForApproval(business, services, TODAY)).toEqual([]);
    expect(missingForApproval(privateProvider, services, TODAY)).toEqual([]);
  });

  it('D2: a branch organisation is only preferred, never required', () => {
    expect(missingForApproval({ ...business }, services, TODAY).map((m) => m.key)).not.toContain('branch_organisation');
  });

  it('D2: a business needs no VOG and a private provider no KvK number', () => {
    expect(missingForApproval({ ...business, vogReceivedOn: null }, services, TODAY)).toEqual([]);
    expect(missingForApproval({ ...privateProvider, kvkNumber: null }, services, TODAY)).toEqual([]);
  });

  it('D2: insurance valid until today is still valid; until yesterday it is expired', () => {
    expect(missingForApproval({ ...business, insuredUntil: TODAY }, services, TODAY)).toEqual([]);
    expect(missingForApproval({ ...business, insuredUntil: '2026-11-20' }, services, TODAY)).toEqual([
      { key: 'insurance_expired', message: 'Een geldige bedrijfsaansprakelijkheidsverzekering (verlopen; was geldig tot en met 20-11-2026)' },
    ]);
  });

  it('D2: the steps not yet done are listed until the visit', () => {
    expect(missingForApproval({ ...business, screeningStatus: 'aangemeld' }, services, TODAY).map((m) => m.key)).toEqual(['phone_selection', 'visit']);
    expect(missingForApproval({ ...business, screeningStatus: 'telefonisch_geselecteerd' }, services, TODAY).map((m) => m.key)).toEqual(['visit']);
  });

  it('D2: private work experience is asked for every offered service, by name', () => {
    const two = [
      { categoryName: 'Schilderwerk', experience: null },
      { categoryName: 'Vervoer', experience: 'Taxichauffeur' },
      { categoryName: 'Tuinonderhoud', experience: null },
    ];
    expect(missingForApproval(privateProvider, two, TODAY).map((m) => m.message)).toEqual(['Werkervaring voor Schilderwerk', 'Werkervaring voor Tuinonderhoud']);
    expect(missingForApproval(business, two, TODAY)).toEqual([]);
  });
});

describe('D4: regions', () => {
  const regions = [{ from: '3440', to: '3449' }, { from: '3481', to: '3481' }, { place: "'s-Hertogenbosch" }, { place: 'Zegveld' }];

  it('D4: a postcode range 3440–3449 covers "3441 AB", its bounds, and nothing outside', () => {
    expect(coversPostcode(regions, '3441 AB')).toBe(true);
    expect(coversPostcode(regions, '3441AB')).toBe(true);
    expect(coversPostcode(regions, '3440 AA')).toBe(true);
    expect(coversPostcode(regions, '3449 ZZ')).toBe(true);
    expect(coversPostcode(regions, '3450 AA')).toBe(false);
    expect(coversPostcode(regions, '3439 ZZ')).toBe(false);
  });

  it('D4: a single postcode is a range of one', () => {
    expect(coversPostcode(regions, '3481 BC')).toBe(true);
    expect(coversPostcode(regions, '3482 BC')).toBe(false);
  });

  it('D4: an invalid or missing postcode is covered by nothing', () => {
    expect(coversPostcode(regions, '')).toBe(false);
    expect(coversPostcode(regions, null)).toBe(false);
    expect(coversPostcode(regions, 'AB12')).toBe(false);
  });

  it('D4: places match without regard to case, accents or spaces', () => {
    expect(coversPlace(regions, 'zegveld')).toBe(true);
    expect(coversPlace(regions, '  ZEGVELD ')).toBe(true);
    expect(coversPlace(regions, "'S-HERTOGENBOSCH")).toBe(true);
    expect(coversPlace([{ place: 'Zoë' }], 'Zoe')).toBe(true);
    expect(coversPlace(regions, 'Woerden')).toBe(false);
    expect(coversPlace(regions, '')).toBe(false);
  });

  it('D4: ranges never match places and places never match postcodes', () => {
    expect(coversPlace(regions, '3441')).toBe(false);
    expect(coversPostcode([{ place: 'Woerden' }], '3441 AB')).toBe(false);
  });

  it('D4: an address is covered by its postcode or its place', () => {
    expect(coversAddress(regions, { postcode: '9999 AA', city: 'Zegveld' })).toBe(true);
    expect(coversAddress(regions, { postcode: '3445 AA', city: 'Elders' })).toBe(true);
    expect(coversAddress(regions, { postcode: '9999 AA', city: 'Elders' })).toBe(false);
  });
});

describe('D2: insurance status', () => {
  it('is valid through its last day, due within 30 days, expired after', () => {
    expect(insuranceStatus(null, TODAY)).toEqual({ status: 'ontbreekt', daysLeft: null });
    expect(insuranceStatus(addDays(TODAY, 31), TODAY)).toEqual({ status: 'geldig', daysLeft: 31 });
    expect(insuranceStatus(addDays(TODAY, 30), TODAY)).toEqual({ status: 'verloopt_binnenkort', daysLeft: 30 });
    expect(insuranceStatus(TODAY, TODAY)).toEqual({ status: 'verloopt_binnenkort', daysLeft: 0 });
    expect(insuranceStatus(addDays(TODAY, -1), TODAY)).toEqual({ status: 'verlopen', daysLeft: -1 });
  });

  it('counts calendar days across the change to winter time and year ends', () => {
    expect(addDays('2026-10-24', 2)).toBe('2026-10-26');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
  });
});
