/**
 * The figures each appearance of a claim states, from the main process, reloaded whenever the
 * claim's appearances change (a highlight linked, deleted or restored). Null while loading or when
 * they could not be read: the appearances still show, without figure marks.
 */
import { useEffect, useState } from 'react';
import type { Appearance } from '../../../shared/domain/types';
import type { MethodResult } from '../../../shared/ipc/contract';
import { api } from '../../api/client';

export type ClaimFigures = MethodResult<'claimFigures'>;
export type AppearanceFigures = ClaimFigures['appearances'][number];
export type Figure = AppearanceFigures['figures'][number];

export function useClaimFigures(claimId: string, appearances: readonly Appearance[]): ClaimFigures | null {
  const [figures, setFigures] = useState<ClaimFigures | null>(null);
  const signature = appearances.map((a) => `${a.id}:${a.exact}`).join('|');
  useEffect(() => {
    let current = true;
    api
      .claimFigures(claimId)
      .then((f) => current && setFigures(f))
      .catch(() => current && setFigures(null));
    return () => {
      current = false;
    };
  }, [claimId, signature]);
  return figures?.claimId === claimId ? figures : null;
}
