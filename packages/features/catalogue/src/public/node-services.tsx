import { useQuery } from "@tanstack/react-query";
import Box from "@mui/material/Box";
import Card from "@mui/material/Card";
import Typography from "@mui/material/Typography";
import { LoadingState } from "@qifu/ui";
import { ProductCard } from "./catalogue-page";
import { useCataloguePublic } from "./context";

/** A node's published services, for the node page (the app puts it in the network's `nodeExtra` slot). */
export function NodeServices({ nodeId }: { nodeId: string }) {
  const { client, lang } = useCataloguePublic();
  const input = { nodeId, page: 1, perPage: 12 };
  const result = useQuery({ queryKey: ["catalogue.search", input], queryFn: () => client.catalogue.search.query(input) });
  return (
    <Card sx={{ p: { xs: 2, sm: 3 } }} data-testid="node-services">
      <Typography variant="h6" component="h2" sx={{ mb: 1.5 }}>
        {lang === "zh" ? `发布的服务（${result.data?.total ?? 0}）` : `Published services (${result.data?.total ?? 0})`}
      </Typography>
      {result.isPending ? (
        <LoadingState />
      ) : result.data?.data.length ? (
        <Box sx={{ display: "grid", gap: 2, gridTemplateColumns: { xs: "minmax(0, 1fr)", sm: "repeat(2, minmax(0, 1fr))" } }}>
          {result.data.data.map((p) => (
            <ProductCard key={p.id} p={p} />
          ))}
        </Box>
      ) : (
        <Typography color="text.secondary">
          {lang === "zh" ? "该节点暂未在服务目录发布服务。" : "This node has not published services in the catalogue yet."}
        </Typography>
      )}
    </Card>
  );
}
