import { useState } from "react";
import { useGetList, useNotify, useRecordContext, useTranslate } from "react-admin";
import Autocomplete from "@mui/material/Autocomplete";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import IconButton from "@mui/material/IconButton";
import List from "@mui/material/List";
import ListItem from "@mui/material/ListItem";
import ListItemText from "@mui/material/ListItemText";
import TextField from "@mui/material/TextField";
import DeleteOutline from "@mui/icons-material/DeleteOutline";
import { CultivationTier } from "@qifu/domain";
import { EmptyState, ErrorState, FormSection, LoadingState, messageOf, StatusChip } from "@qifu/ui";
import { useLang } from "@qifu/ui/admin";
import type { TSpecializedPark } from "../schemas";
import { api, useRpcMutation, useRpcQuery } from "./rpc";

/** The park's resident enterprises (references to the registry, with their cultivation tier): list, add, remove. */
export function ParkResidents() {
  const park = useRecordContext<TSpecializedPark>();
  const translate = useTranslate();
  const lang = useLang();
  const notify = useNotify();
  const [q, setQ] = useState("");
  const [pick, setPick] = useState<{ id: string; name: string } | null>(null);
  const residents = useRpcQuery(api.specializedParks.residents, { parkId: park?.id ?? "" }, { enabled: Boolean(park?.id) });
  const candidates = useGetList<{ id: string; name: string }>("enterprises", {
    filter: q ? { q } : {},
    pagination: { page: 1, perPage: 20 },
    sort: { field: "name", order: "ASC" },
  });
  const add = useRpcMutation(api.specializedParks.addResident);
  const remove = useRpcMutation(api.specializedParks.removeResident);
  if (!park) return null;
  const fail = (e: unknown) => notify(e instanceof Error ? e.message : messageOf(e, lang), { type: "error" });
  return (
    <FormSection title={translate("specializedParks.residents_title", { count: residents.data?.length ?? 0 })}>
      <Box className="span-all" sx={{ display: "flex", gap: 1, flexWrap: "wrap", alignItems: "center" }}>
        <Autocomplete
          sx={{ flex: "1 1 260px" }}
          options={candidates.data ?? []}
          getOptionLabel={(o) => o.name}
          value={pick}
          onChange={(_, v) => setPick(v)}
          onInputChange={(_, v) => setQ(v)}
          filterOptions={(x) => x}
          renderInput={(params) => <TextField {...params} size="small" label={translate("specializedParks.resident_pick")} />}
        />
        <Button
          type="button"
          variant="outlined"
          disabled={!pick || add.isPending}
          onClick={() => pick && add.mutate({ parkId: park.id, enterpriseId: pick.id }, { onSuccess: () => setPick(null), onError: fail })}
        >
          {translate("specializedParks.resident_add")}
        </Button>
      </Box>
      <Box className="span-all">
        {residents.isPending ? (
          <LoadingState />
        ) : residents.isError ? (
          <ErrorState message={residents.error.message} onRetry={() => void residents.refetch()} />
        ) : residents.data.length === 0 ? (
          <EmptyState compact title={translate("specializedParks.residents_empty")} />
        ) : (
          <List dense>
            {residents.data.map((r) => (
              <ListItem
                key={r.id}
                divider
                secondaryAction={
                  <IconButton
                    edge="end"
                    aria-label={translate("specializedParks.resident_remove")}
                    onClick={() => remove.mutate({ id: r.id }, { onError: fail })}
                  >
                    <DeleteOutline />
                  </IconButton>
                }
              >
                <ListItemText primary={r.enterpriseName} secondary={r.movedInOn ?? undefined} />
                <StatusChip label={CultivationTier.label(r.tier, lang)} tone={r.tier === "NONE" ? "default" : "success"} />
              </ListItem>
            ))}
          </List>
        )}
      </Box>
    </FormSection>
  );
}
