import { useState } from "react";
import type { Meta, StoryObj } from "@storybook/react-vite";
import Box from "@mui/material/Box";
import { FileList, FileUpload, type TUploadedFile } from "../src";

const files: TUploadedFile[] = [
  { id: "f1", name: "营业执照副本.pdf", size: 482_113 },
  { id: "f2", name: "厂房租赁合同（扫描件）.jpg", size: 2_310_442 },
];

const meta = {
  title: "Components/FileUpload",
  component: FileUpload,
  args: { value: files, onChange: () => {}, max: 5, label: "附件" },
} satisfies Meta<typeof FileUpload>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Two files attached; removing one works here, uploading needs the platform's server. */
export const WithFiles: Story = { render: (args) => <EditableUpload {...args} /> };

function EditableUpload(args: Story["args"]) {
  const [value, setValue] = useState(args?.value ?? []);
  return (
    <Box sx={{ maxWidth: 480 }}>
      <FileUpload {...args} value={value} onChange={setValue} />
    </Box>
  );
}
export const Empty: Story = { args: { value: [] } };
export const Full: Story = { args: { value: [...files, ...files, files[0]].map((f, i) => ({ ...f, id: `f${i}` })) } };

/** The attachments of a saved record, as download links. */
export const List: Story = { render: () => <FileList files={files} /> };
export const ListEmpty: Story = { render: () => <FileList files={[]} /> };
