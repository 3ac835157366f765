import { complaintReportContracts } from '../contracts/complaint-report';
import { amsterdamDay } from '../contracts/format';
import { defineHandlers } from '../handlers';
import { complaintReport } from './report';

export const complaintReportHandlers = defineHandlers(complaintReportContracts, {
  'complaints.report': (input, ctx) => complaintReport(ctx.sqlite, { from: input.from, to: input.to, today: amsterdamDay(ctx.clock.now()) }),
});
