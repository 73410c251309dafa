import { AppContext, type AppModels } from '../../components/AppContext';
import { KommaPanel } from '../../components/KommaPanel';

export function App({ models }: { models: AppModels }) {
  return (
    <AppContext.Provider value={models}>
      <KommaPanel />
    </AppContext.Provider>
  );
}
