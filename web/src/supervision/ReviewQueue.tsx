import { ReloadOutlined } from "@ant-design/icons";
import { Button, Checkbox, Empty, Flex, Spin, Typography, message } from "antd";
import { useState } from "react";
import { type Answer } from "../api.js";
import { useLanguage } from "../i18n.js";
import { ErrorAlert } from "../common/ErrorAlert.js";
import { useApi } from "../common/use-api.js";
import { BatchApprove } from "./BatchApprove.js";
import { DECISION_LABEL } from "./DecisionModal.js";
import { RequestCard } from "./RequestCard.js";
import { failureText } from "./words.js";

type Requests = Answer<"/api/requests", "get">;
type Units = Answer<"/api/units", "get">;

/**
 * 待审核: the pending completion and extension requests of a plan (or of
 * every plan: planId null), oldest first, each decided on its own card. A
 * decided request leaves the queue.
 */
export const ReviewQueue = ({ planId }: { planId: number | null }) => {
  const { t, language } = useLanguage();
  const [toast, toastHolder] = message.useMessage();
  const requests = useApi<Requests>(
    `/api/requests?state=pending${planId === null ? "" : `&plan=${String(planId)}`}`,
  );
  const units = useApi<Units>("/api/units");
  const unitNames = new Map(units.data?.items.map((u) => [u.id, u.name]));
  const items = requests.data?.items ?? [];
  const [chosen, setChosen] = useState<ReadonlySet<number>>(new Set());
  // Only what is still in the queue counts as chosen.
  const selected = items.filter((r) => chosen.has(r.id)).map((r) => r.id);
  const choose = (id: number, on: boolean) => {
    setChosen((before) => {
      const next = new Set(before);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  };
  return (
    <section aria-label={t({ zh: "待审核", en: "Review queue" })}>
      {toastHolder}
      <Flex justify="space-between" align="center" gap={8} wrap style={{ marginBottom: 12 }}>
        <Typography.Text data-testid="queue-count">
          {t({ zh: `待审核 ${items.length} 项`, en: `${items.length} waiting` })}
        </Typography.Text>
        <Flex gap={8} wrap align="center">
          {items.length > 0 && (
            <Checkbox
              checked={selected.length === items.length}
              indeterminate={selected.length > 0 && selected.length < items.length}
              onChange={(event) => {
                setChosen(new Set(event.target.checked ? items.map((r) => r.id) : []));
              }}
            >
              {t({ zh: "全选", en: "Select all" })}
            </Checkbox>
          )}
          <BatchApprove
            ids={selected}
            onDone={(count) => {
              void toast.success(
                t({ zh: `已批量通过 ${String(count)} 项`, en: `${String(count)} approved` }),
              );
              setChosen(new Set());
              requests.reload();
            }}
          />
          <Button icon={<ReloadOutlined aria-hidden />} onClick={requests.reload}>
            {t({ zh: "刷新", en: "Reload" })}
          </Button>
        </Flex>
      </Flex>
      <ErrorAlert error={requests.error} />
      {requests.data === undefined && requests.loading && <Spin />}
      {requests.data !== undefined && items.length === 0 && (
        <Empty description={t({ zh: "没有待审核的申请", en: "Nothing waiting for review" })} />
      )}
      <Flex vertical gap={12}>
        {items.map((request) => (
          <RequestCard
            key={request.id}
            request={request}
            selected={chosen.has(request.id)}
            onSelect={(on) => {
              choose(request.id, on);
            }}
            unitName={request.unitId === null ? null : (unitNames.get(request.unitId) ?? null)}
            onDecided={(decision) => {
              void toast.success(
                t({ zh: "已处理：", en: "Decided: " }) + t(DECISION_LABEL[request.kind][decision]),
              );
              requests.reload();
            }}
            onConflict={(error) => {
              void toast.error(
                failureText(error, language, {
                  zh: "申请已变化，已刷新",
                  en: "The request changed; reloaded",
                }),
              );
              requests.reload();
            }}
          />
        ))}
      </Flex>
    </section>
  );
};
