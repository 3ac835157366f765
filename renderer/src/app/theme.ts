import { createTheme, Modal, Notification, PasswordInput, Select, type MantineColorsTuple } from '@mantine/core';
import { DateInput } from '@mantine/dates';

// A calm, slightly muted blue: readable for a whole working day, no loud accents.
const servicedeskBlue: MantineColorsTuple = [
  '#eef4fb',
  '#dce6f2',
  '#b5cbe5',
  '#8baed8',
  '#6996cd',
  '#5386c7',
  '#467ec5',
  '#376bae',
  '#2e5f9c',
  '#1f528a',
];

const CLOSE = { 'aria-label': 'Sluiten' };
const CLEAR = { 'aria-label': 'Wissen' };

export const theme = createTheme({
  primaryColor: 'servicedesk',
  primaryShade: 7,
  colors: { servicedesk: servicedeskBlue },
  defaultRadius: 'sm',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Liberation Sans", Arial, sans-serif',
  headings: { fontWeight: '600' },
  // Mantine's few built-in texts for screen readers are English; everything a person hears is Dutch.
  components: {
    PasswordInput: PasswordInput.extend({ defaultProps: { visibilityToggleButtonProps: { 'aria-label': 'Wachtwoord tonen of verbergen' } } }),
    Modal: Modal.extend({ defaultProps: { closeButtonProps: CLOSE } }),
    Notification: Notification.extend({ defaultProps: { closeButtonProps: CLOSE } }),
    Select: Select.extend({ defaultProps: { clearButtonProps: CLEAR } }),
    DateInput: DateInput.extend({
      defaultProps: {
        clearButtonProps: CLEAR,
        ariaLabels: {
          previousMonth: 'Vorige maand',
          nextMonth: 'Volgende maand',
          previousYear: 'Vorig jaar',
          nextYear: 'Volgend jaar',
          previousDecade: 'Vorig decennium',
          nextDecade: 'Volgend decennium',
          monthLevelControl: 'Kies een maand',
          yearLevelControl: 'Kies een jaar',
        },
      },
    }),
  },
});
