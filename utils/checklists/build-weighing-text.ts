/**
 * The afwegingstekst a handhaver pastes into the decision or case file. It is built only from the
 * definition's own neutral sentences and what the user typed, so it holds no name or number unless
 * the user wrote one in a note. Plain text, because case systems paste plain text.
 */
import type { Conclusion, ConsequenceCheck, ConsequenceCheckState, LegalHook } from '../schemas/checklist';
import { REVERSE_TEST_KEYS } from '../schemas/checklist';
import { resolveApplicability } from './applicable-questions';
import { evaluateRules } from './evaluate-rules';
import { asSentence, lowerFirst, oneLine } from './tidy-text';

const CONCLUSION_SENTENCES: Record<Conclusion, string> = {
  doorgaan: 'Doorgaan met het voorgenomen besluit.',
  'doorgaan-met-aanpassing': 'Doorgaan met het voorgenomen besluit, met aanpassing.',
  afzien: 'Afzien van het voorgenomen besluit.',
  voorleggen: 'Eerst voorleggen aan het doorbraak- of maatwerkoverleg; er is nog geen besluit genomen.',
};

function noteLine(note: string | undefined): string[] {
  return note !== undefined && oneLine(note) !== '' ? [`  Toelichting: ${asSentence(note)}`] : [];
}

/** @throws RangeError when no measure is chosen or the measure is not in the definition. */
export function buildWeighingText(check: ConsequenceCheck, state: ConsequenceCheckState): string {
  const measure = check.measures.find((candidate) => candidate.id === state.measure);
  if (!measure) throw new RangeError(`Unknown or missing measure: ${String(state.measure)}`);

  const { groups, notApplicable, answers } = resolveApplicability(check, measure.id, state.answers);
  const fired = evaluateRules(check, measure.id, state.answers);

  const circumstances: string[] = [];
  const unknown: string[] = [];
  for (const { group, questions } of groups) {
    const found: string[] = [];
    for (const question of questions) {
      const answer = answers[question.id];
      const note = noteLine(state.notes[question.id]);
      // Not answered yet counts as not known: the text must not suggest it was weighed.
      if (answer === undefined || answer === 'onbekend') unknown.push(`- ${question.findings.onbekend}`, ...note);
      else found.push(`- ${question.findings[answer]}`, ...note);
    }
    if (found.length > 0) circumstances.push([group.title, ...found].join('\n'));
  }

  const sections = [
    'Afweging van de gevolgen van het voorgenomen besluit',
    `Voorgenomen besluit: ${lowerFirst(measure.label)}.`,
    [
      'Meegewogen omstandigheden',
      ...(circumstances.length > 0 ? circumstances : ['Er zijn nog geen omstandigheden vastgesteld.']),
    ].join('\n\n'),
  ];
  if (unknown.length > 0) sections.push(['Nog uitzoeken:', ...unknown].join('\n'));
  if (notApplicable.length > 0) {
    sections.push(
      ['Bij dit besluit niet van toepassing:', ...notApplicable.map((group) => `- ${lowerFirst(group.title)}`)].join(
        '\n',
      ),
    );
  }
  if (fired.length > 0) {
    const points = fired.flatMap((rule) => [
      `- ${rule.title}`,
      `  Zie: ${rule.hooks.map((hook) => hook.citation).join('; ')}.`,
    ]);
    sections.push(['Aandachtspunten', ...points].join('\n'));
  }

  sections.push(
    [
      'Omgekeerde toets',
      ...REVERSE_TEST_KEYS.map((key) => {
        const answer = oneLine(state.reverseTest[key]);
        return `- ${check.reverseTest[key].label} ${answer === '' ? 'Nog niet ingevuld.' : asSentence(answer)}`;
      }),
    ].join('\n'),
  );

  const explanation = state.conclusion && oneLine(state.conclusion.explanation);
  sections.push(
    [
      'Conclusie',
      state.conclusion ? CONCLUSION_SENTENCES[state.conclusion.choice] : 'Nog geen conclusie.',
      ...(explanation ? [asSentence(explanation)] : []),
    ].join('\n'),
  );

  const citedIds = new Set([
    ...check.hooks,
    ...measure.hooks,
    ...fired.flatMap((rule) => rule.hooks.map((hook) => hook.id)),
  ]);
  const cited: LegalHook[] = check.legalHooks.filter((hook) => citedIds.has(hook.id));
  if (cited.length > 0) {
    sections.push(
      ['Gebruikte regels en uitspraken', ...cited.map((hook) => `- ${hook.citation}: ${oneLine(hook.gist)}`)].join(
        '\n',
      ),
    );
  }

  return sections.join('\n\n');
}
