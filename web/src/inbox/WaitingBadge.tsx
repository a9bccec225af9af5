import { Badge, type BadgeProps } from "antd";

/** Red while something waits, grey at zero: both dark enough for white digits (WCAG AA). */
export const WaitingBadge = (props: BadgeProps & { readonly count: number }) => (
  <Badge {...props} color={props.count > 0 ? "#cf1322" : "#595959"} />
);
