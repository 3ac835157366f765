import { Loader } from '@mantine/core';
import { useProcedure } from '../../api/queries';
import { PATHS } from '../../app/paths';
import { ErrorAlert } from '../../ui/form';
import { Page } from '../../ui/Page';
import { CalendarSettingsForm } from './procedure/CalendarSettingsForm';
import { ClosingDaysCard } from './procedure/ClosingDaysCard';
import { HolidaysCard } from './procedure/HolidaysCard';
import { ImprovementListsCard } from './procedure/ImprovementListsCard';

/** Administrators: the office calendar, the procedure's choices and the K15 lists. */
export function ProcedureSettingsPage() {
  const settings = useProcedure('procedure.getSettings', {});
  return (
    <Page
      title="Klachtenprocedure"
      description="Kantoortijden, vrije dagen en keuzes waar de regeling ruimte laat. Een wijziging geldt voor termijnen die vanaf nu worden gezet."
      back={{ to: PATHS.settings, label: 'Terug naar instellingen' }}
    >
      {settings.isPending && <Loader />}
      {settings.isError && <ErrorAlert message={settings.error.message} />}
      {settings.data && (
        <>
          <CalendarSettingsForm key={settings.data.version} settings={settings.data} />
          <ClosingDaysCard settings={settings.data} />
          <HolidaysCard />
          <ImprovementListsCard />
        </>
      )}
    </Page>
  );
}
