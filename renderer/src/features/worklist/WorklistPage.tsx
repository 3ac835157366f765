import { Card, Loader } from '@mantine/core';
import { formatDate, formatLongDate } from '../../../../core/contracts';
import { ErrorAlert } from '../../ui/form';
import { Page } from '../../ui/Page';
import { EmptyWorklist } from './EmptyWorklist';
import { ScopeControl } from './ScopeControl';
import { useWorklist } from './useWorklist';
import { WorklistTable } from './WorklistTable';

/** Every open deadline that is late, due today or due within five working days, urgent first. */
export function WorklistPage() {
  const { scope, setScope, query } = useWorklist();
  const data = query.data;
  return (
    <Page
      title="Werkvoorraad"
      description={data ? `Vandaag is het ${formatLongDate(data.today)}; de lijst loopt tot en met ${formatDate(data.horizon)} (vijf werkdagen).` : 'Termijnen die te laat zijn, vandaag verlopen of binnen vijf werkdagen.'}
      actions={<ScopeControl value={scope} onChange={setScope} />}
    >
      {query.isPending && <Loader />}
      {query.isError && <ErrorAlert message={query.error.message} />}
      {data && (
        <Card withBorder padding="lg">
          {data.items.length === 0 ? <EmptyWorklist scope={scope} /> : <WorklistTable items={data.items} />}
        </Card>
      )}
    </Page>
  );
}
