import { computed, createModel, signal } from '@preact/signals';
import type { UserRole } from '../utils/schemas/roles';
import type { SignalSource } from '../utils/schemas/signal';
import type { ResolvedSettings } from '../utils/schemas/settings';
import type { KommaServices, Profile } from './services';

export const AREAS = ['gesprek', 'handhaving', 'kennisbank', 'signalen'] as const;
export type Area = (typeof AREAS)[number];

export const AREA_LABELS: Record<Area, string> = {
  gesprek: 'Gesprek',
  handhaving: 'Handhaving',
  kennisbank: 'Kennisbank',
  signalen: 'Signalen',
};

/** The area that opens first for each role: the work that role does most. */
export const FIRST_AREA: Record<UserRole, Area> = {
  inkomensconsulent: 'gesprek',
  handhaver: 'handhaving',
  signaleringsconsulent: 'signalen',
  beleidsmedewerker: 'kennisbank',
};

/** The panel shell: settings, the user's role and which area is open. */
export const PanelModel = createModel((services: KommaServices) => {
  const settings = signal<ResolvedSettings | undefined>(undefined);
  const profile = signal<Profile | undefined>(undefined);
  const loaded = signal(false);
  const loadError = signal<string | undefined>(undefined);
  const area = signal<Area>('kennisbank');
  /** True while the user is (re)choosing a role, also on first use. */
  const choosingRole = signal(false);
  /** Where a signal was started from (article, checklist item, empty search), attached to the new signal. */
  const signalSource = signal<SignalSource | undefined>(undefined);

  const role = computed(() => profile.value?.role);
  const suggestedRole = computed<UserRole | undefined>(() => settings.value?.values.defaultRole || undefined);

  async function reloadSettings() {
    settings.value = await services.settings.load();
  }

  let initializing: Promise<void> | undefined;

  /**
   * Reads settings and profile, once: a shell may start it before its first render, so storage is
   * read while the UI is still being parsed and painted, and the panel view asks again on mounting.
   * A second call must not send the user back to the role's first area.
   */
  function init(): Promise<void> {
    initializing ??= load();
    return initializing;
  }

  async function load() {
    try {
      const [loadedSettings, loadedProfile] = await Promise.all([services.settings.load(), services.profile.load()]);
      settings.value = loadedSettings;
      profile.value = loadedProfile;
      if (loadedProfile) area.value = FIRST_AREA[loadedProfile.role];
      else choosingRole.value = true;
    } catch (error) {
      loadError.value = error instanceof Error ? error.message : String(error);
    } finally {
      loaded.value = true;
    }
  }

  async function chooseRole(newRole: UserRole) {
    const next: Profile = { version: 1, role: newRole };
    await services.profile.save(next);
    profile.value = next;
    choosingRole.value = false;
    area.value = FIRST_AREA[newRole];
  }

  function startChoosingRole() {
    choosingRole.value = true;
  }

  function cancelChoosingRole() {
    if (profile.value) choosingRole.value = false;
  }

  function openArea(next: Area) {
    area.value = next;
  }

  /** Opens the Signalen area with a new signal that carries where it came from. */
  function startSignal(source: SignalSource) {
    signalSource.value = source;
    area.value = 'signalen';
  }

  function clearSignalSource() {
    signalSource.value = undefined;
  }

  return {
    settings,
    profile,
    role,
    suggestedRole,
    loaded,
    loadError,
    area,
    choosingRole,
    init,
    reloadSettings,
    chooseRole,
    startChoosingRole,
    cancelChoosingRole,
    openArea,
    signalSource,
    startSignal,
    clearSignalSource,
  };
});

export type PanelModel = InstanceType<typeof PanelModel>;
