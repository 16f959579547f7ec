import type { ReactNode } from "react";
import { Link as RouterLink, useParams } from "react-router";
import Box from "@mui/material/Box";
import Breadcrumbs from "@mui/material/Breadcrumbs";
import Button from "@mui/material/Button";
import Card from "@mui/material/Card";
import Chip from "@mui/material/Chip";
import Container from "@mui/material/Container";
import Link from "@mui/material/Link";
import Skeleton from "@mui/material/Skeleton";
import Typography from "@mui/material/Typography";
import ArrowBack from "@mui/icons-material/ArrowBack";
import ChevronRight from "@mui/icons-material/ChevronRight";
import { ServiceCategory } from "@qifu/domain";
import { appErrorOf, EmptyState, ErrorState, formatDate, messageOf } from "@qifu/ui";
import type { TNodePublic } from "../schemas";
import { useNetworkPublic } from "./context";
import { KindLabel, LevelBadge } from "./node-card";
import { PageHeader } from "./page-header";
import { directoryHref, paths } from "./paths";
import { usePublicNode } from "./queries";

/** A tap area of 40px around an inline link without moving the text. */
const tapSx = { display: "inline-block", py: 1, my: -1 } as const;

/** A node's public profile, with its parent and the nodes under it. */
export function NodePage() {
  const { id = "" } = useParams();
  const { t, lang, nodeExtra: NodeExtra } = useNetworkPublic();
  const query = usePublicNode(id);

  if (query.isError) {
    const notFound = appErrorOf(query.error)?.code === "NOT_FOUND";
    return (
      <Container maxWidth="lg" sx={{ py: { xs: 2, md: 4 } }}>
        <Crumbs />
        <Card sx={{ mt: 2 }}>
          {notFound ? (
            <EmptyState
              title={t.notFoundTitle}
              description={t.notFoundHint}
              action={
                <Button variant="contained" component={RouterLink} to={paths.directory} startIcon={<ArrowBack />} sx={{ minHeight: 40 }}>
                  {t.backToDirectory}
                </Button>
              }
            />
          ) : (
            <ErrorState message={messageOf(query.error, lang)} onRetry={() => query.refetch()} />
          )}
        </Card>
      </Container>
    );
  }

  const node = query.data?.node;
  // Placeholder data (from the directory) has the node but not yet its parent and children.
  const data = query.isPlaceholderData ? undefined : query.data;
  return (
    <Container maxWidth="lg" sx={{ py: { xs: 2, md: 4 } }}>
      <PageHeader
        breadcrumbs={<Crumbs node={node} />}
        title={node ? node.name : <Skeleton width="60%" />}
        intro={
          node ? (
            <Box component="span" sx={{ display: "inline-flex", alignItems: "center", gap: 1.5, flexWrap: "wrap" }}>
              <KindLabel node={node} />
              <LevelBadge level={node.recognitionLevel} />
            </Box>
          ) : undefined
        }
      />

      <Box
        sx={{
          display: "grid",
          gap: 2,
          gridTemplateColumns: { xs: "minmax(0, 1fr)", md: "minmax(0, 8fr) minmax(0, 4fr)" },
          alignItems: "start",
        }}
      >
        <Box sx={{ display: "flex", flexDirection: "column", gap: 2, minWidth: 0 }}>
          <Card sx={{ p: { xs: 2, sm: 3 } }}>
            {node ? (
              <Box
                component="dl"
                sx={{
                  m: 0,
                  display: "grid",
                  columnGap: 3,
                  rowGap: 1.5,
                  gridTemplateColumns: { xs: "minmax(0, 1fr)", sm: "repeat(2, minmax(0, 1fr))" },
                }}
              >
                <Field label={t.fieldTown}>
                  {node.townId ? (
                    <Link component={RouterLink} to={directoryHref({ town: node.townId })} sx={tapSx}>
                      {node.townName}
                    </Link>
                  ) : (
                    t.districtLevel
                  )}
                </Field>
                <Field label={t.fieldStaff}>{`${node.staffCount} ${t.persons}`.trim()}</Field>
                <Field label={t.fieldAddress} wide>
                  {node.address ?? "—"}
                </Field>
                <Field label={t.fieldPhone}>
                  {node.officePhone ? (
                    <Link href={`tel:${node.officePhone.replace(/[^0-9+]/g, "")}`} sx={tapSx}>
                      {node.officePhone}
                    </Link>
                  ) : (
                    "—"
                  )}
                </Field>
                {node.contactEmail && (
                  <Field label={t.fieldEmail}>
                    <Link href={`mailto:${node.contactEmail}`} sx={{ wordBreak: "break-all" }}>
                      {node.contactEmail}
                    </Link>
                  </Field>
                )}
                <Field label={t.fieldLinkedAt}>{node.linkedAt ? formatDate(node.linkedAt, lang) : t.notLinked}</Field>
              </Box>
            ) : (
              <Box>
                {Array.from({ length: 4 }, (_, i) => (
                  <Skeleton key={i} sx={{ my: 1 }} />
                ))}
              </Box>
            )}
          </Card>

          <Card sx={{ p: { xs: 2, sm: 3 } }}>
            <Typography variant="h6" component="h2" sx={{ mb: 1.5 }}>
              {t.services}
            </Typography>
            {node ? (
              node.serviceCategories.length ? (
                <Box sx={{ display: "flex", flexWrap: "wrap", gap: 1 }}>
                  {node.serviceCategories.map((c) => (
                    <Chip
                      key={c}
                      component={RouterLink}
                      to={directoryHref({ category: c })}
                      clickable
                      label={ServiceCategory.label(c, lang)}
                      sx={{ height: 40, borderRadius: 20, bgcolor: "#eef3fb", color: "primary.dark" }}
                    />
                  ))}
                </Box>
              ) : (
                <Typography color="text.secondary">{t.noServices}</Typography>
              )
            ) : (
              <Skeleton variant="rounded" height={40} />
            )}
            {node?.description && (
              <>
                <Typography variant="h6" component="h2" sx={{ mt: 3, mb: 1 }}>
                  {t.about}
                </Typography>
                <Typography sx={{ lineHeight: 1.9, whiteSpace: "pre-line" }}>{node.description}</Typography>
              </>
            )}
          </Card>
          {node && NodeExtra && <NodeExtra nodeId={node.id} />}
        </Box>

        <Card sx={{ p: { xs: 2, sm: 3 } }}>
          <Typography variant="h6" component="h2" sx={{ mb: 1 }}>
            {t.relations}
          </Typography>
          {data ? (
            <>
              {data.parent && (
                <>
                  <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
                    {t.parentNode}
                  </Typography>
                  <NodeLinks nodes={[data.parent]} />
                </>
              )}
              <Typography variant="body2" color="text.secondary" sx={{ mt: 1.5 }}>
                {t.childNodes(data.children.length)}
              </Typography>
              {data.children.length ? (
                <NodeLinks nodes={data.children} />
              ) : (
                <Typography variant="body2" sx={{ mt: 0.5 }}>
                  {t.noChildren}
                </Typography>
              )}
              {data.node.townId && data.node.townName && (
                <Button
                  component={RouterLink}
                  to={directoryHref({ town: data.node.townId })}
                  endIcon={<ChevronRight />}
                  sx={{ mt: 2, minHeight: 40, px: 0 }}
                >
                  {t.findInTown(data.node.townName)}
                </Button>
              )}
            </>
          ) : (
            Array.from({ length: 3 }, (_, i) => <Skeleton key={i} height={40} />)
          )}
        </Card>
      </Box>
    </Container>
  );
}

function Field({ label, wide, children }: { label: string; wide?: boolean; children: ReactNode }) {
  return (
    <Box sx={{ minWidth: 0, gridColumn: wide ? { sm: "1 / -1" } : undefined }}>
      <Typography component="dt" variant="body2" color="text.secondary">
        {label}
      </Typography>
      <Typography component="dd" sx={{ m: 0, mt: 0.25, wordBreak: "break-word" }}>
        {children}
      </Typography>
    </Box>
  );
}

function NodeLinks({ nodes }: { nodes: TNodePublic[] }) {
  return (
    <Box component="ul" sx={{ listStyle: "none", p: 0, m: 0 }}>
      {nodes.map((n) => (
        <li key={n.id}>
          <Link
            component={RouterLink}
            to={paths.node(n.id)}
            underline="hover"
            sx={{
              display: "flex",
              flexDirection: "column",
              justifyContent: "center",
              minHeight: 48,
              py: 0.5,
              borderBottom: "1px solid",
              borderColor: "divider",
            }}
          >
            <Box component="span" sx={{ fontWeight: 500 }}>
              {n.name}
            </Box>
            <Box component="span" sx={{ color: "text.secondary" }}>
              <KindLabel node={n} />
            </Box>
          </Link>
        </li>
      ))}
    </Box>
  );
}

function Crumbs({ node }: { node?: TNodePublic }) {
  const { t } = useNetworkPublic();
  return (
    <Breadcrumbs
      aria-label="breadcrumb"
      sx={{
        fontSize: "0.875rem",
        "& a": { display: "inline-flex", alignItems: "center", justifyContent: "center", minHeight: 40, minWidth: 40 },
      }}
    >
      <Link component={RouterLink} to={paths.home} underline="hover" color="inherit">
        {t.breadcrumbHome}
      </Link>
      <Link component={RouterLink} to={paths.directory} underline="hover" color="inherit">
        {t.breadcrumbDirectory}
      </Link>
      {node?.townId && node.townName && (
        <Link component={RouterLink} to={directoryHref({ town: node.townId })} underline="hover" color="inherit">
          {node.townName}
        </Link>
      )}
      {node && (
        <Typography color="text.primary" sx={{ fontSize: "inherit" }}>
          {node.name}
        </Typography>
      )}
    </Breadcrumbs>
  );
}
