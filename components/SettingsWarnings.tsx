import type { SettingsWarning } from '../utils/schemas/settings';

/** Policy or stored values that were ignored: shown, never fatal. */
export function SettingsWarnings({ warnings }: { warnings: SettingsWarning[] }) {
  if (warnings.length === 0) return null;
  return (
    <div class="utrecht-alert utrecht-alert--warning" role="status">
      <div class="utrecht-alert__content">
        <div class="utrecht-alert__message">
          <p class="utrecht-paragraph">
            <strong>Let op: een deel van de instellingen is niet gebruikt.</strong>
          </p>
          <ul class="utrecht-unordered-list">
            {warnings.map((warning) => (
              <li class="utrecht-unordered-list__item" key={`${warning.key}:${warning.message}`}>
                {warning.message}
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}
