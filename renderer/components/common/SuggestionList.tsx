/**
 * The listbox under a combobox input (see useSuggestions). Options are chosen on mouse down, so
 * the input does not lose focus (and save) before the choice lands.
 */
interface Props {
  list: {
    id: string;
    matches: readonly string[];
    active: number;
    optionId: (i: number) => string;
    pick: (value: string) => void;
  } | null;
  label: string;
}

export function SuggestionList({ list, label }: Props) {
  if (!list) return null;
  return (
    <ul className="suggestion-list" role="listbox" id={list.id} aria-label={label}>
      {list.matches.map((value, i) => (
        <li
          key={value}
          id={list.optionId(i)}
          role="option"
          aria-selected={i === list.active}
          className="suggestion"
          onMouseDown={(e) => {
            e.preventDefault();
            list.pick(value);
          }}
        >
          {value}
        </li>
      ))}
    </ul>
  );
}
