import { describe, expect, it } from "vitest";
import { publicUrlFromEnv } from "../../src/server/server-settings.js";

describe("DUBAN_PUBLIC_URL", () => {
  it("is kept without its final slash, and absent when unset", () => {
    expect(publicUrlFromEnv({ DUBAN_PUBLIC_URL: "https://duban.example.gov.cn/" })).toBe(
      "https://duban.example.gov.cn",
    );
    expect(publicUrlFromEnv({ DUBAN_PUBLIC_URL: " http://10.1.2.3:8080/duban/ " })).toBe(
      "http://10.1.2.3:8080/duban",
    );
    expect(publicUrlFromEnv({})).toBeUndefined();
    expect(publicUrlFromEnv({ DUBAN_PUBLIC_URL: "" })).toBeUndefined();
  });

  it("stops the start with a message for what cannot be a web app's address", () => {
    expect(() => publicUrlFromEnv({ DUBAN_PUBLIC_URL: "duban.example.gov.cn" })).toThrow(
      /DUBAN_PUBLIC_URL is not a valid URL/,
    );
    expect(() => publicUrlFromEnv({ DUBAN_PUBLIC_URL: "ftp://duban.example.gov.cn" })).toThrow(
      /must start with http:\/\/ or https:\/\//,
    );
    expect(() => publicUrlFromEnv({ DUBAN_PUBLIC_URL: "https://a.example/?x=1" })).toThrow(
      /must not carry a query/,
    );
  });
});
