import { SendOutlined } from "@ant-design/icons";
import { App, Button } from "antd";
import { useState } from "react";
import { useLanguage } from "../i18n.js";
import type { PlanListItem } from "../plan-context.js";
import { DistributeDialog } from "./DistributeDialog.js";

/** 下发 on the plan's page, where the plan's `can` allows it (the supervision office and administrators). */
export const DistributeButton = ({ plan }: { plan: PlanListItem }) => {
  const { t } = useLanguage();
  const [open, setOpen] = useState(false);
  if (!plan.can.distribute) return null;
  return (
    <App component={false}>
      <Button
        icon={<SendOutlined />}
        onClick={() => {
          setOpen(true);
        }}
      >
        {t({ zh: "下发", en: "Send out" })}
      </Button>
      <DistributeDialog
        planId={plan.id}
        title={plan.title}
        open={open}
        onClose={() => {
          setOpen(false);
        }}
      />
    </App>
  );
};
