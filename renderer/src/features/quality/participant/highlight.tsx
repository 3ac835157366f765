import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import type { Participant } from '../../../../../core/contracts';

type Finding = Participant['findings'][number];

interface Highlight {
  /** The finding whose evidence is marked in the tables. */
  findingId: string | null;
  show: (findingId: string | null) => void;
  counted: Set<string>;
  insufficient: Set<string>;
  advices: Set<string>;
}

const HighlightContext = createContext<Highlight>({ findingId: null, show: () => undefined, counted: new Set(), insufficient: new Set(), advices: new Set() });

/** Q3: "each firing rule is shown with the reviews and advices it counted" — one finding's evidence marked in the tables. */
export function EvidenceHighlight({ findings, initial, children }: { findings: Finding[]; initial: string | null; children: ReactNode }) {
  // The finding chosen and its status then: once the board decides it, the marks move to the next open one.
  const [chosen, setChosen] = useState<{ id: string | null; status?: Finding['status'] } | null>(() => (initial ? { id: initial, status: findings.find((f) => f.id === initial)?.status } : null));
  const value = useMemo(() => {
    const stillAsChosen = chosen && (chosen.id === null || findings.find((f) => f.id === chosen.id)?.status === chosen.status);
    const findingId = stillAsChosen ? chosen.id : (findings.find((f) => f.status === 'open')?.id ?? null);
    const evidence = findings.find((f) => f.id === findingId)?.evidence;
    const show = (id: string | null) => setChosen({ id, status: findings.find((f) => f.id === id)?.status });
    return {
      findingId: evidence ? findingId : null,
      show,
      counted: new Set(evidence?.reviewIds ?? []),
      insufficient: new Set(evidence?.insufficientReviewIds ?? []),
      advices: new Set(evidence?.adviceIds ?? []),
    };
  }, [findings, chosen]);
  return <HighlightContext.Provider value={value}>{children}</HighlightContext.Provider>;
}

export function useEvidenceHighlight(): Highlight {
  return useContext(HighlightContext);
}

/** Row style for a review or advice the shown finding counted; stronger when it made the rule fire. */
export function countedRowStyle(counted: boolean, decisive: boolean) {
  if (decisive) return { background: 'var(--mantine-color-red-0)', boxShadow: 'inset 3px 0 0 var(--mantine-color-red-6)' };
  if (counted) return { background: 'var(--mantine-color-yellow-0)', boxShadow: 'inset 3px 0 0 var(--mantine-color-yellow-6)' };
  return undefined;
}
