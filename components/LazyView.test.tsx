import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { lazyView } from './LazyView';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const TEXTS = { loading: 'Gesprek wordt geladen…', failed: 'Komma kon het gesprek niet laden.' };

function Greeting({ name }: { name: string }) {
  return <p>Hallo {name}</p>;
}

/** A load the test finishes by hand, as a slow chunk would. */
function pendingLoad<T>() {
  let finish!: (value: T) => void;
  let fail!: (error: Error) => void;
  const promise = new Promise<T>((resolve, reject) => {
    finish = resolve;
    fail = reject;
  });
  return { load: vi.fn(() => promise), finish, fail };
}

describe('lazyView', () => {
  it('shows a polite loading status until the view has arrived, then the view with its props', async () => {
    const chunk = pendingLoad<typeof Greeting>();
    const View = lazyView(chunk.load, TEXTS);
    render(<View name="Sanne" />);

    expect(screen.getByRole('status').textContent).toBe('Gesprek wordt geladen…');
    expect(View.ready.value).toBe(false);

    chunk.finish(Greeting);

    expect(await screen.findByText('Hallo Sanne')).toBeTruthy();
    expect(screen.queryByRole('status')).toBeNull();
    expect(View.ready.value).toBe(true);
  });

  it('loads once, whether preloaded or shown several times', async () => {
    const chunk = pendingLoad<typeof Greeting>();
    const View = lazyView(chunk.load, TEXTS);
    const preloaded = View.preload();
    render(
      <>
        <View name="Sanne" />
        <View name="Ahmed" />
      </>,
    );
    chunk.finish(Greeting);
    await preloaded;

    expect(await screen.findByText('Hallo Ahmed')).toBeTruthy();
    expect(screen.getByText('Hallo Sanne')).toBeTruthy();
    expect(chunk.load).toHaveBeenCalledTimes(1);
  });

  it('says what could not be loaded and what to do, as an alert', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const chunk = pendingLoad<typeof Greeting>();
    const View = lazyView(chunk.load, TEXTS);
    render(<View name="Sanne" />);

    chunk.fail(new Error('Failed to fetch dynamically imported module'));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('Komma kon het gesprek niet laden. Sluit het paneel en open het opnieuw.');
    expect(View.ready.value).toBe(false);
    expect(chunk.load).toHaveBeenCalledTimes(1);
  });
});
