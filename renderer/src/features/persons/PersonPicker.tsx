import { keepPreviousData } from '@tanstack/react-query';
import type { PersonKind, PersonListRow } from '../../../../core/contracts';
import { useProcedure } from '../../api/queries';
import { SearchPicker, type SearchPickerProps } from '../../ui/SearchPicker';
import { addressLine } from './format';

interface PersonPickerProps extends SearchPickerProps<PersonListRow> {
  /** Only persons, or only organisations. */
  kind?: PersonKind;
}

/** Chooses an existing person or organisation by typing part of the name, phone or postcode. */
export function PersonPicker({ kind, ...props }: PersonPickerProps) {
  return (
    <SearchPicker<PersonListRow>
      {...props}
      useRows={(text, enabled) => useProcedure('persons.list', { text, kind, limit: 10 }, { enabled, placeholderData: keepPreviousData }).data?.rows}
      optionLabel={(r) => r.displayName}
      optionDetail={(r) => [addressLine(r), r.phone].filter(Boolean).join(' · ')}
      hint="Typ een naam, telefoonnummer of postcode"
      nothingFound="Niemand gevonden"
    />
  );
}
