import { complaintReportContracts } from '../contracts/complaint-report';
import { pending } from '../pending';

export const complaintReportHandlers = pending(complaintReportContracts);
