/**
 * The search palette (Ctrl/Cmd+K, /, Edit → Find…): one box searching articles, claims and
 * evidence, results grouped by kind with the matched words marked. ↑/↓ move, Enter opens, Esc
 * closes. ARIA: the input is a combobox controlling a listbox whose options are the hits (grouped),
 * with the active one as aria-activedescendant, so a screen reader follows the arrow keys.
 */
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { api, errorMessage } from '../../api/client';
import { openSearchHit, type SearchHit } from '../../actions/searchActions';
import { useClaimStore } from '../../stores/claimStore';
import { useUiStore } from '../../stores/uiStore';
import { Icon, type IconName } from '../common/Icon';
import { VerdictBadge } from '../common/VerdictBadge';
import { SnippetText } from './SnippetText';

const DEBOUNCE_MS = 120;
const LIMIT = 30;

const GROUPS: readonly { kind: SearchHit['kind']; title: string; icon: IconName }[] = [
  { kind: 'article', title: 'Articles', icon: 'file' },
  { kind: 'claim', title: 'Claims', icon: 'highlight' },
  { kind: 'evidence', title: 'Evidence', icon: 'link' },
];

const FIELD_NAMES: Record<SearchHit['field'], string> = {
  title: 'title',
  text: 'text',
  rationale: 'rationale',
  claimant: 'claimant',
  citation: 'citation',
  note: 'note',
  url: 'link',
};

export function SearchPalette() {
  const open = useUiStore((s) => s.searchOpen);
  const setOpen = useUiStore((s) => s.setSearchOpen);
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);

  return (
    <dialog
      ref={dialog}
      className="dialog search-palette"
      aria-label="Search"
      // The close event arrives a task later: if the dialog was opened again meanwhile, it is not closed.
      onClose={(e) => {
        if (!e.currentTarget.open) setOpen(false);
      }}
      onClick={(e) => {
        // A click on the backdrop (the dialog element itself, outside its body) closes it.
        if (e.target === dialog.current) setOpen(false);
      }}
    >
      {open && <PaletteBody />}
    </dialog>
  );
}

type Status = 'idle' | 'searching' | 'done' | 'failed';

function PaletteBody() {
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<SearchHit[]>([]);
  const [status, setStatus] = useState<Status>('idle');
  const [failure, setFailure] = useState('');
  const [active, setActive] = useState(0);
  const claims = useClaimStore((s) => s.claims);
  const list = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const q = query.trim();
    if (!q) {
      setHits([]);
      setStatus('idle');
      return;
    }
    let current = true;
    setStatus('searching');
    const timer = window.setTimeout(() => {
      api
        .search({ query: q, limit: LIMIT })
        .then((r) => {
          if (!current) return;
          setHits(r.hits);
          setActive(0);
          setStatus('done');
        })
        .catch((err: unknown) => {
          if (!current) return;
          setFailure(errorMessage(err));
          setStatus('failed');
        });
    }, DEBOUNCE_MS);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [query]);

  // Grouped, and numbered in the order the groups show, so ↑/↓ follow the screen.
  const grouped = useMemo(
    () => GROUPS.map((g) => ({ ...g, hits: hits.filter((h) => h.kind === g.kind) })).filter((g) => g.hits.length > 0),
    [hits],
  );
  const flat = useMemo(() => grouped.flatMap((g) => g.hits), [grouped]);
  const verdictOf = useMemo(() => new Map(claims.map((c) => [c.id, c.verdict])), [claims]);
  const optionId = (i: number) => `search-hit-${i}`;

  useEffect(() => {
    list.current?.querySelector(`#${optionId(active)}`)?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (flat.length > 0) setActive((i) => (i + (e.key === 'ArrowDown' ? 1 : -1) + flat.length) % flat.length);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const hit = flat[active];
      if (hit) void openSearchHit(hit);
    }
  };

  const summary =
    status === 'done'
      ? flat.length === 0
        ? `Nothing matches “${query.trim()}”.`
        : `${flat.length} result${flat.length === 1 ? '' : 's'}`
      : status === 'failed'
        ? failure
        : '';

  let index = -1;
  return (
    <div className="palette-body">
      <div className="palette-search">
        <Icon name="search" size={16} />
        <input
          className="palette-input"
          type="text"
          role="combobox"
          aria-label="Search articles, claims and evidence"
          aria-expanded={flat.length > 0}
          aria-controls="search-results"
          aria-autocomplete="list"
          aria-activedescendant={flat.length > 0 ? optionId(active) : undefined}
          placeholder="Search articles, claims and evidence…"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={onKeyDown}
          autoFocus
          spellCheck={false}
        />
        {status === 'searching' && <span className="palette-spinner" aria-hidden="true" />}
      </div>
      <div className="palette-results" ref={list} id="search-results" role="listbox" aria-label="Search results">
        {grouped.map((g) => (
          <div
            key={g.kind}
            role="group"
            aria-labelledby={`search-group-${g.kind}`}
            className="palette-group"
            data-kind={g.kind}
          >
            <div id={`search-group-${g.kind}`} className="palette-group-title" role="presentation">
              <Icon name={g.icon} size={13} />
              {g.title}
              <span className="count">{g.hits.length}</span>
            </div>
            {g.hits.map((hit) => {
              index++;
              const i = index;
              const verdict = hit.claimId ? verdictOf.get(hit.claimId) : undefined;
              return (
                <div
                  key={`${hit.kind}:${hit.id}:${i}`}
                  id={optionId(i)}
                  role="option"
                  aria-selected={i === active}
                  className={`palette-hit ${i === active ? 'is-active' : ''}`}
                  data-kind={hit.kind}
                  onMouseMove={() => setActive(i)}
                  onClick={() => void openSearchHit(hit)}
                >
                  <div className="palette-hit-head">
                    {hit.kind === 'claim' && verdict && <VerdictBadge verdict={verdict} compact />}
                    <span className="palette-hit-title">{hit.title || 'Untitled'}</span>
                    {hit.field !== 'title' && hit.field !== 'text' && (
                      <span className="palette-hit-field">{FIELD_NAMES[hit.field]}</span>
                    )}
                  </div>
                  <div className="palette-hit-snippet">
                    <SnippetText text={hit.snippet.text} matches={hit.snippet.matches} />
                  </div>
                </div>
              );
            })}
          </div>
        ))}
        {status === 'idle' && (
          <p className="palette-empty muted">
            Type to search every article, claim and piece of evidence. Accents and case do not matter.
          </p>
        )}
        {status !== 'idle' && flat.length === 0 && status !== 'searching' && (
          <p className="palette-empty muted">{summary}</p>
        )}
      </div>
      <div className="palette-footer muted small">
        <span>
          <kbd>↑</kbd>
          <kbd>↓</kbd> move
        </span>
        <span>
          <kbd>Enter</kbd> open
        </span>
        <span>
          <kbd>Esc</kbd> close
        </span>
        <span className="palette-count" role="status">
          {summary}
        </span>
      </div>
    </div>
  );
}
