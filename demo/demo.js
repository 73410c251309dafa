// The demo's "Demo-instellingen" form: shows how a host web app configures <komma-assistant>
// through attributes, and that a bad value becomes a warning inside Komma, never a broken element.
// A block, not top-level declarations: classic scripts share one global scope with the host.
{
  const assistant = document.querySelector('komma-assistant');
  const form = document.getElementById('demo-settings-form');
  const status = document.getElementById('demo-settings-status');
  const packLink = document.getElementById('demo-pack-link');

  packLink.textContent = new URL('/pack.json', location.href).href;

  for (const field of form.elements) {
    if (field.name) field.value = assistant.getAttribute(field.name) ?? '';
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    for (const field of form.elements) {
      if (!field.name) continue;
      const value = field.value.trim();
      if (value) assistant.setAttribute(field.name, value);
      else assistant.removeAttribute(field.name);
    }
    status.textContent = 'Toegepast. Open Komma om het resultaat te zien.';
  });

  // What a host app could do with Komma's events: here they only go to the console.
  for (const type of ['komma-signal-queued', 'komma-signal-delivered', 'komma-text-copied']) {
    assistant.addEventListener(type, (event) => console.info(`[demo] ${type}`, event.detail));
  }
}
