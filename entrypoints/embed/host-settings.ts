import type { SettingKey } from '../../utils/schemas/settings';

/**
 * Attributes of <komma-assistant> that configure Komma, and the setting each one sets. The host
 * application plays the part the admin policy plays in the extension: what it sets wins over the
 * defaults, and a bad value is ignored with a Dutch warning instead of breaking the element.
 * The signal token is deliberately absent: it is a JS property only, so it never shows in the DOM.
 *
 * The user's role is `user-role`, not `role`: `role` is ARIA's global attribute, so
 * role="handhaver" would be an invalid ARIA role for assistive technology (WCAG 4.1.2).
 */
export const HOST_ATTRIBUTES = {
  municipality: 'municipality',
  'user-role': 'defaultRole',
  'knowledge-pack-url': 'knowledgePackUrl',
  'signal-endpoint': 'signalEndpoint',
} as const satisfies Record<string, SettingKey>;

export type HostAttribute = keyof typeof HOST_ATTRIBUTES;

/** How settings warnings name the host's configuration. */
export const HOST_POLICY_NAME = 'de configuratie van deze webapplicatie';

/** Reads the configuring attributes that are present; absent ones leave the default in place. */
export function readHostSettings(element: Pick<Element, 'getAttribute'>): Partial<Record<SettingKey, string>> {
  const values: Partial<Record<SettingKey, string>> = {};
  for (const [attribute, key] of Object.entries(HOST_ATTRIBUTES)) {
    const value = element.getAttribute(attribute);
    if (value === null) continue;
    // Roles are identifiers; a host writing "Handhaver" means the same role.
    values[key] = key === 'defaultRole' ? value.trim().toLowerCase() : value;
  }
  return values;
}
