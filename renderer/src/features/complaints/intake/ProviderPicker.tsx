import { keepPreviousData } from '@tanstack/react-query';
import { PROVIDER_TYPE_LABELS, SCREENING_STATUS_LABELS, type ProviderRow } from '../../../../../core/contracts';
import { useProcedure } from '../../../api/queries';
import { SearchPicker, type SearchPickerProps } from '../../../ui/SearchPicker';

/** K3: any registered provider or quality-mark participant, found by name, KvK number or place. */
export function ProviderPicker(props: SearchPickerProps<ProviderRow>) {
  return (
    <SearchPicker<ProviderRow>
      {...props}
      useRows={(text, enabled) => useProcedure('providers.list', { text, limit: 10 }, { enabled, placeholderData: keepPreviousData }).data?.rows}
      optionLabel={(r) => r.name}
      optionDetail={(r) => [PROVIDER_TYPE_LABELS[r.providerType], r.city, SCREENING_STATUS_LABELS[r.screeningStatus]].filter(Boolean).join(' · ')}
      hint="Typ een naam, KvK-nummer of plaats"
      nothingFound="Geen dienstverlener gevonden"
    />
  );
}
