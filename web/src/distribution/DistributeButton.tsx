import { SendOutlined } from "@ant-design/icons";
import { App, Button } from "antd";
import { useState } from "react";
import type { Schema } from "../api.js";
import { useLanguage } from "../i18n.js";
import { DistributeDialog } from "./DistributeDialog.js";

/** 下发 on the plan's page, where the plan's `can` allows it (the supervision office and administrators). */
export const DistributeButton = ({
  planId,
  title,
  can,
}: {
  planId: number;
  title: string;
  can: Schema<"PlanAbilities">;
}) => {
  const { t } = useLanguage();
  const [open, setOpen] = useState(false);
  if (!can.distribute) return null;
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
        planId={planId}
        title={title}
        open={open}
        onClose={() => {
          setOpen(false);
        }}
      />
    </App>
  );
};
