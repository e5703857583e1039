/**
 * The article's text direction, left-to-right or right-to-left (Arabic, Hebrew, Persian, Urdu):
 * a two-option switch. Import guesses it from the text; this corrects the guess.
 */
type Direction = 'ltr' | 'rtl';

const OPTIONS: { value: Direction; label: string; title: string }[] = [
  { value: 'ltr', label: 'LTR', title: 'Left to right' },
  { value: 'rtl', label: 'RTL', title: 'Right to left' },
];

interface Props {
  value: Direction;
  onChange: (value: Direction) => void;
  readOnly: boolean;
}

export function DirectionControl({ value, onChange, readOnly }: Props) {
  if (readOnly) {
    return <span className="meta-item">{value === 'rtl' ? 'Right to left' : 'Left to right'}</span>;
  }
  return (
    <span className="direction-control" role="radiogroup" aria-label="Text direction">
      {OPTIONS.map((o) => (
        <button
          key={o.value}
          type="button"
          role="radio"
          aria-checked={value === o.value}
          title={o.title}
          className="direction-option"
          onClick={() => value !== o.value && onChange(o.value)}
        >
          {o.label}
        </button>
      ))}
    </span>
  );
}
