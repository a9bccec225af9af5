import { SearchOutlined } from "@ant-design/icons";
import { AutoComplete, Button, Grid, Input, Switch, type InputRef } from "antd";
import { useRef, useState } from "react";
import { useNavigate } from "react-router";
import { useLanguage } from "../i18n.js";
import { usePlan } from "../plan-context.js";
import { resultOptions } from "./result-options.js";
import { targetOf } from "./search-target.js";
import { useSearch } from "./use-search.js";
import { useSlashFocus } from "./use-slash-focus.js";

/**
 * The list never scrolls itself: a region scrolls it, which keyboard users
 * can reach (axe's scrollable-region-focusable), so the list is as high as it needs.
 */
const RESULTS_AT_MOST_PX = 100_000;

const BOX_STYLE = { display: "flex", alignItems: "center", gap: 8, minWidth: 0 } as const;

/**
 * The header's search box: results as you type, grouped by kind, over the
 * chosen plan or (switched) every plan the user may see. Arrows and Enter
 * open a result, Esc closes the list, "/" anywhere else comes here. On a
 * phone it is an icon until opened.
 */
export const SearchBox = () => {
  const { t } = useLanguage();
  const { plan, choose } = usePlan();
  const navigate = useNavigate();
  const phone = Grid.useBreakpoint().md !== true;
  const [text, setText] = useState("");
  const [open, setOpen] = useState(false);
  const [allPlans, setAllPlans] = useState(false);
  const [expanded, setExpanded] = useState(false);
  const input = useRef<InputRef>(null);
  const region = useRef<HTMLDivElement>(null);
  const search = useSearch(text, allPlans ? null : (plan?.id ?? null));
  const { options, hitOf } = resultOptions(search.results, t);
  useSlashFocus(() => {
    setExpanded(true);
    // On a phone the box appears with this render: focus it once it is there.
    setTimeout(() => input.current?.focus(), 0);
  });

  const label = t({ zh: "搜索", en: "Search" });
  if (phone && !expanded)
    return (
      <Button
        type="text"
        icon={<SearchOutlined style={{ color: "#fff" }} />}
        aria-label={label}
        onClick={() => {
          setExpanded(true);
        }}
      />
    );
  const typed = text.trim() !== "";
  return (
    <div
      role="search"
      style={{ ...BOX_STYLE, flex: phone ? "1 1 100%" : "0 1 340px" }}
      onBlur={(event) => {
        // An empty box folds back into its icon once focus leaves it and its switch.
        if (phone && !typed && !event.currentTarget.contains(event.relatedTarget))
          setExpanded(false);
      }}
    >
      <AutoComplete
        style={{ flex: "1 1 auto", minWidth: 0 }}
        value={text}
        options={options}
        open={open && typed}
        onOpenChange={setOpen}
        showSearch={{
          onSearch: (value) => {
            setText(value);
            setOpen(true);
          },
        }}
        defaultActiveFirstOption
        // Every result in the page (at most 64), scrolled by the region below, not by the list.
        virtual={false}
        listHeight={RESULTS_AT_MOST_PX}
        popupRender={(list) => (
          <div
            ref={region}
            role="region"
            tabIndex={0}
            aria-label={t({ zh: "搜索结果", en: "Search results" })}
            style={{ maxHeight: phone ? 320 : 480, overflowY: "auto" }}
          >
            {list}
          </div>
        )}
        onActive={() => {
          // The arrows move the active result: keep it in sight in the region.
          requestAnimationFrame(() => {
            region.current
              ?.querySelector(".ant-select-item-option-active")
              ?.scrollIntoView({ block: "nearest" });
          });
        }}
        popupMatchSelectWidth={phone ? true : 440}
        notFoundContent={
          typed && !search.loading && search.answered === text.trim()
            ? search.error === undefined
              ? t({ zh: "没有找到", en: "Nothing found" })
              : t({ zh: "搜索失败，请重试", en: "Search failed, please try again" })
            : null
        }
        onSelect={(value: string) => {
          const hit = hitOf(value);
          const target = hit === undefined ? null : targetOf(hit);
          if (hit === undefined || target === null) return;
          if (hit.plan !== null && hit.plan.id !== plan?.id) choose(hit.plan.id);
          setOpen(false);
          setExpanded(false);
          input.current?.blur();
          void navigate(target);
        }}
      >
        <Input
          ref={input}
          allowClear
          autoFocus={phone}
          prefix={<SearchOutlined aria-hidden />}
          placeholder={t({ zh: "搜索（按 / ）", en: "Search (press /)" })}
          aria-label={
            allPlans
              ? t({ zh: "搜索全部计划", en: "Search all plans" })
              : t({ zh: "搜索本计划", en: "Search this plan" })
          }
        />
      </AutoComplete>
      <Switch
        checked={allPlans}
        onChange={setAllPlans}
        checkedChildren={t({ zh: "全部计划", en: "All plans" })}
        unCheckedChildren={t({ zh: "本计划", en: "This plan" })}
        aria-label={t({ zh: "搜索全部计划", en: "Search all plans" })}
      />
    </div>
  );
};
