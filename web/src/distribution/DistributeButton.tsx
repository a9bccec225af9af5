import { SendOutlined } from "@ant-design/icons";
import { App, Button } from "antd";
import { useState } from "react";
import { useLanguage } from "../i18n.js";
import { isOffice, useSession } from "../session.js";
import { DistributeDialog } from "./DistributeDialog.js";

/** 下发 on the plan's page, for the supervision office and administrators. */
export const DistributeButton = ({ planId, title }: { planId: number; title: string }) => {
  const { t } = useLanguage();
  const { session } = useSession();
  const [open, setOpen] = useState(false);
  if (!isOffice(session)) return null;
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
