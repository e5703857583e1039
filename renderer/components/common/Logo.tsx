/** The Claimdesk mark: a highlighted line inside a speech bubble, in the accent colour. */
export function Logo({ size = 20 }: { size?: number }) {
  return (
    <svg className="logo" width={size} height={size} viewBox="0 0 20 20" aria-hidden="true" focusable="false">
      <rect x="1" y="2" width="18" height="13" rx="3.5" className="logo-bubble" />
      <path d="M6 15v3.5L10 15" className="logo-bubble" />
      <rect x="4.5" y="6" width="11" height="2.2" rx="1.1" className="logo-line" />
      <rect x="4.5" y="9.8" width="7" height="2.2" rx="1.1" className="logo-mark" />
    </svg>
  );
}
