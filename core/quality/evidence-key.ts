import type { RuleFinding } from '../contracts/quality-rules';

/**
 * Q3: what makes a finding "the same" between assessments: its rule, kind and the sorted ids of what
 * made it fire (insufficient reviews, negative advices, complaints, unpaid years). The ids are sorted so
 * the order the facts were loaded in never makes a second finding; new evidence makes a new key.
 */
export function evidenceKey(finding: RuleFinding): string {
  const { insufficientReviewIds, adviceIds, complaintIds, unpaidYears } = finding.evidence;
  const groups: Array<[string, string[]]> = [
    ['reviews', [...insufficientReviewIds].sort()],
    ['advices', [...adviceIds].sort()],
    ['complaints', [...complaintIds].sort()],
    ['years', [...unpaidYears].sort((a, b) => a - b).map(String)],
  ];
  const counted = groups.filter(([, values]) => values.length > 0).map(([name, values]) => `${name}=${values.join(',')}`);
  return `${finding.rule}:${finding.kind}:${counted.join(';')}`;
}
