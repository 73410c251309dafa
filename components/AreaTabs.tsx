import { useRef } from 'preact/hooks';
import { AREA_LABELS, AREAS, type Area } from '../models/PanelModel';

export function tabId(area: Area) {
  return `komma-tab-${area}`;
}
export function panelId(area: Area) {
  return `komma-tabpanel-${area}`;
}

/**
 * The four areas as an ARIA tab list: one tab stop, arrow keys / Home / End move between tabs and
 * open them (automatic activation, WAI-ARIA Authoring Practices "Tabs").
 */
export function AreaTabs({
  current,
  onSelect,
  news = {},
}: {
  current: Area;
  onSelect: (area: Area) => void;
  /** Unseen news per area (answers to signals), shown as a count on the tab. */
  news?: Partial<Record<Area, number>>;
}) {
  const refs = useRef<Partial<Record<Area, HTMLButtonElement | null>>>({});

  function move(event: KeyboardEvent) {
    const index = AREAS.indexOf(current);
    const next =
      event.key === 'ArrowRight'
        ? AREAS[(index + 1) % AREAS.length]
        : event.key === 'ArrowLeft'
          ? AREAS[(index - 1 + AREAS.length) % AREAS.length]
          : event.key === 'Home'
            ? AREAS[0]
            : event.key === 'End'
              ? AREAS[AREAS.length - 1]
              : undefined;
    if (!next) return;
    event.preventDefault();
    onSelect(next);
    refs.current[next]?.focus();
  }

  return (
    <div class="komma-tabs" role="tablist" aria-label="Onderdelen van Komma" onKeyDown={move}>
      {AREAS.map((area) => (
        <button
          key={area}
          ref={(element) => {
            refs.current[area] = element;
          }}
          type="button"
          role="tab"
          class="komma-tab"
          id={tabId(area)}
          aria-selected={area === current}
          aria-controls={panelId(area)}
          tabIndex={area === current ? 0 : -1}
          onClick={() => onSelect(area)}
        >
          {AREA_LABELS[area]}
          {(news[area] ?? 0) > 0 && (
            <>
              <span class="komma-tab__count" aria-hidden="true">
                {news[area]}
              </span>
              <span class="komma-visually-hidden">, {news[area] === 1 ? '1 nieuw antwoord' : `${news[area]} nieuwe antwoorden`}</span>
            </>
          )}
        </button>
      ))}
    </div>
  );
}
