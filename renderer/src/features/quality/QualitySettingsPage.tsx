import { Loader } from '@mantine/core';
import { useProcedure } from '../../api/queries';
import { NoAccessPage } from '../../app/access';
import { PATHS } from '../../app/paths';
import { ErrorAlert } from '../../ui/form';
import { Page } from '../../ui/Page';
import { useQualityAccess } from './access';
import { RatesCard } from './settings/RatesCard';
import { RuleSettingsForm } from './settings/RuleSettingsForm';

/** Q3, Q7: what the reglement leaves open (which half year, which year), the staffel, terms and the contribution. */
export function QualitySettingsPage() {
  const { canSettings } = useQualityAccess();
  if (!canSettings) return <NoAccessPage role="board" />;
  return <Settings />;
}

function Settings() {
  const settings = useProcedure('quality.getSettings', {});
  return (
    <Page title="Instellingen keurmerk" description="Keuzes bij de beëindigingsregels (Q3) en de contributie (Q7). Voor beheerders en het bestuur." back={{ to: PATHS.quality, label: 'Terug naar het keurmerk' }}>
      {settings.isPending && <Loader />}
      {settings.isError && <ErrorAlert message={settings.error.message} />}
      {settings.data && <RuleSettingsForm key={settings.data.version} settings={settings.data} />}
      <RatesCard />
    </Page>
  );
}
