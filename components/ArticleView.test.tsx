// @vitest-environment jsdom
// DOMPurify is only reliable in jsdom (see render-markdown.test.ts), and this is the one place Komma
// puts HTML into the page: the test checks the element on screen, not just the string.
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dangersIn, HOSTILE_MARKDOWN } from '../test/fixtures/hostile-markdown';
import { makeArticle, VALID_BODY } from '../test/fixtures/make-article';
import { ArticleView } from './ArticleView';

afterEach(cleanup);

function showArticle(body: string, onOpenArticle = vi.fn()) {
  render(
    <ArticleView
      article={makeArticle({ body })}
      intervalMonths={12}
      today={new Date('2026-11-23')}
      onBack={() => {}}
      onOpenArticle={onOpenArticle}
      onReportProblem={() => {}}
    />,
  );
  return document.querySelector('.komma-article-body')!;
}

describe('ArticleView', () => {
  it('puts a hostile article body on screen with nothing that can run or load', () => {
    const body = showArticle(`${VALID_BODY}\n\n${HOSTILE_MARKDOWN.join('\n\n')}`);
    expect(body.textContent).toContain('Wat is het beleid');
    expect(dangersIn(body)).toEqual([]);
    expect(body.querySelectorAll('script, iframe, img, svg, form, style, object, embed')).toHaveLength(0);
  });

  it('opens a link to another article in the panel instead of following it', () => {
    const onOpenArticle = vi.fn();
    showArticle(`${VALID_BODY}\n\nZie [de kostendelersnorm](kostendelersnorm.md).`, onOpenArticle);
    fireEvent.click(screen.getByRole('link', { name: 'de kostendelersnorm' }));
    expect(onOpenArticle).toHaveBeenCalledWith('kostendelersnorm');
  });
});
