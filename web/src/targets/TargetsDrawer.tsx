import { PlusOutlined } from "@ant-design/icons";
import { Button, Drawer, Flex, Typography } from "antd";
import { useState } from "react";
import { useLanguage } from "../i18n.js";
import { useSession } from "../session.js";
import type { PlanListItem } from "../plan-context.js";
import { ErrorAlert } from "../common/ErrorAlert.js";
import { loadAllMilestones } from "../common/load-milestones.js";
import { useApi } from "../common/use-api.js";
import { useLoad } from "../common/use-load.js";
import { ActualDialog } from "./ActualDialog.js";
import { TargetActions } from "./TargetActions.js";
import { TargetDialog, type TargetDialogMode } from "./TargetDialog.js";
import { TargetsTable } from "./TargetsTable.js";
import type { Target } from "./target-words.js";
import { workOptions } from "./work-options.js";

/**
 * 量化指标 of a plan where the office and the units work: every target the
 * viewer may see as of today, with what its `can` allows, and 新增 where the
 * plan's `can` allows it.
 */
export const TargetsDrawer = ({
  plan,
  open,
  onClose,
}: {
  plan: PlanListItem;
  open: boolean;
  onClose: () => void;
}) => {
  const { t } = useLanguage();
  const { session } = useSession();
  const targets = useApi<{ items: Target[] }>(
    open ? `/api/plans/${String(plan.id)}/targets?asOf=${session.today}` : null,
  );
  const [dialog, setDialog] = useState<TargetDialogMode | null>(null);
  const [reporting, setReporting] = useState<Target | null>(null);
  const adding = open && plan.can.addTarget;
  const work = useLoad(
    adding ? () => loadAllMilestones(new URLSearchParams({ plan: String(plan.id) })) : null,
    adding ? String(plan.id) : "",
  );
  const saved = () => {
    setDialog(null);
    setReporting(null);
    targets.reload();
  };
  return (
    <Drawer
      open={open}
      onClose={onClose}
      size={1000}
      title={t({ zh: "量化指标", en: "Targets" })}
      extra={
        plan.can.addTarget && (
          <Button
            icon={<PlusOutlined />}
            disabled={work.data === undefined}
            onClick={() => {
              setDialog({ kind: "add", planId: plan.id, work: workOptions(work.data ?? []) });
            }}
          >
            {t({ zh: "新增", en: "Add" })}
          </Button>
        )
      }
      data-testid="targets-drawer"
    >
      <Flex vertical gap={8}>
        <Typography.Text type="secondary">
          {t({ zh: `截至 ${session.today}`, en: `As of ${session.today}` })}
        </Typography.Text>
        <ErrorAlert error={targets.error ?? work.error} />
        <TargetsTable
          testId="targets-drawer-table"
          loading={targets.loading}
          targets={targets.data?.items ?? []}
          actions={(target) => (
            <TargetActions
              target={target}
              onEdit={(x) => {
                setDialog({ kind: "edit", target: x });
              }}
              onReport={setReporting}
              onChanged={targets.reload}
            />
          )}
        />
      </Flex>
      <TargetDialog
        mode={dialog}
        onClose={() => {
          setDialog(null);
        }}
        onSaved={saved}
      />
      <ActualDialog
        target={reporting}
        today={session.today}
        onClose={() => {
          setReporting(null);
        }}
        onSaved={saved}
      />
    </Drawer>
  );
};
