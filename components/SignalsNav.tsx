export const SIGNALS_VIEWS = ['mine', 'triage'] as const;
export type SignalsView = (typeof SIGNALS_VIEWS)[number];

const LABELS: Record<SignalsView, string> = {
  mine: 'Mijn signalen',
  triage: 'Triage',
};

/**
 * Sub-navigation of the Signalen area for those who also triage. Links with aria-current: each
 * view is a page of the area, reached with Tab and Enter like any link.
 */
export function SignalsNav({ current, onSelect }: { current: SignalsView; onSelect: (view: SignalsView) => void }) {
  return (
    <nav class="komma-subnav" aria-label="Onderdelen van Signalen">
      <ul class="komma-subnav__list">
        {SIGNALS_VIEWS.map((view) => (
          <li key={view}>
            <a
              href={`#komma-signals-${view}`}
              class="komma-subnav__link"
              aria-current={view === current ? 'page' : undefined}
              onClick={(event) => {
                event.preventDefault();
                onSelect(view);
              }}
            >
              {LABELS[view]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
