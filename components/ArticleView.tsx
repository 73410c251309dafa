import { useEffect, useMemo, useRef } from 'preact/hooks';
import { renderMarkdown } from '../utils/markdown/render-markdown';
import type { Article } from '../utils/schemas/article';
import { ROLE_LABELS } from '../utils/schemas/roles';
import { formatDate, ReviewBadge } from './ReviewBadge';

/**
 * One article. Its Markdown comes from a pack that may be untrusted, so it is rendered only through
 * renderMarkdown (marked + DOMPurify); links to other articles open in the panel.
 */
export function ArticleView({
  article,
  intervalMonths,
  today,
  onBack,
  onOpenArticle,
  onReportProblem,
}: {
  article: Article;
  intervalMonths: number;
  today: Date;
  onBack: () => void;
  onOpenArticle: (id: string) => void;
  onReportProblem: () => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  const html = useMemo(() => renderMarkdown(article.body), [article.body]);

  // Move focus to the article so keyboard and screen-reader users land at its start.
  useEffect(() => heading.current?.focus(), [article.id]);

  function followInternalLink(event: MouseEvent) {
    const link = (event.target as Element | null)?.closest?.('a[data-article-id]');
    if (!link) return;
    event.preventDefault();
    onOpenArticle(link.getAttribute('data-article-id') ?? '');
  }

  return (
    <article class="komma-stack" aria-labelledby="komma-article-title">
      <button type="button" class="utrecht-button utrecht-button--subtle" onClick={onBack}>
        ← Terug naar zoeken
      </button>
      <h1 class="utrecht-heading-1" id="komma-article-title" tabIndex={-1} ref={heading}>
        {article.title}
      </h1>
      <p class="utrecht-paragraph utrecht-paragraph--lead">{article.summary}</p>
      <ReviewBadge article={article} intervalMonths={intervalMonths} today={today} />
      <dl class="komma-meta-list">
        {article.laws.length > 0 && (
          <>
            <dt>Wetsartikelen</dt>
            <dd>{article.laws.join('; ')}</dd>
          </>
        )}
        <dt>Voor</dt>
        <dd>{article.roles.map((role) => ROLE_LABELS[role]).join(', ')}</dd>
        <dt>Eigenaar</dt>
        <dd>{article.owner}</dd>
        <dt>Gecontroleerd</dt>
        <dd>{formatDate(article.reviewed)}</dd>
      </dl>
      {/* Sanitised by DOMPurify inside renderMarkdown; see render-markdown.test.ts for hostile input. */}
      <div class="komma-article-body" onClick={followInternalLink} dangerouslySetInnerHTML={{ __html: html }} />
      <hr class="utrecht-separator" />
      <p class="utrecht-paragraph">Werkt dit beleid in de praktijk niet goed uit?</p>
      <button type="button" class="utrecht-button utrecht-button--secondary-action" onClick={onReportProblem}>
        Dit knelt in de praktijk
      </button>
    </article>
  );
}
