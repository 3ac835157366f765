import { keepPreviousData } from '@tanstack/react-query';
import { PROVIDER_TYPE_LABELS, type ProviderRow } from '../../../../core/contracts';
import { useProcedure } from '../../api/queries';
import { SearchPicker, type SearchPickerProps } from '../../ui/SearchPicker';

/** Q1: only a provider whose screening is approved can become a participant; the others are not offered. */
export function ApprovedProviderPicker(props: SearchPickerProps<ProviderRow>) {
  return (
    <SearchPicker<ProviderRow>
      {...props}
      useRows={(text, enabled) => useProcedure('providers.list', { text, screeningStatus: 'goedgekeurd', limit: 10 }, { enabled, placeholderData: keepPreviousData }).data?.rows}
      optionLabel={(r) => r.name}
      optionDetail={(r) => [PROVIDER_TYPE_LABELS[r.providerType], r.city, r.kvkNumber ? `KvK ${r.kvkNumber}` : null].filter(Boolean).join(' · ')}
      hint="Typ een naam, KvK-nummer of plaats"
      nothingFound="Geen goedgekeurde dienstverlener gevonden"
    />
  );
}
