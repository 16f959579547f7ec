import { CreatePage, EditPage } from "@qifu/ui/admin";
import { NodeInputs } from "./node-inputs";

export function NodeCreate() {
  return (
    <CreatePage>
      <NodeInputs mode="create" />
    </CreatePage>
  );
}

export function NodeEdit() {
  return (
    <EditPage>
      <NodeInputs mode="edit" />
    </EditPage>
  );
}
