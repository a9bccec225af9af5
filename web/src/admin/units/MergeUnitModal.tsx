import { Alert, Form, Modal, Select } from "antd";
import { api } from "../../api.js";
import { useLanguage } from "../../i18n.js";
import { ErrorAlert } from "../../common/ErrorAlert.js";
import type { Unit } from "../use-units.js";
import { useServerForm } from "../use-server-form.js";
import { required } from "../validation.js";

/**
 * Folds one unit into another (POST /api/units/{keep}/merge): the same
 * organisation under two names. Says what moves before it is done, since
 * it cannot be undone.
 */
export const MergeUnitModal = ({
  unit,
  units,
  peopleIn,
  onClose,
  onMerged,
}: {
  /** The unit that goes away; null: closed. */
  unit: Unit | null;
  units: readonly Unit[];
  /** How many accounts belong to a unit, when the caller may see them. */
  peopleIn: (unitId: number) => number | null;
  onClose: () => void;
  onMerged: () => void;
}) => {
  const { t } = useLanguage();
  const { form, error, busy, submit, clearError } = useServerForm<{ keepId: number }>();
  const keepId = Form.useWatch("keepId", form);
  const keep = units.find((u) => u.id === keepId);
  const merge = async ({ keepId: id }: { keepId: number }) => {
    if (unit === null) return;
    const merged = await submit(() =>
      api("POST", `/api/units/${String(id)}/merge`, { otherUnitId: unit.id }),
    );
    if (merged) onMerged();
  };
  const people = unit === null ? null : peopleIn(unit.id);
  const names = unit === null ? "" : [unit.name, ...unit.aliases].join("、");
  return (
    <Modal
      open={unit !== null}
      title={t({
        zh: `合并单位「${unit?.name ?? ""}」`,
        en: `Merge the unit "${unit?.name ?? ""}"`,
      })}
      okText={t({ zh: "合并", en: "Merge" })}
      okButtonProps={{ danger: true, disabled: keep === undefined }}
      confirmLoading={busy}
      onOk={() => {
        form.submit();
      }}
      onCancel={onClose}
      afterClose={clearError}
      destroyOnHidden
    >
      <ErrorAlert error={error} />
      <Form form={form} layout="vertical" onFinish={(fields) => void merge(fields)}>
        <Form.Item
          name="keepId"
          label={t({ zh: "并入（保留的单位）", en: "Into (the unit that stays)" })}
          rules={[required(t)]}
        >
          <Select
            showSearch={{ optionFilterProp: "label" }}
            options={units
              .filter((u) => u.id !== unit?.id)
              .map((u) => ({ value: u.id, label: u.name }))}
          />
        </Form.Item>
      </Form>
      {unit !== null && keep !== undefined && (
        <Alert
          type="warning"
          showIcon
          title={t({ zh: "合并后不能撤销", en: "A merge cannot be undone" })}
          description={t({
            zh: `「${unit.name}」将不再单独存在：它在各计划中的任务和节点计划责任、牵头部分、所属单位组、${people === null ? "" : `${String(people)} 个用户、`}API 令牌、提醒联系人，以及进展报告、答复和提醒记录，都移到「${keep.name}」；名称 ${names} 成为「${keep.name}」的别称，以后导入的表格中写作这些名称的，都算「${keep.name}」。`,
            en: `"${unit.name}" stops existing on its own: its responsibilities for tasks and milestones in every plan, its slices, group memberships, ${people === null ? "" : `${String(people)} user accounts, `}API tokens, reminder contacts, and its reports, answers and reminders move to "${keep.name}"; the names ${names} become aliases of "${keep.name}", so tables imported later that use them mean "${keep.name}".`,
          })}
        />
      )}
    </Modal>
  );
};
