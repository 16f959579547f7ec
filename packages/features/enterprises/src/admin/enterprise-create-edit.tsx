import { CreatePage, EditPage } from "@qifu/ui/admin";
import { EnterpriseInputs, tagsToList } from "./enterprise-inputs";

export function EnterpriseCreate() {
  return (
    <CreatePage transform={tagsToList}>
      <EnterpriseInputs mode="create" />
    </CreatePage>
  );
}

export function EnterpriseEdit() {
  return (
    <EditPage transform={tagsToList}>
      <EnterpriseInputs mode="edit" />
    </EditPage>
  );
}
