import { useState } from "react";
import { Link as RouterLink, useNavigate } from "react-router";
import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Card from "@mui/material/Card";
import Checkbox from "@mui/material/Checkbox";
import Container from "@mui/material/Container";
import FormControlLabel from "@mui/material/FormControlLabel";
import MenuItem from "@mui/material/MenuItem";
import TextField from "@mui/material/TextField";
import ToggleButton from "@mui/material/ToggleButton";
import ToggleButtonGroup from "@mui/material/ToggleButtonGroup";
import Typography from "@mui/material/Typography";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { FileUpload, UiLanguageProvider, messageOf, type TUploadedFile } from "@qifu/ui";
import { AccountGate, useZodForm } from "@qifu/ui/public";
import { Urgency, ZAppealSubmit, type TAppealSubmit, type TUrgency } from "../schemas";
import { useAppealsPublic } from "./context";
import { paths, RequireEnterprise } from "./hooks";

/** The enterprise's appeal form. */
export function NewAppealPage() {
  return (
    <RequireEnterprise>
      <NewAppealForm />
    </RequireEnterprise>
  );
}

function NewAppealForm() {
  const { client, t, lang } = useAppealsPublic();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const categories = useQuery({
    queryKey: ["appealCategories", "active"],
    queryFn: () => client.appealCategories.list.query({ pagination: { page: 1, perPage: 100 }, filter: { active: true } }),
  });
  const form = useZodForm(
    ZAppealSubmit,
    { title: "", description: "", categoryId: "", urgency: "NORMAL", mayPublish: false, fileIds: [] },
    lang,
  );
  const [files, setFiles] = useState<TUploadedFile[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function onSubmit(data: TAppealSubmit) {
    setBusy(true);
    setError(null);
    try {
      const created = await client.appeals.create.mutate({ ...data, fileIds: files.map((f) => f.id) });
      await queryClient.invalidateQueries({ queryKey: ["appeals"] });
      navigate(paths.show(created.id));
    } catch (err) {
      if (!form.serverError(err)) setError(messageOf(err, lang));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Container maxWidth="md" sx={{ py: { xs: 2, md: 4 } }}>
      <Typography variant="h4" component="h1" sx={{ fontSize: { xs: "1.5rem", md: "2rem" } }}>
        {t.formTitle}
      </Typography>
      <Typography color="text.secondary" sx={{ mt: 1, mb: 3 }}>
        {t.formIntro}
      </Typography>
      <AccountGate action={{ zh: "提交诉求", en: "file an appeal" }}>
        <Card
          component="form"
          ref={form.formRef}
          onSubmit={form.handleSubmit(onSubmit)}
          noValidate
          sx={{ p: { xs: 2, sm: 3 }, display: "flex", flexDirection: "column", gap: 2.5 }}
        >
          {error && <Alert severity="error">{error}</Alert>}
          <TextField label={t.title} {...form.field("title")} required slotProps={{ htmlInput: { maxLength: 80 } }} />
          <TextField select label={t.category} {...form.field("categoryId")} required>
            {(categories.data?.data ?? []).map((c) => (
              <MenuItem key={c.id} value={c.id}>
                {lang === "zh" ? c.name : c.nameEn}
              </MenuItem>
            ))}
          </TextField>
          <Box>
            <Typography variant="body2" color="text.secondary" sx={{ mb: 0.5 }}>
              {t.urgency}
            </Typography>
            <ToggleButtonGroup
              exclusive
              value={form.values.urgency}
              onChange={(_, v: TUrgency | null) => v && form.set("urgency", v)}
              size="small"
              color="primary"
            >
              {Urgency.values.map((u) => (
                <ToggleButton key={u} value={u} sx={{ px: 3 }}>
                  {Urgency.label(u, lang)}
                </ToggleButton>
              ))}
            </ToggleButtonGroup>
          </Box>
          <TextField
            label={t.description}
            {...form.field("description")}
            required
            multiline
            minRows={6}
            slotProps={{ htmlInput: { maxLength: 4000 } }}
          />
          <UiLanguageProvider lang={lang}>
            <FileUpload label={t.attachments} max={5} value={files} onChange={setFiles} />
          </UiLanguageProvider>
          {form.errors.fileIds && <Alert severity="error">{form.errors.fileIds}</Alert>}
          <FormControlLabel
            control={<Checkbox checked={!!form.values.mayPublish} onChange={(e) => form.set("mayPublish", e.target.checked)} />}
            label={t.mayPublish}
          />
          <Box sx={{ display: "flex", gap: 1, justifyContent: "flex-end" }}>
            <Button component={RouterLink} to={paths.list}>
              {t.cancel}
            </Button>
            <Button type="submit" variant="contained" disabled={busy} sx={{ minWidth: 120 }}>
              {t.submit}
            </Button>
          </Box>
        </Card>
      </AccountGate>
    </Container>
  );
}
