import type { SearchHit } from '../models/KnowledgeModel';
import type { Article } from '../utils/schemas/article';
import { ReviewBadge } from './ReviewBadge';

/** Search hits (or the browse list): each opens its article in the panel. */
export function SearchResultList({
  hits,
  articlesById,
  intervalMonths,
  today,
  onOpen,
}: {
  hits: SearchHit[];
  articlesById: Map<string, Article>;
  intervalMonths: number;
  today: Date;
  onOpen: (id: string) => void;
}) {
  return (
    <ul class="komma-results" aria-label="Artikelen">
      {hits.map((hit) => {
        const article = articlesById.get(hit.id);
        return (
          <li class="komma-result" key={hit.id}>
            <button type="button" class="komma-result__button komma-focusable" data-article-id={hit.id} onClick={() => onOpen(hit.id)}>
              <span class="komma-result__title">{hit.title}</span>
              <span class="komma-result__summary">{hit.summary}</span>
              <span class="komma-result__meta">
                {hit.matchedTerms.length > 0 && <span>Gevonden op: {hit.matchedTerms.join(', ')}</span>}
                {article && <ReviewBadge article={article} intervalMonths={intervalMonths} today={today} />}
              </span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
