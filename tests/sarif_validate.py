#!/usr/bin/env python3
"""sarif_validate.py — checks that a SARIF file has the structure SARIF 2.1.0
requires and GitHub code scanning reads, with the standard library only.

It checks the properties molt emits and the ones GitHub needs (from the
SARIF 2.1.0 schema and GitHub's "SARIF support for code scanning"): their
presence, JSON types and allowed values, that objects carry no property the
schema does not define (a misspelt key is otherwise silently ignored by
GitHub), that ruleIndex points at the rule named by ruleId, that URIs are
well-formed, and GitHub's upload limits.

usage: sarif_validate.py FILE.sarif     (exit 0 valid, 1 invalid)
As a module: validate(doc) returns a list of problems (empty when valid).
"""
import json
import re
import sys
from urllib.parse import urlsplit

LEVELS = {"none", "note", "warning", "error"}
COLUMN_KINDS = {"utf16CodeUnits", "unicodeCodePoints"}

# Properties the SARIF 2.1.0 schema defines for each object molt emits (the
# objects are closed: "additionalProperties": false).
ALLOWED = {
    "log": {"$schema", "version", "runs", "inlineExternalProperties", "properties"},
    "run": {"tool", "invocations", "conversion", "language", "versionControlProvenance", "originalUriBaseIds",
            "artifacts", "logicalLocations", "graphs", "results", "automationDetails", "runAggregates",
            "baselineGuid", "redactionTokens", "defaultEncoding", "defaultSourceLanguage", "newlineSequences",
            "columnKind", "externalPropertyFileReferences", "threadFlowLocations", "taxonomies", "addresses",
            "translations", "policies", "webRequests", "webResponses", "specialLocations", "properties"},
    "tool": {"driver", "extensions", "properties"},
    "driver": {"guid", "name", "product", "productSuite", "shortDescription", "fullDescription",
               "fullName", "version", "semanticVersion", "dottedQuadFileVersion", "releaseDateUtc", "downloadUri",
               "informationUri", "organization", "globalMessageStrings", "notifications", "rules", "taxa",
               "locations", "language", "contents", "isComprehensive", "localizedDataSemanticVersion",
               "minimumRequiredLocalizedDataSemanticVersion", "associatedComponent", "translationMetadata",
               "supportedTaxonomies", "properties"},
    "rule": {"id", "deprecatedIds", "guid", "deprecatedGuids", "name", "deprecatedNames", "shortDescription",
             "fullDescription", "messageStrings", "defaultConfiguration", "helpUri", "help", "relationships",
             "properties"},
    "multiformatMessageString": {"text", "markdown", "properties"},
    "configuration": {"enabled", "level", "rank", "parameters", "properties"},
    "result": {"ruleId", "ruleIndex", "rule", "kind", "level", "message", "analysisTarget", "locations", "guid",
               "correlationGuid", "occurrenceCount", "partialFingerprints", "fingerprints", "stacks", "codeFlows",
               "graphs", "graphTraversals", "relatedLocations", "suppressions", "baselineState", "rank",
               "attachments", "hostedViewerUri", "workItemUris", "provenance", "fixes", "taxa",
               "webRequest", "webResponse", "properties"},
    "message": {"text", "markdown", "id", "arguments", "properties"},
    "location": {"id", "physicalLocation", "logicalLocations", "message", "annotations", "relationships",
                 "properties"},
    "physicalLocation": {"address", "artifactLocation", "region", "contextRegion", "properties"},
    "artifactLocation": {"uri", "uriBaseId", "index", "description", "properties"},
    "region": {"startLine", "startColumn", "endLine", "endColumn", "charOffset", "charLength", "byteOffset",
               "byteLength", "snippet", "message", "sourceLanguage", "properties"},
}

# GitHub code scanning's limits on one upload.
MAX_RUNS, MAX_RESULTS, MAX_RULES, MAX_TAGS, MAX_LOCATIONS = 20, 25000, 25000, 20, 1000


class Checker:
    def __init__(self):
        self.problems = []

    def fail(self, where, what):
        self.problems.append("%s: %s" % (where, what))

    def obj(self, value, where, kind):
        """Is value an object with only the properties `kind` allows?"""
        if not isinstance(value, dict):
            self.fail(where, "expected an object, found %s" % type(value).__name__)
            return False
        for key in value:
            if key not in ALLOWED[kind]:
                self.fail(where, "property %r is not defined for a SARIF %s object" % (key, kind))
        return True

    def required(self, o, key, where, types, what=None):
        """o[key] must exist and have one of the types; returns it or None."""
        if key not in o:
            self.fail(where, "required property %r is missing" % key)
            return None
        return self.typed(o, key, where, types, what)

    def typed(self, o, key, where, types, what=None):
        value = o.get(key)
        if key in o and (not isinstance(value, types) or (isinstance(value, bool) and bool not in _tuple(types))):
            self.fail("%s.%s" % (where, key), "expected %s, found %r" % (what or _names(types), value))
            return None
        return value

    def integer(self, o, key, where, minimum, required=False):
        if key not in o:
            if required:
                self.fail(where, "required property %r is missing" % key)
            return None
        v = o[key]
        if not isinstance(v, int) or isinstance(v, bool) or v < minimum:
            self.fail("%s.%s" % (where, key), "expected an integer >= %d, found %r" % (minimum, v))
            return None
        return v

    def text_object(self, o, key, where, required=False):
        if key not in o:
            if required:
                self.fail(where, "required property %r is missing" % key)
            return
        w = "%s.%s" % (where, key)
        if self.obj(o[key], w, "multiformatMessageString"):
            self.required(o[key], "text", w, str)

    def uri(self, value, where, absolute):
        if not isinstance(value, str) or not value:
            self.fail(where, "expected a non-empty URI string, found %r" % (value,))
            return
        if re.search(r"[\s\"<>\\^`{|}]", value) or re.search(r"%(?![0-9A-Fa-f]{2})", value):
            self.fail(where, "%r is not a valid URI (unencoded space or reserved character, or a bad %%-escape)"
                      % value)
        parts = urlsplit(value)
        if absolute and not (parts.scheme and (parts.netloc or parts.scheme == "file")):
            self.fail(where, "%r is not an absolute URI" % value)


def _tuple(types):
    return types if isinstance(types, tuple) else (types,)


def _names(types):
    names = {str: "a string", int: "an integer", list: "an array", dict: "an object", bool: "a boolean"}
    return " or ".join(names.get(t, t.__name__) for t in _tuple(types))


def check_rule(c, rule, where, ids):
    if not c.obj(rule, where, "rule"):
        return None
    rid = c.required(rule, "id", where, str)
    if rid is not None:
        if not rid:
            c.fail(where + ".id", "must not be empty")
        if rid in ids:
            c.fail(where + ".id", "duplicate rule id %r" % rid)
    c.typed(rule, "name", where, str)
    c.text_object(rule, "shortDescription", where)
    c.text_object(rule, "fullDescription", where)
    c.text_object(rule, "help", where)
    if "helpUri" in rule:
        c.uri(rule["helpUri"], where + ".helpUri", absolute=True)
    if "defaultConfiguration" in rule:
        w = where + ".defaultConfiguration"
        if c.obj(rule["defaultConfiguration"], w, "configuration"):
            level = rule["defaultConfiguration"].get("level")
            if "level" in rule["defaultConfiguration"] and level not in LEVELS:
                c.fail(w + ".level", "%r is not one of %s" % (level, sorted(LEVELS)))
    props = rule.get("properties")
    if props is not None:
        if not isinstance(props, dict):
            c.fail(where + ".properties", "expected an object")
        elif "tags" in props:
            tags = props["tags"]
            if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
                c.fail(where + ".properties.tags", "expected an array of strings")
            elif len(tags) > MAX_TAGS:
                c.fail(where + ".properties.tags", "GitHub reads at most %d tags" % MAX_TAGS)
    return rid


def check_location(c, loc, where):
    if not c.obj(loc, where, "location"):
        return
    phys = c.required(loc, "physicalLocation", where, dict)
    if phys is None:
        return  # GitHub needs a physical location to place an alert
    w = where + ".physicalLocation"
    if not c.obj(phys, w, "physicalLocation"):
        return
    art = c.required(phys, "artifactLocation", w, dict)
    if art is not None and c.obj(art, w + ".artifactLocation", "artifactLocation"):
        aw = w + ".artifactLocation"
        uri = c.required(art, "uri", aw, str)
        if uri is not None:
            c.uri(uri, aw + ".uri", absolute="uriBaseId" not in art)
        c.typed(art, "uriBaseId", aw, str)
    region = c.required(phys, "region", w, dict)
    if region is not None and c.obj(region, w + ".region", "region"):
        rw = w + ".region"
        start = c.integer(region, "startLine", rw, 1, required=True)
        scol = c.integer(region, "startColumn", rw, 1)
        end = c.integer(region, "endLine", rw, 1)
        ecol = c.integer(region, "endColumn", rw, 1)
        if start is not None and end is not None and end < start:
            c.fail(rw, "endLine %d is before startLine %d" % (end, start))
        if start is not None and start == (end if end is not None else start) and scol and ecol and ecol < scol:
            c.fail(rw, "endColumn %d is before startColumn %d on the same line" % (ecol, scol))


def check_result(c, res, where, rules):
    if not c.obj(res, where, "result"):
        return
    msg = c.required(res, "message", where, dict)
    if msg is not None and c.obj(msg, where + ".message", "message"):
        c.required(msg, "text", where + ".message", str)
    rid = c.required(res, "ruleId", where, str)  # GitHub needs it to group alerts
    index = c.integer(res, "ruleIndex", where, 0)
    if index is not None:
        if index >= len(rules):
            c.fail(where + ".ruleIndex", "%d is past the %d rules" % (index, len(rules)))
        elif rid is not None and rules[index] != rid:
            c.fail(where + ".ruleIndex", "points at rule %r, but ruleId is %r" % (rules[index], rid))
    if rid is not None and rules and rid not in rules:
        c.fail(where + ".ruleId", "%r is not among the driver's rules" % rid)
    if "level" in res and res["level"] not in LEVELS:
        c.fail(where + ".level", "%r is not one of %s" % (res["level"], sorted(LEVELS)))
    locs = c.required(res, "locations", where, list)
    if locs is not None:
        if not locs:
            c.fail(where + ".locations", "GitHub needs at least one location")
        if len(locs) > MAX_LOCATIONS:
            c.fail(where + ".locations", "GitHub reads at most %d locations" % MAX_LOCATIONS)
        for i, loc in enumerate(locs):
            check_location(c, loc, "%s.locations[%d]" % (where, i))


def check_run(c, run, where):
    if not c.obj(run, where, "run"):
        return
    tool = c.required(run, "tool", where, dict)
    rules = []
    if tool is not None and c.obj(tool, where + ".tool", "tool"):
        driver = c.required(tool, "driver", where + ".tool", dict)
        dw = where + ".tool.driver"
        if driver is not None and c.obj(driver, dw, "driver"):
            name = c.required(driver, "name", dw, str)
            if name == "":
                c.fail(dw + ".name", "must not be empty")
            c.typed(driver, "version", dw, str)
            c.typed(driver, "semanticVersion", dw, str)
            if "informationUri" in driver:
                c.uri(driver["informationUri"], dw + ".informationUri", absolute=True)
            rule_list = c.typed(driver, "rules", dw, list) or []
            if len(rule_list) > MAX_RULES:
                c.fail(dw + ".rules", "GitHub reads at most %d rules" % MAX_RULES)
            for i, rule in enumerate(rule_list):
                rules.append(check_rule(c, rule, "%s.rules[%d]" % (dw, i), rules))
    if "columnKind" in run and run["columnKind"] not in COLUMN_KINDS:
        c.fail(where + ".columnKind", "%r is not one of %s" % (run["columnKind"], sorted(COLUMN_KINDS)))
    results = c.required(run, "results", where, list)  # absent means "not run"; GitHub wants the array
    if results is not None:
        if len(results) > MAX_RESULTS:
            c.fail(where + ".results", "GitHub reads at most %d results per run" % MAX_RESULTS)
        for i, res in enumerate(results):
            check_result(c, res, "%s.results[%d]" % (where, i), rules)


def validate(doc):
    c = Checker()
    if not c.obj(doc, "$", "log"):
        return c.problems
    version = c.required(doc, "version", "$", str)
    if version is not None and version != "2.1.0":
        c.fail("$.version", "must be \"2.1.0\", found %r" % version)
    if "$schema" in doc:
        c.uri(doc["$schema"], "$.$schema", absolute=True)
    runs = c.required(doc, "runs", "$", list)
    if runs is not None:
        if not runs:
            c.fail("$.runs", "must hold at least one run")
        if len(runs) > MAX_RUNS:
            c.fail("$.runs", "GitHub reads at most %d runs per upload" % MAX_RUNS)
        for i, run in enumerate(runs):
            check_run(c, run, "$.runs[%d]" % i)
    return c.problems


def main():
    if len(sys.argv) != 2:
        print(__doc__.strip().splitlines()[-2], file=sys.stderr)
        return 2
    with open(sys.argv[1], encoding="utf-8") as f:
        try:
            doc = json.load(f)
        except ValueError as e:
            print("%s: not JSON: %s" % (sys.argv[1], e))
            return 1
    problems = validate(doc)
    for p in problems:
        print("%s: %s" % (sys.argv[1], p))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
