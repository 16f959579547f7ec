import { createContext, useContext } from "react";
import { Menu, useLocaleState, useSidebarState } from "react-admin";
import Divider from "@mui/material/Divider";
import ListSubheader from "@mui/material/ListSubheader";
import { useRole, type TAdminFeature } from "@qifu/ui/admin";
import { langOf } from "./i18n";
import { useFeatureLabels } from "./missing-features";

/** The loaded features in features.ts order: the menu shows one group per feature. */
export const MenuFeatures = createContext<readonly TAdminFeature[]>([]);

/**
 * The side menu grouped by feature ("服务台账": 服务申请, 服务台账, 回访队列…), so some thirty
 * screens stay findable. A group shows only the screens the role may list (the same `access`
 * declarations the authProvider's canAccess reads), and its heading only when two or more are left.
 */
export function QifuMenu() {
  const features = useContext(MenuFeatures);
  const labels = useFeatureLabels();
  const role = useRole();
  const [locale] = useLocaleState();
  const [open] = useSidebarState();
  const lang = langOf(locale);
  return (
    <Menu>
      <Menu.DashboardItem />
      {features.map((feature) => {
        const listed = feature.resources.filter((r) => r.list && (!r.access?.list || (role && r.access.list.includes(role))));
        if (!listed.length) return null;
        // a one-screen feature needs no heading repeating its name: a rule sets it apart instead
        if (listed.length === 1)
          return [
            <Divider key={`${feature.name}-rule`} sx={{ my: 0.5, mx: 2 }} />,
            <Menu.ResourceItem key={listed[0]!.name} name={listed[0]!.name} />,
          ];
        return [
          open && (
            <ListSubheader
              key={`${feature.name}-heading`}
              disableSticky
              sx={{ lineHeight: "32px", mt: 1, bgcolor: "transparent", fontSize: 12, color: "text.secondary" }}
            >
              {labels[feature.name]?.[lang] ?? feature.name}
            </ListSubheader>
          ),
          ...listed.map((r) => <Menu.ResourceItem key={r.name} name={r.name} />),
        ];
      })}
    </Menu>
  );
}
