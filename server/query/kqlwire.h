// A KQL result in the two wire shapes the simulator answers with: Log Analytics' query
// API (tables / columns / rows of arrays) and Graph's runHuntingQuery (schema / results
// of objects), plus Log Analytics' 400 body for a query that does not parse or bind.
#pragma once

#include "kql.h"

#include <QByteArray>
#include <QJsonObject>

namespace wf::server::kql {

// {"tables":[{"name":"PrimaryResult","columns":[{"name":..,"type":"datetime"}],"rows":[[..]]}]}
QByteArray logAnalyticsJson(const Result &result);

// {"@odata.context":..,"schema":[{"name":..,"type":"DateTime"}],"results":[{col: value}]};
// the context member is left out when `odataContext` is empty.
QByteArray huntingJson(const Result &result, const QString &odataContext = {});

// {"error":{"message","code":"BadArgumentError","innererror":{"code":"SyntaxError"|
// "SemanticError","message",innererror:{"code","message","line","pos","token"}}}}; line is
// 1-based and pos the 0-based column in that line, as Log Analytics reports them.
QJsonObject logAnalyticsError(const KqlError &error, QStringView query);

} // namespace wf::server::kql
