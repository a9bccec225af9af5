import { Form, Modal } from "antd";
import type { ReactNode } from "react";
import { ErrorAlert } from "../common/ErrorAlert.js";
import type { ServerForm } from "../admin/use-server-form.js";

/** A dialog of one server form, laid out vertically: OK submits it, the server's refusal stands above it. */
export const FormModal = <Values,>({
  open,
  title,
  okText,
  server,
  initialValues,
  onFinish,
  testId,
  onClose,
  children,
}: {
  open: boolean;
  title: string;
  okText: string;
  server: ServerForm<Values>;
  initialValues: Partial<Values>;
  onFinish: (values: Values) => void;
  testId: string;
  onClose: () => void;
  children: ReactNode;
}) => (
  <Modal
    open={open}
    title={title}
    okText={okText}
    confirmLoading={server.busy}
    onOk={() => {
      server.form.submit();
    }}
    onCancel={onClose}
    afterClose={server.clearError}
    destroyOnHidden
  >
    <ErrorAlert error={server.error} />
    <Form<Values>
      form={server.form}
      layout="vertical"
      initialValues={initialValues}
      onFinish={onFinish}
      data-testid={testId}
    >
      {children}
    </Form>
  </Modal>
);
