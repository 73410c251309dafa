import { OptionsForm } from '../../components/OptionsForm';
import type { OptionsModel } from '../../models/OptionsModel';

export function App({ model }: { model: OptionsModel }) {
  return (
    <div class="komma-panel komma-theme">
      <main class="komma-main komma-options">
        <OptionsForm model={model} />
      </main>
    </div>
  );
}
