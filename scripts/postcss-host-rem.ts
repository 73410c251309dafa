/**
 * PostCSS plugin for the embedded assistant: rewrites `rem` lengths as multiples of a custom
 * property. `rem` is relative to the host page's <html> font size, which the shadow root can't
 * isolate; a host with `html { font-size: 62.5% }` (or a stray `* { font: … }`) would otherwise
 * shrink or blow up Komma. The property is set on :host (embed.css) and a host may override it.
 */
const REM_LENGTH = /(^|[\s(,/*+-])(-?(?:\d+\.?\d*|\.\d+))rem\b/g;

interface Declaration {
  value: string;
}

export function hostRem(variable = '--komma-rem') {
  return {
    postcssPlugin: 'komma-host-rem',
    Declaration(declaration: Declaration) {
      // Quoted strings and url() keep their text: "2rem" there is not a length.
      if (!declaration.value.includes('rem') || /url\(|["']/.test(declaration.value)) return;
      declaration.value = declaration.value.replace(REM_LENGTH, (_match, before: string, amount: string) =>
        `${before}calc(${amount} * var(${variable}))`,
      );
    },
  };
}
hostRem.postcss = true as const;
