/** "Vorige" / "Volgende" at the end of a screen, naming where each goes. */
export function PhaseNavigation<S extends { id: string; title: string }>({
  previous,
  next,
  onGo,
}: {
  previous?: S;
  next?: S;
  onGo: (step: S) => void;
}) {
  if (!previous && !next) return null;
  return (
    <div class="komma-phase-nav">
      {previous && (
        <button type="button" class="utrecht-button utrecht-button--secondary-action" onClick={() => onGo(previous)}>
          <span aria-hidden="true">←</span> Vorige: {previous.title}
        </button>
      )}
      {next && (
        <button type="button" class="utrecht-button utrecht-button--primary-action" onClick={() => onGo(next)}>
          Volgende: {next.title} <span aria-hidden="true">→</span>
        </button>
      )}
    </div>
  );
}
