import QRCode from "qrcode";

/**
 * A QR code as an SVG data URL, drawn here rather than in the browser: the
 * web bundle stays as it was, and the page's content security policy
 * already allows data: images.
 */
export const qrCodeDataUrl = async (text: string): Promise<string> => {
  const svg = await QRCode.toString(text, { type: "svg", margin: 2, errorCorrectionLevel: "M" });
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`;
};
