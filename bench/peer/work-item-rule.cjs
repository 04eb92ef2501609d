// A Work Item rule for markdownlint, as a team that lints its Work Items with markdownlint-cli2
// would write one: the frontmatter must parse as YAML (js-yaml) and carry the keys a Work Item
// needs, with values of the right shape. It is the peer tamer-lint is timed against.
"use strict";

const yaml = require("js-yaml");

const statuses = new Set(["draft", "ready", "in_progress", "review", "done", "blocked"]);
const knownKeys = new Set([
  "id", "title", "status", "scope", "acceptance_criteria", "invariants", "depends_on", "non_goals",
  "accepted_failures", "estimate", "suppress", "owner", "priority", "deadline", "labels",
]);
const idShape = /^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$/;
const criteriaHeading = /^#{1,6}\s+acceptance[\s_-]*criteria:?\s*$/im;

const isList = (value) => Array.isArray(value) && value.every((item) => typeof item === "string");

module.exports = {
  names: ["work-item-frontmatter"],
  description: "Work Item frontmatter: id, title, status, scope and acceptance criteria",
  tags: ["work-item"],
  parser: "none",
  function: (params, onError) => {
    const lines = params.frontMatterLines;
    if (lines.length === 0) {
      onError({ lineNumber: 1, detail: "no YAML frontmatter" });
      return;
    }

    const lineOf = (key) => {
      const index = lines.findIndex((line) => line.startsWith(key + ":"));
      return index < 0 ? 1 : index + 1;
    };
    let data;
    try {
      data = yaml.load(lines.slice(1, -1).join("\n"));
    } catch (error) {
      onError({ lineNumber: error.mark ? error.mark.line + 2 : 1, detail: "invalid YAML: " + error.reason });
      return;
    }

    if (data === null || typeof data !== "object" || Array.isArray(data)) {
      onError({ lineNumber: 1, detail: "the frontmatter is not a mapping" });
      return;
    }

    for (const key of Object.keys(data)) {
      if (!knownKeys.has(key)) {
        onError({ lineNumber: lineOf(key), detail: "unknown key '" + key + "'" });
      }
    }

    if (typeof data.id !== "string" || !idShape.test(data.id)) {
      onError({ lineNumber: lineOf("id"), detail: "id is missing or malformed" });
    }

    if (typeof data.title !== "string" || data.title.trim() === "") {
      onError({ lineNumber: lineOf("title"), detail: "title is missing" });
    }

    if (data.status !== undefined && !statuses.has(data.status)) {
      onError({ lineNumber: lineOf("status"), detail: "unknown status '" + data.status + "'" });
    }

    const scope = data.scope;
    if (scope === undefined || scope === null) {
      onError({ lineNumber: 1, detail: "scope is missing" });
    } else if (Array.isArray(scope)) {
      onError({ lineNumber: lineOf("scope"), detail: "legacy scope: use write, read_only, forbidden and extend_scope" });
    } else {
      if (!isList(scope.write) || scope.write.length === 0) {
        onError({ lineNumber: lineOf("scope"), detail: "scope.write is missing or empty" });
      }

      for (const list of ["read_only", "forbidden"]) {
        if (!isList(scope[list])) {
          onError({ lineNumber: lineOf("scope"), detail: "scope." + list + " is missing" });
        }
      }

      if (scope.extend_scope !== false) {
        onError({ lineNumber: lineOf("scope"), detail: "scope.extend_scope must be false" });
      }
    }

    const criteria = data.acceptance_criteria;
    const inBody = criteriaHeading.test(params.lines.join("\n"));
    if (criteria === undefined ? !inBody : !Array.isArray(criteria) || criteria.length === 0) {
      onError({ lineNumber: criteria === undefined ? 1 : lineOf("acceptance_criteria"), detail: "no acceptance criteria" });
    }

    if (data.depends_on !== undefined && !isList(data.depends_on)) {
      onError({ lineNumber: lineOf("depends_on"), detail: "depends_on must be a list of ids" });
    }
  },
};
