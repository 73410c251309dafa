import type { ConsequenceCheckModel } from '../models/ConsequenceCheckModel';
import { FREE_TEXT_MAX } from '../models/ConsequenceCheckModel';
import { REVERSE_TEST_KEYS } from '../utils/schemas/checklist';
import { ArticleLinks } from './ItemExtras';
import { PersonalDataHint } from './PersonalDataHint';

/** The omgekeerde toets: start from the household, then hold the measure against the purpose of the law. */
export function ReverseTestStep({ check }: { check: ConsequenceCheckModel }) {
  const reverseTest = check.definition.value.reverseTest;
  const answers = check.state.value.reverseTest;
  return (
    <>
      <p class="utrecht-paragraph">{reverseTest.why}</p>
      <ArticleLinks ids={reverseTest.articles} />
      {REVERSE_TEST_KEYS.map((key) => {
        const id = `komma-reverse-${key}`;
        return (
          <div class="utrecht-form-field" key={key}>
            <label class="utrecht-form-label" for={id}>
              {reverseTest[key].label}
            </label>
            <p class="utrecht-form-field-description" id={`${id}-help`}>
              {reverseTest[key].why}
            </p>
            <textarea
              id={id}
              class="utrecht-textarea utrecht-textarea--html-textarea"
              rows={3}
              maxLength={FREE_TEXT_MAX}
              value={answers[key]}
              aria-describedby={`${id}-help ${id}-privacy`}
              onInput={(event) => check.setReverseTest(key, event.currentTarget.value)}
            />
            <PersonalDataHint id={`${id}-privacy`} text={answers[key]} />
          </div>
        );
      })}
    </>
  );
}
