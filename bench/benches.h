// The benchmark groups of watchfloor-bench and the helpers they share.
#pragma once

#include "domain/field.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace bench {

void figure(const QString &name, double value, const QString &unit, const QJsonObject &extra = {});
double percentile(QList<double> v, double p);
wf::Timestamp fixedEnd();

void benchConsole(const QString &dir, qint64 alerts, int runs);
void benchStartup(int runs);
void benchStory(int runs);

} // namespace bench
