import { Select } from "antd";
import { api } from "../../api.js";
import { useLanguage } from "../../i18n.js";
import type { Unit } from "../use-units.js";

/**
 * 上级单位: the unit a unit stands under (a bureau's section, a city's
 * county); its sub-plans' steps may name the units under it. Groups stand
 * under nothing; a unit's own descendants are refused by the server.
 */
export const ParentUnitSelect = ({
  unit,
  units,
  onChanged,
  onError,
}: {
  unit: Unit;
  units: readonly Unit[];
  onChanged: () => void;
  onError: (failure: unknown) => void;
}) => {
  const { t } = useLanguage();
  const place = async (parentUnitId: number | null) => {
    try {
      await api("PUT", `/api/units/${String(unit.id)}/parent`, { parentUnitId });
      onChanged();
    } catch (failure) {
      onError(failure);
    }
  };
  return (
    <Select
      size="small"
      allowClear
      style={{ width: "100%" }}
      value={unit.parentUnitId ?? undefined}
      placeholder={t({ zh: "无", en: "None" })}
      aria-label={t({ zh: `「${unit.name}」的上级单位`, en: `The unit above "${unit.name}"` })}
      showSearch={{ optionFilterProp: "label" }}
      options={units
        .filter((u) => u.kind === "unit" && u.id !== unit.id)
        .map((u) => ({ value: u.id, label: u.name }))}
      onChange={(value: number | undefined) => void place(value ?? null)}
    />
  );
};
