import { lazyView } from './LazyView';

/**
 * An article, loaded the first time one is opened: rendering Markdown safely (marked + DOMPurify)
 * is about a fifth of the panel's code, and the Kennisbank first shows a search box and a list.
 */
export const LazyArticleView = lazyView(() => import('./ArticleView').then((module) => module.ArticleView), {
  loading: 'Artikel wordt geladen…',
  failed: 'Komma kon het artikel niet laden.',
});
