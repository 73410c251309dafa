import { localIsoDate, reviewStatus } from '../utils/knowledge/review-status';
import type { Article } from '../utils/schemas/article';

/** "Controle nodig" when an article is older than the review interval, naming who should check it. */
export function ReviewBadge({ article, intervalMonths, today }: { article: Article; intervalMonths: number; today: Date }) {
  if (!reviewStatus(article.reviewed, { intervalMonths, today: localIsoDate(today) }).needsReview) return null;
  return (
    <span
      class="utrecht-status-badge utrecht-status-badge--warning"
      title={`Laatst gecontroleerd op ${formatDate(article.reviewed)}. Eigenaar: ${article.owner}.`}
    >
      Controle nodig · {article.owner}
    </span>
  );
}

export function formatDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1)),
  );
}
