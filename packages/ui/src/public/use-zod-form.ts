import { useCallback, useRef, useState, type ChangeEvent, type FormEvent } from "react";
import type { z } from "zod";
import { fieldErrorsFromZod } from "@qifu/domain";
import { fieldErrorsOf } from "../trpc-client";
import type { TPublicLang } from "./context";

type TValues = Record<string, unknown>;

/**
 * A form validated on the client with the zod schema the server parses (issue 10 point 11).
 * An error shows at its field (`field(name)` gives a TextField its value, error and helper
 * text), the first one is scrolled into view and focused (a phone shows only part of a form),
 * and an error clears as soon as its field is fixed. The server's field errors (`serverError`)
 * land at the same fields; an error of no field is the caller's to show.
 */
export function useZodForm<S extends z.ZodType<unknown, TValues>>(schema: S, initial: z.input<S>, lang: TPublicLang) {
  const [values, setValues] = useState<z.input<S>>(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const valuesRef = useRef(values);
  const formRef = useRef<HTMLFormElement>(null);

  const errorsOf = useCallback(
    (v: unknown): Record<string, string> => {
      const r = schema.safeParse(v);
      const out: Record<string, string> = {};
      if (!r.success) for (const f of fieldErrorsFromZod(schema, r.error.issues)) out[f.path] ??= f.message[lang];
      return out;
    },
    [schema, lang],
  );

  /** Show these errors and bring the first field that has one into view. */
  const show = useCallback((found: Record<string, string>) => {
    setErrors(found);
    const first = Object.keys(found)[0];
    if (first === undefined) return;
    requestAnimationFrame(() => {
      const el = formRef.current?.querySelector<HTMLElement>(`[name="${CSS.escape(first)}"]`);
      const target = el?.closest<HTMLElement>(".MuiFormControl-root") ?? el;
      target?.scrollIntoView({ block: "center", behavior: "smooth" });
      if (el && el.getAttribute("type") !== "hidden" && !el.hasAttribute("aria-hidden")) el.focus({ preventScroll: true });
    });
  }, []);

  const set = useCallback(
    <K extends keyof z.input<S> & string>(name: K, value: z.input<S>[K]) => {
      const next = { ...valuesRef.current, [name]: value };
      valuesRef.current = next;
      setValues(next);
      // a field in error is checked again at each change: fixed, its message goes away
      setErrors((prev) => {
        if (!(name in prev)) return prev;
        const now = errorsOf(next)[name];
        const copy = { ...prev };
        if (now) copy[name] = now;
        else delete copy[name];
        return copy;
      });
    },
    [errorsOf],
  );

  /** Props for a TextField bound to a string field. */
  const field = <K extends keyof z.input<S> & string>(name: K) => ({
    name,
    value: (values[name] ?? "") as string,
    onChange: (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => set(name, e.target.value as z.input<S>[K]),
    error: Boolean(errors[name]),
    helperText: errors[name],
  });

  /** The form's onSubmit: parse with the schema; on success hand the parsed data over. */
  const handleSubmit = (onValid: (data: z.output<S>) => unknown) => (e: FormEvent) => {
    e.preventDefault();
    const r = schema.safeParse(valuesRef.current);
    if (!r.success) return show(errorsOf(valuesRef.current));
    setErrors({});
    void onValid(r.data);
  };

  /** Put a server refusal's field errors at their fields; false when it named no field. */
  const serverError = (err: unknown): boolean => {
    const found = fieldErrorsOf(err, lang);
    if (!Object.keys(found).length) return false;
    show(found);
    return true;
  };

  return { values, errors, set, field, handleSubmit, serverError, formRef };
}
