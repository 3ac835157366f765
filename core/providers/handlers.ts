import { providers, providerScreeningSteps, serviceCategories } from '../../db/schema';
import { amsterdamDay, formatDate } from '../contracts/format';
import { providersContracts, SCREENING_STATUS_LABELS, type ProviderType, type ScreeningStatus } from '../contracts/providers';
import type { HandlerContext } from '../context';
import { requireUser } from '../context';
import { DomainError } from '../errors';
import { defineHandlers } from '../handlers';
import { displayName } from '../persons/names';
import { insertPerson } from '../persons/write';
import { DEFAULT_SERVICE_CATEGORIES } from './defaults';
import { insuranceExpiring, listProviders } from './list';
import {
  approvalCheck,
  category,
  findCategory,
  findCategoryByName,
  findPerson,
  findProviderByPerson,
  getProviderRow,
  lastStepDay,
  listCategories,
  providerDetail,
  providerServiceRows,
} from './queries';
import { canAdvance, isScreeningClosed } from './rules';
import { replaceServices } from './write';

const today = (ctx: HandlerContext) => amsterdamDay(ctx.clock.now());

// D1: a particulier is a person, a bedrijf an organisation.
function checkPersonKind(kind: 'persoon' | 'organisatie', providerType: ProviderType, field: string): void {
  if (providerType === 'particulier' && kind !== 'persoon') throw new DomainError('provider.person_not_private', {}, [field]);
  if (providerType === 'bedrijf' && kind !== 'organisatie') throw new DomainError('provider.person_not_business', {}, [field]);
}

function checkPerson(ctx: HandlerContext, personId: string, providerType: ProviderType, exceptProviderId?: string): void {
  const person = findPerson(ctx.db, personId);
  if (!person) throw new DomainError('provider.person_unknown', {}, ['personId']);
  checkPersonKind(person.kind, providerType, 'personId');
  const existing = findProviderByPerson(ctx.db, personId);
  if (existing && existing.id !== exceptProviderId) throw new DomainError('provider.already_registered', { name: displayName(person) }, ['personId']);
}

function checkContact(ctx: HandlerContext, contactPersonId: string | null): void {
  if (!contactPersonId) return;
  const contact = findPerson(ctx.db, contactPersonId);
  if (!contact) throw new DomainError('provider.contact_unknown', {}, ['contactPersonId']);
  if (contact.kind !== 'persoon') throw new DomainError('provider.contact_not_person', {}, ['contactPersonId']);
}

/** D4: new services come from the active list; a service already offered may keep a retired category. */
function checkServices(ctx: HandlerContext, services: { categoryId: string }[], providerId?: string): void {
  const offered = new Set(providerId ? providerServiceRows(ctx.db, providerId).map((s) => s.categoryId) : []);
  services.forEach((s, i) => {
    const found = findCategory(ctx.db, s.categoryId);
    if (!found) throw new DomainError('provider.category_unknown', {}, [`services.${i}.categoryId`]);
    if (!found.active && !offered.has(found.id)) throw new DomainError('provider.category_inactive', { name: found.name }, [`services.${i}.categoryId`]);
  });
}

function checkStepDay(day: string, todayDay: string, field: string): void {
  if (day > todayDay) throw new DomainError('provider.step_in_future', {}, [field]);
}

export const providersHandlers = defineHandlers(providersContracts, {
  'providers.register': (input, ctx) => {
    const user = requireUser(ctx);
    const day = today(ctx);
    const registeredOn = input.registeredOn ?? day;
    checkStepDay(registeredOn, day, 'registeredOn');
    if (input.personId) checkPerson(ctx, input.personId, input.providerType);
    else checkPersonKind(input.newPerson!.kind, input.providerType, 'newPerson.kind');
    checkContact(ctx, input.contactPersonId);
    checkServices(ctx, input.services);
    const id = ctx.write((w) => {
      const personId = input.personId ?? insertPerson(w, input.newPerson!).id;
      // D2: every provider starts screening as "aangemeld", recorded like every later step.
      const provider = w.insert(providers, {
        personId,
        contactPersonId: input.contactPersonId,
        providerType: input.providerType,
        kvkNumber: input.kvkNumber,
        insurer: input.insurer,
        policyNumber: input.policyNumber,
        insuredUntil: input.insuredUntil,
        branchOrganisation: input.branchOrganisation,
        vogReceivedOn: input.vogReceivedOn,
        screeningStatus: 'aangemeld',
        rejectionReason: null,
        regions: input.regions,
        notes: input.notes,
      });
      replaceServices(w, ctx.db, provider.id, input.services);
      w.insert(providerScreeningSteps, { providerId: provider.id, step: 'aangemeld', doneOn: registeredOn, doneBy: user.id, note: null });
      return provider.id;
    });
    return providerDetail(ctx.db, id, day);
  },

  'providers.update': (input, ctx) => {
    const current = getProviderRow(ctx.db, input.id);
    checkPerson(ctx, input.personId, input.providerType, current.id);
    checkContact(ctx, input.contactPersonId);
    checkServices(ctx, input.services, current.id);
    ctx.write((w) => {
      w.update(
        providers,
        current.id,
        {
          personId: input.personId,
          contactPersonId: input.contactPersonId,
          providerType: input.providerType,
          kvkNumber: input.kvkNumber,
          insurer: input.insurer,
          policyNumber: input.policyNumber,
          insuredUntil: input.insuredUntil,
          branchOrganisation: input.branchOrganisation,
          vogReceivedOn: input.vogReceivedOn,
          regions: input.regions,
          notes: input.notes,
        },
        { expectedVersion: input.version },
      );
      replaceServices(w, ctx.db, current.id, input.services);
    });
    return providerDetail(ctx.db, current.id, today(ctx));
  },

  // D2: phone selection → visit → approval, rejection while screening runs; each step dated and signed.
  'providers.advanceScreening': (input, ctx) => {
    const user = requireUser(ctx);
    const day = today(ctx);
    const current = getProviderRow(ctx.db, input.id);
    const status = current.screeningStatus as ScreeningStatus;
    const refuse = () => {
      throw new DomainError('provider.step_not_allowed', { from: SCREENING_STATUS_LABELS[status], to: SCREENING_STATUS_LABELS[input.step] }, ['step']);
    };
    if (isScreeningClosed(status)) refuse();
    if (input.step === 'goedgekeurd') {
      const missing = approvalCheck(ctx.db, current, day);
      if (missing.length > 0) throw new DomainError('provider.approval_incomplete', { missing: missing.map((m) => m.message).join('; ') }, ['step']);
    }
    if (!canAdvance(status, input.step)) refuse();
    const doneOn = input.doneOn ?? day;
    checkStepDay(doneOn, day, 'doneOn');
    const previous = lastStepDay(ctx.db, current.id);
    if (previous && doneOn < previous) throw new DomainError('provider.step_before_previous', { previous: formatDate(previous) }, ['doneOn']);
    const rejected = input.step === 'afgewezen';
    ctx.write((w) => {
      w.update(providers, current.id, { screeningStatus: input.step, rejectionReason: rejected ? input.rejectionReason : null }, { expectedVersion: input.version });
      w.insert(providerScreeningSteps, {
        providerId: current.id,
        step: input.step,
        doneOn,
        doneBy: user.id,
        note: input.note ?? (rejected ? input.rejectionReason : null),
      });
    });
    return providerDetail(ctx.db, current.id, day);
  },

  'providers.get': (input, ctx) => providerDetail(ctx.db, input.id, today(ctx)),

  'providers.list': (input, ctx) => listProviders(ctx.db, ctx.sqlite, input, today(ctx)),

  'providers.insuranceExpiring': (input, ctx) => insuranceExpiring(ctx.sqlite, today(ctx), input.withinDays),

  'providers.listCategories': (input, ctx) => listCategories(ctx.db, input.includeInactive),

  // D4: the list is editable; names are unique regardless of case. Categories are retired, never removed.
  'providers.saveCategory': (input, ctx) => {
    const same = findCategoryByName(ctx.db, input.name);
    if (same && same.id !== input.id) throw new DomainError('provider.category_name_taken', { name: same.name }, ['name']);
    if (input.id && !findCategory(ctx.db, input.id)) throw new DomainError('record.not_found');
    const id = ctx.write((w) =>
      input.id
        ? w.update(serviceCategories, input.id, { name: input.name, active: input.active }).id
        : w.insert(serviceCategories, { name: input.name, active: input.active }).id,
    );
    return category(ctx.db, id);
  },

  'providers.addDefaultCategories': (_input, ctx) => {
    ctx.write((w) => {
      for (const name of DEFAULT_SERVICE_CATEGORIES) {
        if (!findCategoryByName(ctx.db, name)) w.insert(serviceCategories, { name, active: true });
      }
    });
    return listCategories(ctx.db, true);
  },
});
