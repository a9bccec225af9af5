import { AimOutlined } from "@ant-design/icons";
import { App, Button } from "antd";
import { useState } from "react";
import { useLanguage } from "../i18n.js";
import type { PlanListItem } from "../plan-context.js";
import { TargetsDrawer } from "../targets/TargetsDrawer.js";

/** 量化指标 on the plan's page: opens the drawer of the plan's targets. */
export const TargetsButton = ({ plan }: { plan: PlanListItem }) => {
  const { t } = useLanguage();
  const [open, setOpen] = useState(false);
  return (
    <App component={false}>
      <Button
        icon={<AimOutlined />}
        onClick={() => {
          setOpen(true);
        }}
      >
        {t({ zh: "量化指标", en: "Targets" })}
      </Button>
      <TargetsDrawer
        plan={plan}
        open={open}
        onClose={() => {
          setOpen(false);
        }}
      />
    </App>
  );
};
