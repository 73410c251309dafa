import { useRef } from 'preact/hooks';

/**
 * "Nieuw gesprek" / "Nieuwe afweging" with a confirmation in a modal <dialog>: the browser keeps focus
 * inside it, Escape cancels, and focus returns to the button afterwards. "Annuleren" comes first and
 * gets focus, so a stray Enter never wipes a conversation.
 */
export function ConfirmReset({
  id,
  label,
  question,
  consequence,
  confirmLabel,
  onConfirm,
}: {
  id: string;
  label: string;
  question: string;
  consequence: string;
  confirmLabel: string;
  onConfirm: () => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = `${id}-title`;
  const textId = `${id}-text`;

  return (
    <>
      <button
        type="button"
        class="utrecht-button utrecht-button--secondary-action"
        aria-haspopup="dialog"
        onClick={() => {
          if (!dialog.current) return;
          // A dialog keeps its last returnValue; Escape would otherwise repeat an earlier "confirm".
          dialog.current.returnValue = '';
          dialog.current.showModal();
        }}
      >
        {label}
      </button>
      <dialog
        ref={dialog}
        id={id}
        class="komma-dialog"
        aria-labelledby={titleId}
        aria-describedby={textId}
        onClose={() => {
          if (dialog.current?.returnValue === 'confirm') onConfirm();
        }}
      >
        <form method="dialog" class="komma-stack">
          <h2 class="utrecht-heading-2" id={titleId}>
            {question}
          </h2>
          <p class="utrecht-paragraph" id={textId}>
            {consequence}
          </p>
          <div class="komma-row">
            <button type="submit" value="cancel" class="utrecht-button utrecht-button--secondary-action" autofocus>
              Annuleren
            </button>
            <button type="submit" value="confirm" class="utrecht-button utrecht-button--primary-action">
              {confirmLabel}
            </button>
          </div>
        </form>
      </dialog>
    </>
  );
}
