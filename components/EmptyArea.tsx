import type { ComponentChildren } from 'preact';

/** An honest placeholder for an area that is not built yet: says what will come and what to use now. */
export function EmptyArea({ title, children }: { title: string; children: ComponentChildren }) {
  return (
    <section class="komma-empty komma-stack" aria-labelledby="komma-empty-heading">
      <h1 class="utrecht-heading-2" id="komma-empty-heading">
        {title}
      </h1>
      {children}
    </section>
  );
}
