import { DEFAULT_STAFFEL } from '../core/contracts/quality-rules';
import type { DemoCase } from './demo-data';
import type { LetterContext } from './document-type';

/**
 * Demo input for the quality-mark letters (T14-T16): Klusbedrijf Jansen recognised, leaving by its
 * own notice or by the board's decision, and put on the blacklist for stickers still on its van.
 * demo-data.ts merges these in; it passes its context maker so this file need not import it back.
 */
export function qualityDemoCases(demoContext: (overrides?: Partial<LetterContext>) => LetterContext): Record<string, DemoCase[]> {
  const context = (overrides: Partial<LetterContext>) => demoContext({ signer: { name: 'Ingrid Smit-Ünal', jobTitle: 'Secretaris' }, ...overrides });
  const provider = { name: 'Klusbedrijf Jansen B.V.', attention: 'de heer P. Jansen', street: 'Industrieweg 45', postcode: '3446 CG', city: 'Woerden', salutation: 'Geachte heer Jansen,' };
  const participant = { addressee: provider, participantName: 'Klusbedrijf Jansen B.V.', registrationNumber: 'KKV-00012' };
  const registered = { name: 'Klusbedrijf Jansen B.V.', street: 'Industrieweg 45', postcode: '3446 CG', city: 'Woerden' };

  return {
    'quality-recognition': [
      {
        name: 'gewoon',
        context: context({ date: '2026-11-21' }),
        data: { ...participant, startDate: '2026-12-01', yearEnd: '2026-12-31', contributionYear: 2026, contributionCents: 23_500, zelfstandigenBouw: false, staffel: DEFAULT_STAFFEL },
      },
      {
        name: 'zelfstandigen-bouw',
        context: context({ date: '2026-11-21' }),
        data: {
          addressee: { name: 'Schildersbedrijf Özdemir & Zn.', street: 'Rijnstraat 12', postcode: '3441 BX', city: 'Woerden', salutation: 'Geachte heer Özdemir,' },
          participantName: 'Schildersbedrijf Özdemir & Zn.',
          registrationNumber: 'KKV-00013',
          startDate: '2026-11-21',
          yearEnd: '2027-06-30',
          contributionYear: 2026,
          contributionCents: 21_150,
          zelfstandigenBouw: true,
          staffel: DEFAULT_STAFFEL,
        },
      },
    ],
    'quality-termination': [
      {
        name: 'opzegging-deelnemer',
        context: context({ date: '2026-11-21' }),
        data: { ...participant, address: registered, terminatedBy: 'deelnemer', noticeReceivedOn: '2026-11-12', terminationDate: '2026-12-31', stickerDeadline: '2027-01-10', contributionYear: 2026 },
      },
      {
        name: 'besluit-bestuur',
        context: context({ date: '2026-11-21' }),
        data: { ...participant, address: registered, terminatedBy: 'bestuur', noticeReceivedOn: null, terminationDate: '2026-11-21', stickerDeadline: '2026-12-01', contributionYear: 2026 },
      },
    ],
    'quality-blacklist': [
      {
        name: 'stickers-op-bus',
        context: context({ date: '2026-12-15' }),
        data: {
          ...participant,
          place: 'Woerden',
          terminationDate: '2026-11-21',
          stickerDeadline: '2026-12-01',
          violationSeenOn: '2026-12-08',
          violation: 'Op 8 december 2026 stond de bedrijfsbus van Klusbedrijf Jansen B.V. met de stickers van het keurmerk aan de Rijnstraat in Woerden; op de website stond het logo van het keurmerk nog bij de offerteaanvraag.',
          publishedOn: '2026-12-15',
        },
      },
    ],
  };
}
