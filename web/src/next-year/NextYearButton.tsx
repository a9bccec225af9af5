import { ForwardOutlined } from "@ant-design/icons";
import { App, Button } from "antd";
import { useState } from "react";
import { useLanguage } from "../i18n.js";
import type { PlanListItem } from "../plan-context.js";
import { NextYearDialog } from "./NextYearDialog.js";

/** 结转 on the plan's page, where the plan's `can` allows it (the supervision office). */
export const NextYearButton = ({ plan }: { plan: PlanListItem }) => {
  const { t } = useLanguage();
  const [open, setOpen] = useState(false);
  if (!plan.can.carryOver) return null;
  return (
    <App component={false}>
      <Button
        icon={<ForwardOutlined />}
        onClick={() => {
          setOpen(true);
        }}
      >
        {t({ zh: "结转到下一年", en: "Carry over to next year" })}
      </Button>
      {open && (
        <NextYearDialog
          plan={plan}
          open={open}
          onClose={() => {
            setOpen(false);
          }}
        />
      )}
    </App>
  );
};
