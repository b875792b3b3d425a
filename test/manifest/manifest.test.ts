/**
 * Structural checks of manifest.xml that Office would otherwise only report when the
 * add-in fails to load: element order (the XSD uses xs:sequence everywhere), the shared
 * runtime wiring, resource ids, https URLs and requirement sets.
 * Each checker is also run against a deliberately broken manifest, so the checks are
 * known to be able to fail.
 */
import * as fs from "fs";
import * as path from "path";
import { XMLParser } from "fast-xml-parser";

const ROOT = path.resolve(__dirname, "../..");
const MANIFEST = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const DEV_BASE = "https://localhost:3000/";

// ---------------------------------------------------------------------------------------
// A small element tree on top of fast-xml-parser's preserveOrder output.

interface El {
  name: string;
  attrs: Record<string, string>;
  children: El[];
  text: string;
}

type OrderedNode = Record<string, unknown> & { ":@"?: Record<string, string> };

function toTree(nodes: OrderedNode[]): El[] {
  const out: El[] = [];
  for (const node of nodes) {
    const name = Object.keys(node).find((k) => k !== ":@");
    if (!name || name === "#text" || name === "?xml" || name === "#comment") continue;
    const kids = node[name] as OrderedNode[];
    const text = kids
      .filter((k) => "#text" in k)
      .map((k) => String(k["#text"]))
      .join("")
      .trim();
    const attrs: Record<string, string> = {};
    for (const [k, v] of Object.entries(node[":@"] ?? {})) attrs[k.replace(/^@_/, "")] = String(v);
    out.push({ name, attrs, children: toTree(kids), text });
  }
  return out;
}

function parse(xml: string): El {
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: "@_",
    parseAttributeValue: false,
    parseTagValue: false,
    trimValues: true,
  });
  const roots = toTree(parser.parse(xml) as OrderedNode[]);
  if (roots.length !== 1) throw new Error(`expected one root element, got ${roots.length}`);
  return roots[0];
}

function all(el: El, pred: (e: El) => boolean, acc: El[] = []): El[] {
  if (pred(el)) acc.push(el);
  for (const c of el.children) all(c, pred, acc);
  return acc;
}

function child(el: El, name: string): El {
  const found = el.children.filter((c) => c.name === name);
  if (found.length !== 1)
    throw new Error(`<${el.name}> has ${found.length} <${name}> children, expected 1`);
  return found[0];
}

function path1(el: El, ...names: string[]): El {
  return names.reduce((cur, n) => child(cur, n), el);
}

// ---------------------------------------------------------------------------------------
// Schema sequences (Office add-in manifest XSDs: OfficeAppManifest v1.1 TaskPaneApp and
// TaskPaneAppVersionOverrides v1.0). Children must appear in this order; names not listed
// are not allowed under that parent.

const SEQUENCES: Record<string, { order: string[]; required: string[] }> = {
  OfficeApp: {
    order: [
      "Id",
      "AlternateId",
      "Version",
      "ProviderName",
      "DefaultLocale",
      "DisplayName",
      "Description",
      "IconUrl",
      "HighResolutionIconUrl",
      "SupportUrl",
      "AppDomains",
      "Hosts",
      "Requirements",
      "DefaultSettings",
      "Permissions",
      "Dictionary",
      "VersionOverrides",
    ],
    required: [
      "Id",
      "Version",
      "ProviderName",
      "DefaultLocale",
      "DisplayName",
      "Description",
      "DefaultSettings",
      "Permissions",
    ],
  },
  VersionOverrides: {
    order: [
      "Description",
      "Requirements",
      "Hosts",
      "Resources",
      "WebApplicationInfo",
      "EquivalentAddins",
      "VersionOverrides",
    ],
    required: ["Hosts", "Resources"],
  },
  "VersionOverrides/Hosts/Host": {
    order: ["Runtimes", "AllFormFactors", "DesktopFormFactor"],
    required: [],
  },
  DesktopFormFactor: {
    order: ["GetStarted", "FunctionFile", "ExtensionPoint"],
    required: ["ExtensionPoint"],
  },
  GetStarted: {
    order: ["Title", "Description", "LearnMoreUrl"],
    required: ["Title", "Description", "LearnMoreUrl"],
  },
  "ExtensionPoint[CustomFunctions]": {
    order: ["Script", "Page", "Metadata", "Namespace"],
    required: ["Script", "Page", "Metadata", "Namespace"],
  },
  Group: { order: ["Label", "Icon", "Control"], required: ["Label", "Control"] },
  "Control[Button]": {
    order: ["Label", "Supertip", "Icon", "Action"],
    required: ["Label", "Supertip", "Icon", "Action"],
  },
  Supertip: { order: ["Title", "Description"], required: ["Title", "Description"] },
  "Action[ShowTaskpane]": {
    order: ["TaskpaneId", "SourceLocation", "Title"],
    required: ["SourceLocation"],
  },
  Resources: { order: ["bt:Images", "bt:Urls", "bt:ShortStrings", "bt:LongStrings"], required: [] },
};

/** Returns "a < b" style violations for one parent, empty when children follow the sequence. */
function sequenceViolations(
  parent: El,
  seq: { order: string[]; required: string[] },
  where: string
): string[] {
  const problems: string[] = [];
  let last = -1;
  for (const c of parent.children) {
    const i = seq.order.indexOf(c.name);
    if (i < 0) problems.push(`${where}: <${c.name}> is not allowed here`);
    else if (i < last) problems.push(`${where}: <${c.name}> must come before <${seq.order[last]}>`);
    else last = i;
  }
  for (const r of seq.required) {
    if (!parent.children.some((c) => c.name === r))
      problems.push(`${where}: required <${r}> is missing`);
  }
  return problems;
}

function orderViolations(root: El): string[] {
  const problems: string[] = [];
  problems.push(...sequenceViolations(root, SEQUENCES.OfficeApp, "OfficeApp"));
  const vo = root.children.find((c) => c.name === "VersionOverrides");
  if (vo) {
    problems.push(...sequenceViolations(vo, SEQUENCES.VersionOverrides, "VersionOverrides"));
    for (const hosts of vo.children.filter((c) => c.name === "Hosts")) {
      for (const host of hosts.children) {
        problems.push(
          ...sequenceViolations(host, SEQUENCES["VersionOverrides/Hosts/Host"], "Host")
        );
      }
    }
    const byType = (name: string, type: string) =>
      all(vo, (e) => e.name === name && e.attrs["xsi:type"] === type);
    for (const e of all(vo, (x) => x.name === "DesktopFormFactor"))
      problems.push(...sequenceViolations(e, SEQUENCES.DesktopFormFactor, "DesktopFormFactor"));
    for (const e of all(vo, (x) => x.name === "GetStarted"))
      problems.push(...sequenceViolations(e, SEQUENCES.GetStarted, "GetStarted"));
    for (const e of byType("ExtensionPoint", "CustomFunctions"))
      problems.push(
        ...sequenceViolations(e, SEQUENCES["ExtensionPoint[CustomFunctions]"], "CustomFunctions")
      );
    for (const e of all(vo, (x) => x.name === "Group"))
      problems.push(...sequenceViolations(e, SEQUENCES.Group, "Group"));
    for (const e of byType("Control", "Button"))
      problems.push(...sequenceViolations(e, SEQUENCES["Control[Button]"], "Button"));
    for (const e of all(vo, (x) => x.name === "Supertip"))
      problems.push(...sequenceViolations(e, SEQUENCES.Supertip, "Supertip"));
    for (const e of byType("Action", "ShowTaskpane"))
      problems.push(...sequenceViolations(e, SEQUENCES["Action[ShowTaskpane]"], "ShowTaskpane"));
    for (const e of all(vo, (x) => x.name === "Resources"))
      problems.push(...sequenceViolations(e, SEQUENCES.Resources, "Resources"));
  }
  return problems;
}

// ---------------------------------------------------------------------------------------
// Resources and resource ids.

type ResourceKind = "bt:Images" | "bt:Urls" | "bt:ShortStrings" | "bt:LongStrings";

interface Resource {
  kind: ResourceKind;
  value: string;
  overrides: Record<string, string>;
}

function resources(root: El): Map<string, Resource> {
  const res = path1(root, "VersionOverrides", "Resources");
  const map = new Map<string, Resource>();
  for (const group of res.children) {
    for (const item of group.children) {
      const id = item.attrs.id;
      if (map.has(id)) throw new Error(`resource id "${id}" is defined twice`);
      const overrides: Record<string, string> = {};
      for (const o of item.children.filter((c) => c.name === "bt:Override"))
        overrides[o.attrs.Locale] = o.attrs.Value;
      map.set(id, { kind: group.name as ResourceKind, value: item.attrs.DefaultValue, overrides });
    }
  }
  return map;
}

/** The resource kind each referencing element needs. */
function expectedKind(el: El, parent: El | undefined): ResourceKind {
  if (el.name === "bt:Image") return "bt:Images";
  if (["SourceLocation", "FunctionFile", "LearnMoreUrl", "Runtime"].includes(el.name))
    return "bt:Urls";
  if (el.name === "Description") return "bt:LongStrings";
  if (["Label", "Title", "Namespace"].includes(el.name)) return "bt:ShortStrings";
  throw new Error(`unexpected resid on <${el.name}> under <${parent?.name}>`);
}

function residViolations(root: El): string[] {
  const problems: string[] = [];
  let defined: Map<string, Resource>;
  try {
    defined = resources(root);
  } catch (e) {
    return [(e as Error).message];
  }
  const used = new Set<string>();
  const walk = (el: El, parent?: El) => {
    if (el.attrs.resid !== undefined) {
      const id = el.attrs.resid;
      used.add(id);
      const res = defined.get(id);
      if (!res) problems.push(`<${el.name} resid="${id}"> refers to an undefined resource`);
      else if (res.kind !== expectedKind(el, parent))
        problems.push(
          `<${el.name} resid="${id}"> needs ${expectedKind(el, parent)}, found ${res.kind}`
        );
      if (id.length > 32) problems.push(`resid "${id}" is longer than 32 characters`);
    }
    for (const c of el.children) walk(c, el);
  };
  walk(root);
  for (const id of defined.keys())
    if (!used.has(id)) problems.push(`resource "${id}" is defined but never used`);
  return problems;
}

/** Every absolute URL in attribute values or text (namespace declarations excluded). */
function urls(root: El): string[] {
  const found: string[] = [];
  const walk = (el: El) => {
    for (const [k, v] of Object.entries(el.attrs)) {
      if (k === "xmlns" || k.startsWith("xmlns:")) continue;
      if (/^[a-z][a-z0-9+.-]*:\/\//i.test(v.trim())) found.push(v.trim());
    }
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(el.text)) found.push(el.text);
    el.children.forEach(walk);
  };
  walk(root);
  return found;
}

// ---------------------------------------------------------------------------------------

const root = parse(MANIFEST);
const res = resources(root);
const vo = path1(root, "VersionOverrides");
const host = path1(vo, "Hosts", "Host");

function str(id: string): string {
  const r = res.get(id);
  if (!r) throw new Error(`no resource ${id}`);
  return r.value;
}

describe("manifest.xml basics", () => {
  test("is an Excel-only TaskPaneApp in the 1.1 namespace", () => {
    expect(root.name).toBe("OfficeApp");
    expect(root.attrs.xmlns).toBe("http://schemas.microsoft.com/office/appforoffice/1.1");
    expect(root.attrs["xsi:type"]).toBe("TaskPaneApp");
    const hosts = path1(root, "Hosts").children.map((h) => h.attrs.Name);
    expect(hosts).toEqual(["Workbook"]);
    expect(path1(vo, "Hosts").children.map((h) => h.attrs["xsi:type"])).toEqual(["Workbook"]);
    expect(vo.attrs.xmlns).toBe("http://schemas.microsoft.com/office/taskpaneappversionoverrides");
    expect(vo.attrs["xsi:type"]).toBe("VersionOverridesV1_0");
  });

  test("has a fixed GUID, a four-part version and Dutch default locale with en-US overrides", () => {
    expect(path1(root, "Id").text).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/
    );
    expect(path1(root, "Version").text).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(path1(root, "DefaultLocale").text).toBe("nl-NL");
    const name = path1(root, "DisplayName");
    expect(name.attrs.DefaultValue).toBe("Woondeal-toets");
    for (const el of [name, path1(root, "Description")]) {
      const locales = el.children.filter((c) => c.name === "Override").map((c) => c.attrs.Locale);
      expect(locales).toContain("en-US");
    }
    // Every user-visible string resource (not the namespace) has an English override.
    for (const [id, r] of res) {
      if (
        (r.kind === "bt:ShortStrings" || r.kind === "bt:LongStrings") &&
        id !== "Functions.Namespace"
      ) {
        expect([id, Object.keys(r.overrides)]).toEqual([id, ["en-US"]]);
      }
    }
  });

  test("string resources respect the schema length limits", () => {
    for (const [id, r] of res) {
      const limit = r.kind === "bt:ShortStrings" ? 125 : r.kind === "bt:LongStrings" ? 250 : 2048;
      for (const v of [r.value, ...Object.values(r.overrides)])
        expect([id, v.length <= limit]).toEqual([id, true]);
    }
  });

  test("requires ExcelApi 1.9 (RangeAreas for the marks), SharedRuntime 1.1 and CustomFunctionsRuntime 1.2 (CustomFunctions.Error with a message)", () => {
    const sets = path1(root, "Requirements", "Sets");
    const declared = Object.fromEntries(
      sets.children.map((s) => [s.attrs.Name, s.attrs.MinVersion ?? sets.attrs.DefaultMinVersion])
    );
    expect(declared).toEqual({
      ExcelApi: "1.9",
      SharedRuntime: "1.1",
      CustomFunctionsRuntime: "1.2",
    });
  });

  test("no Office.js code needs a newer ExcelApi than the manifest declares, unless it checks", () => {
    // Every src/excel module names the requirement sets it uses ("ExcelApi 1.x"); a set
    // above the declared minimum must come with an isSetSupported check or be a property
    // that older hosts simply leave out (triggerSource).
    const dir = path.join(ROOT, "src", "excel");
    const boven: string[] = [];
    for (const f of fs.readdirSync(dir)) {
      const tekst = fs.readFileSync(path.join(dir, f), "utf8");
      for (const m of tekst.matchAll(/ExcelApi (1\.(\d+))/g)) {
        if (Number(m[2]) <= 9) continue;
        const regel = tekst.slice(
          tekst.lastIndexOf("\n", m.index) + 1,
          tekst.indexOf("\n", m.index)
        );
        if (!/triggerSource|isSetSupported/.test(regel + tekst.slice(m.index, m.index + 300)))
          boven.push(`${f}: ${regel.trim()}`);
      }
    }
    expect(boven).toEqual([]);
  });
});

describe("element order follows the Office manifest schema", () => {
  test("OfficeApp and VersionOverrides children are in schema order", () => {
    expect(orderViolations(root)).toEqual([]);
  });

  test("the order check detects a swapped element", () => {
    const broken = MANIFEST.replace(
      /(<Hosts>\s*<Host Name="Workbook"\/>\s*<\/Hosts>)(\s*)(<Requirements>[\s\S]*?<\/Requirements>)/,
      "$3$2$1"
    );
    expect(broken).not.toBe(MANIFEST);
    expect(orderViolations(parse(broken))).toContain(
      "OfficeApp: <Hosts> must come before <Requirements>"
    );
  });

  test("the order check detects a misplaced <Runtimes>", () => {
    const withoutRuntimes = MANIFEST.replace(/\s*<Runtimes>[\s\S]*?<\/Runtimes>/, "");
    const broken = withoutRuntimes.replace(
      "</DesktopFormFactor>",
      '</DesktopFormFactor><Runtimes><Runtime resid="Taskpane.Url" lifetime="long"/></Runtimes>'
    );
    expect(orderViolations(parse(broken))).toContain(
      "Host: <Runtimes> must come before <DesktopFormFactor>"
    );
  });
});

describe("shared runtime", () => {
  const runtimes = path1(host, "Runtimes").children;

  test("declares exactly one long-lived runtime", () => {
    expect(runtimes).toHaveLength(1);
    expect(runtimes[0].name).toBe("Runtime");
    expect(runtimes[0].attrs.lifetime).toBe("long");
  });

  test("page, custom functions, function file and task pane action all use the runtime's resid", () => {
    const rid = runtimes[0].attrs.resid;
    const cf = all(
      host,
      (e) => e.name === "ExtensionPoint" && e.attrs["xsi:type"] === "CustomFunctions"
    );
    expect(cf).toHaveLength(1);
    expect(path1(cf[0], "Page", "SourceLocation").attrs.resid).toBe(rid);
    expect(path1(host, "DesktopFormFactor", "FunctionFile").attrs.resid).toBe(rid);
    const actions = all(host, (e) => e.name === "Action");
    expect(actions.length).toBeGreaterThan(0);
    for (const a of actions) {
      expect(a.attrs["xsi:type"]).toBe("ShowTaskpane");
      expect(path1(a, "SourceLocation").attrs.resid).toBe(rid);
    }
    // The runtime page is the task pane page, which is also the base DefaultSettings page.
    expect(str(rid)).toBe(`${DEV_BASE}taskpane.html`);
    expect(path1(root, "DefaultSettings", "SourceLocation").attrs.DefaultValue).toBe(str(rid));
  });

  test("custom functions use namespace WOONDEAL and the generated metadata", () => {
    const cf = all(
      host,
      (e) => e.name === "ExtensionPoint" && e.attrs["xsi:type"] === "CustomFunctions"
    )[0];
    expect(str(path1(cf, "Namespace").attrs.resid)).toBe("WOONDEAL");
    const metadataId = path1(cf, "Metadata", "SourceLocation").attrs.resid;
    // Dutch metadata by default (nl-NL), the English original for English Office.
    expect(str(metadataId)).toBe(`${DEV_BASE}functions.json`);
    expect(res.get(metadataId)?.overrides).toEqual({ "en-US": `${DEV_BASE}functions-en.json` });
    expect(str(path1(cf, "Script", "SourceLocation").attrs.resid)).toBe(`${DEV_BASE}functions.js`);
  });
});

describe("ribbon", () => {
  test('has a "Woondeal" button on the Home tab that opens the task pane', () => {
    const surface = all(
      host,
      (e) => e.name === "ExtensionPoint" && e.attrs["xsi:type"] === "PrimaryCommandSurface"
    );
    expect(surface).toHaveLength(1);
    const tab = path1(surface[0], "OfficeTab");
    expect(tab.attrs.id).toBe("TabHome");
    const buttons = all(tab, (e) => e.name === "Control" && e.attrs["xsi:type"] === "Button");
    expect(buttons).toHaveLength(1);
    expect(str(path1(buttons[0], "Label").attrs.resid)).toBe("Woondeal");
    expect(path1(buttons[0], "Action").attrs["xsi:type"]).toBe("ShowTaskpane");
  });
});

describe("resources and URLs", () => {
  test("every resid is defined, of the right kind, and every resource is used", () => {
    expect(residViolations(root)).toEqual([]);
  });

  test("the resid check detects an undefined resource", () => {
    const broken = MANIFEST.replace(/<bt:Url id="Functions.Script.Url"[^>]*\/>/, "");
    expect(broken).not.toBe(MANIFEST);
    expect(residViolations(parse(broken))).toContain(
      '<SourceLocation resid="Functions.Script.Url"> refers to an undefined resource'
    );
  });

  test("every URL is https on the development server", () => {
    const found = urls(root);
    expect(found.length).toBeGreaterThanOrEqual(10);
    for (const u of found) {
      expect(new URL(u).protocol).toBe("https:");
      expect(u.startsWith(DEV_BASE)).toBe(true);
    }
    const broken = MANIFEST.replace(
      `${DEV_BASE}functions.json`,
      "http://localhost:3000/functions.json"
    );
    expect(urls(parse(broken)).filter((u) => !u.startsWith("https://"))).toEqual([
      "http://localhost:3000/functions.json",
    ]);
  });

  test("every icon URL points to a PNG in assets/ of the declared size", () => {
    const icons: Array<[string, number | null]> = [
      [path1(root, "IconUrl").attrs.DefaultValue, 32],
      [path1(root, "HighResolutionIconUrl").attrs.DefaultValue, 64],
    ];
    for (const [, r] of res) if (r.kind === "bt:Images") icons.push([r.value, null]);
    for (const img of all(vo, (e) => e.name === "bt:Image" && e.attrs.resid !== undefined)) {
      icons.push([str(img.attrs.resid), Number(img.attrs.size)]);
    }
    for (const [url, size] of icons) {
      const rel = url.slice(DEV_BASE.length);
      expect(rel).toMatch(/^assets\/icon-\d+\.png$/);
      const png = fs.readFileSync(path.join(ROOT, rel));
      expect(png.subarray(1, 4).toString("ascii")).toBe("PNG");
      const width = png.readUInt32BE(16);
      const height = png.readUInt32BE(20);
      expect(width).toBe(height);
      expect(rel).toBe(`assets/icon-${width}.png`);
      if (size !== null) expect(width).toBe(size);
    }
  });
});
