/**
 * The checker's name and initials in the top bar: the name recorded on every change. A click
 * opens the settings, where the name can be changed.
 */
import { useSettingsStore } from '../../stores/settingsStore';
import { initials } from '../../utils/format';

export function CheckerButton({ actor }: { actor: string }) {
  const open = useSettingsStore((s) => s.setOpen);
  return (
    <button
      type="button"
      className="topbar-actor"
      title={`Changes are recorded as ${actor}. Click to change your name or settings.`}
      aria-label={`Checker: ${actor}. Settings`}
      onClick={() => open(true)}
    >
      <span className="avatar" aria-hidden="true">
        {initials(actor)}
      </span>
      <span className="topbar-actor-name">{actor}</span>
    </button>
  );
}
