import { ArrowLeftOutlined } from "@ant-design/icons";
import { Alert, App, Card, Col, Flex, Row, Spin, Typography } from "antd";
import { useCallback } from "react";
import { Link, useParams } from "react-router";
import { ApiFailure, type Schema } from "../api.js";
import { CarriedFromNote } from "../next-year/CarriedFromNote.js";
import { useLanguage } from "../i18n.js";
import { isOffice, useSession } from "../session.js";
import { ErrorAlert } from "../common/ErrorAlert.js";
import { useApi } from "../common/use-api.js";
import { AcknowledgeButton } from "./AcknowledgeButton.js";
import { InstructionsPanel } from "./InstructionsPanel.js";
import { IssueLinkButton } from "./IssueLinkButton.js";
import type { MilestoneHistory } from "./ledger-entry.js";
import { MilestoneActions } from "./MilestoneActions.js";
import { MilestoneFacts } from "./MilestoneFacts.js";
import { MilestoneHistoryTimeline } from "./MilestoneHistoryTimeline.js";
import { MilestoneNotFound } from "./MilestoneNotFound.js";
import { NoticesPanel } from "./NoticesPanel.js";
import { ParentMilestoneNote } from "./ParentMilestoneNote.js";
import { SubPlanPanel } from "./SubPlanPanel.js";

type MilestoneDetail = Schema<"MilestoneDetail">;

/** 404 (another unit's, or none) and 400 (not an id) both mean: nothing here for this user. */
const isMissing = (error: Error | undefined): boolean =>
  error instanceof ApiFailure && [400, 404].includes(error.body.error.status);

/** Still loading, or the reason it could not be. */
const Pending = ({ error }: { error: Error | undefined }) =>
  error === undefined ? <Spin /> : <ErrorAlert error={error} />;

const MilestoneScreen = ({ id }: { id: string }) => {
  const { t } = useLanguage();
  const { session } = useSession();
  const loaded = useApi<MilestoneDetail>(`/api/milestones/${id}`);
  const history = useApi<MilestoneHistory>(`/api/milestones/${id}/history`);
  const { reload: reloadMilestone } = loaded;
  const { reload: reloadHistory } = history;
  const reload = useCallback(() => {
    reloadMilestone();
    reloadHistory();
  }, [reloadMilestone, reloadHistory]);
  if (isMissing(loaded.error)) return <MilestoneNotFound />;
  if (loaded.error !== undefined) return <ErrorAlert error={loaded.error} />;
  const milestone = loaded.data;
  if (milestone === undefined) return <Spin />;
  const heading = `${milestone.task.label}${milestone.seq === null ? "" : `（${String(milestone.seq)}）`}`;
  // A milestone a revision removed is shown as it stood, with its history, and takes no action.
  const removedIn = milestone.removedInRevision;
  return (
    <>
      <Flex align="center" gap={12} wrap style={{ marginBottom: 12 }}>
        <Link to={isOffice(session) ? "/plan" : "/my-unit"}>
          <ArrowLeftOutlined />{" "}
          {isOffice(session)
            ? t({ zh: "计划总表", en: "Plan table" })
            : t({ zh: "本单位", en: "My unit" })}
        </Link>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t({ zh: "节点计划", en: "Milestone" })} {heading}
        </Typography.Title>
      </Flex>
      <CarriedFromNote from={milestone.carriedFrom} />
      <ParentMilestoneNote milestone={milestone} />
      {removedIn !== null && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={t({
            zh: `该节点计划已在计划第 ${String(removedIn)} 版中删除：以下为删除前的内容和记录，仅供查看`,
            en: `Removed in revision ${String(removedIn)} of the plan: shown as it stood, with its records, read only`,
          })}
        />
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Flex vertical gap={16}>
            <Card
              size="small"
              title={t({ zh: "基本情况", en: "Details" })}
              extra={
                milestone.can.acknowledge &&
                removedIn === null && <AcknowledgeButton milestone={milestone} reload={reload} />
              }
            >
              <MilestoneFacts milestone={milestone} />
            </Card>
            {removedIn === null && <SubPlanPanel milestone={milestone} />}
            {removedIn === null && (
              <Card
                size="small"
                title={t({ zh: "办理", en: "Act" })}
                extra={milestone.can.issueLink && <IssueLinkButton milestone={milestone} />}
              >
                {history.data === undefined ? (
                  <Pending error={history.error} />
                ) : (
                  <MilestoneActions milestone={milestone} history={history.data} reload={reload} />
                )}
              </Card>
            )}
          </Flex>
        </Col>
        <Col xs={24} xl={10}>
          <Flex vertical gap={16}>
            <Card size="small" title={t({ zh: "督办通知单", en: "Supervision notices" })}>
              <NoticesPanel milestone={milestone} reload={reload} />
            </Card>
            <Card size="small" title={t({ zh: "领导批示", en: "Leaders' instructions" })}>
              <InstructionsPanel milestone={milestone} />
            </Card>
            <Card size="small" title={t({ zh: "历史（最新在前）", en: "History (newest first)" })}>
              {history.data === undefined ? (
                <Pending error={history.error} />
              ) : (
                <MilestoneHistoryTimeline milestone={milestone} history={history.data} />
              )}
            </Card>
          </Flex>
        </Col>
      </Row>
    </>
  );
};

/** /milestones/:id — one milestone: its facts, what the unit can do on it, instructions and history. */
export const MilestonePage = () => {
  const { id } = useParams();
  return (
    <App component={false}>
      {id !== undefined && /^[1-9]\d{0,9}$/.test(id) ? (
        <MilestoneScreen key={id} id={id} />
      ) : (
        <MilestoneNotFound />
      )}
    </App>
  );
};
