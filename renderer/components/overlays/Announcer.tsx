/**
 * A visually hidden live region: screen readers hear the outcome of actions that change nothing
 * else on screen they would notice ("Claim created", "Verdict set to Disputed").
 */
import { useAnnounceStore } from '../../stores/announceStore';

export function Announcer() {
  const message = useAnnounceStore((s) => s.message);
  const id = useAnnounceStore((s) => s.id);
  return (
    <div className="sr-only" aria-live="polite" aria-atomic="true" data-testid="announcer">
      {/* A new key replaces the node, so repeating the same words is read again. */}
      <span key={id}>{message}</span>
    </div>
  );
}
