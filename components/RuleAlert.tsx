import type { FiredRule } from '../utils/checklists/evaluate-rules';
import { ArticleLinks } from './ItemExtras';

/**
 * A "let op" card: why this combination of answers needs attention, which legal hooks apply and where
 * to read more. Not role="alert": the area announces new ones politely, once, while the user answers.
 */
export function RuleAlert({ rule }: { rule: FiredRule }) {
  return (
    <aside class="utrecht-alert utrecht-alert--warning komma-let-op" aria-labelledby={`komma-rule-${rule.id}`}>
      <div class="komma-stack">
        <h4 class="komma-let-op__title" id={`komma-rule-${rule.id}`}>
          Let op: {rule.title}
        </h4>
        <p class="utrecht-paragraph">{rule.message}</p>
        {rule.hooks.length > 0 && (
          <>
            <p class="utrecht-paragraph komma-let-op__hooks-label">Juridisch aanknopingspunt:</p>
            <ul class="komma-let-op__hooks">
              {rule.hooks.map((hook) => (
                <li key={hook.id}>
                  <strong>{hook.citation}</strong>: {hook.gist}
                </li>
              ))}
            </ul>
          </>
        )}
        {rule.article && <ArticleLinks ids={[rule.article]} />}
      </div>
    </aside>
  );
}
