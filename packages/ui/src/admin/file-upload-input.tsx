import { useState } from "react";
import { useInput, useTranslate } from "react-admin";
import { FileUpload, type TUploadedFile } from "../components/file-upload";

/**
 * Attachments inside a react-admin form: the form value is the list of file ids the record
 * is saved with; the names shown come from the uploads made in this form.
 */
export function FileUploadInput({ source, label, max = 5, images }: { source: string; label?: string; max?: number; images?: boolean }) {
  const translate = useTranslate();
  const { field } = useInput<string[]>({ source, defaultValue: [] });
  const [files, setFiles] = useState<TUploadedFile[]>([]);
  return (
    <FileUpload
      label={label ? translate(label, { _: label }) : undefined}
      max={max}
      images={images}
      value={files.filter((f) => (field.value ?? []).includes(f.id))}
      onChange={(next) => {
        setFiles(next);
        field.onChange(next.map((f) => f.id));
      }}
    />
  );
}
