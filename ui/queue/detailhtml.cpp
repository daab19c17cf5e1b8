// Incident and alert JSON -> HTML for the detail pane.
#include "detailhtml.h"

#include "domain/enums.h"
#include "item/entityindex.h"
#include "item/queuemodel.h"
#include "queuestyle.h"
#include "store/queuestore.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace wf::ui::queue {

namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString hex(const QColor &c)
{
    return c.name(QColor::HexRgb);
}

template<class E>
int ordinalOf(const QJsonValue &v)
{
    return v.isString() ? EnumInfo<E>::names().ordinalOf(v.toString()) : -1;
}

QString timeOf(const QJsonValue &v)
{
    Timestamp t;
    if (!v.isString() || !Timestamp::parse(v.toString(), &t))
        return {};
    return item::timeText(t.toMSecs());
}

QString badge(int cloud, const QPalette &palette)
{
    return QStringLiteral(
        "<span style=\"background-color:%1; color:%2; font-size:small;\">&nbsp;%3&nbsp;</span>")
        .arg(hex(cloudFill(cloud, palette)), hex(cloudText(cloud)), cloudLabel(cloud));
}

QString severitySpan(int ordinal, const QPalette &palette)
{
    if (ordinal < 0)
        return {};
    return QStringLiteral("<span style=\"color:%1; font-weight:bold;\">&#9679; %2</span>")
        .arg(hex(severityColor(ordinal, palette)), esc(item::severityText(ordinal)));
}

QString row(const QString &label, const QString &valueHtml, const QPalette &palette)
{
    if (valueHtml.isEmpty())
        return {};
    return QStringLiteral("<tr><td style=\"color:%1; padding-right:10px;\">%2</td><td>%3</td></tr>")
        .arg(hex(mutedText(palette)), esc(label), valueHtml);
}

QString section(const QString &title)
{
    return QStringLiteral("<h4 style=\"margin-top:12px; margin-bottom:4px;\">%1</h4>")
        .arg(esc(title));
}

QString muted(const QString &text, const QPalette &palette)
{
    return QStringLiteral("<span style=\"color:%1;\">%2</span>")
        .arg(hex(mutedText(palette)), esc(text));
}

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1StringView(key)).toString();
}

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &x : v.toArray()) {
        if (x.isString() && !x.toString().isEmpty())
            out.append(x.toString());
    }
    return out;
}

QString evidenceKind(const QString &odataType)
{
    const QString t = odataType.section(u'.', -1);
    static const QHash<QString, const char *> names = {
        {QStringLiteral("azureResourceEvidence"),
            QT_TRANSLATE_NOOP("QueueDetail", "Azure resource")},
        {QStringLiteral("amazonResourceEvidence"),
            QT_TRANSLATE_NOOP("QueueDetail", "Amazon resource")},
        {QStringLiteral("googleCloudResourceEvidence"),
            QT_TRANSLATE_NOOP("QueueDetail", "Google Cloud resource")},
        {QStringLiteral("deviceEvidence"), QT_TRANSLATE_NOOP("QueueDetail", "Device")},
        {QStringLiteral("userEvidence"), QT_TRANSLATE_NOOP("QueueDetail", "User")},
        {QStringLiteral("ipEvidence"), QT_TRANSLATE_NOOP("QueueDetail", "IP address")},
        {QStringLiteral("urlEvidence"), QT_TRANSLATE_NOOP("QueueDetail", "URL")},
        {QStringLiteral("fileEvidence"), QT_TRANSLATE_NOOP("QueueDetail", "File")},
        {QStringLiteral("processEvidence"), QT_TRANSLATE_NOOP("QueueDetail", "Process")},
        {QStringLiteral("mailboxEvidence"), QT_TRANSLATE_NOOP("QueueDetail", "Mailbox")},
        {QStringLiteral("analyzedMessageEvidence"),
            QT_TRANSLATE_NOOP("QueueDetail", "Email message")},
        {QStringLiteral("cloudApplicationEvidence"),
            QT_TRANSLATE_NOOP("QueueDetail", "Cloud application")},
        {QStringLiteral("registryKeyEvidence"), QT_TRANSLATE_NOOP("QueueDetail", "Registry key")},
        {QStringLiteral("registryValueEvidence"),
            QT_TRANSLATE_NOOP("QueueDetail", "Registry value")},
        {QStringLiteral("securityGroupEvidence"),
            QT_TRANSLATE_NOOP("QueueDetail", "Security group")},
        {QStringLiteral("kubernetesClusterEvidence"),
            QT_TRANSLATE_NOOP("QueueDetail", "Kubernetes cluster")},
        {QStringLiteral("kubernetesPodEvidence"),
            QT_TRANSLATE_NOOP("QueueDetail", "Kubernetes pod")},
        {QStringLiteral("containerEvidence"), QT_TRANSLATE_NOOP("QueueDetail", "Container")},
        {QStringLiteral("blobEvidence"), QT_TRANSLATE_NOOP("QueueDetail", "Blob")},
        {QStringLiteral("blobContainerEvidence"),
            QT_TRANSLATE_NOOP("QueueDetail", "Blob container")},
    };
    const auto it = names.constFind(t);
    if (it != names.constEnd())
        return QCoreApplication::translate("QueueDetail", *it);
    QString plain = t;
    plain.remove(QStringLiteral("Evidence"));
    return plain;
}

int evidenceCloud(const QJsonObject &e)
{
    const QString t = str(e, "@odata.type").section(u'.', -1).toLower();
    if (t == u"azureresourceevidence")
        return store::CloudAzure;
    if (t == u"amazonresourceevidence")
        return store::CloudAws;
    if (t == u"googlecloudresourceevidence")
        return store::CloudGcp;
    if (t == u"deviceevidence") {
        const QString provider = e.value(QLatin1StringView("vmMetadata"))
                                     .toObject()
                                     .value(QLatin1StringView("cloudProvider"))
                                     .toString();
        if (provider.compare(u"azure", Qt::CaseInsensitive) == 0)
            return store::CloudAzure;
    }
    return store::CloudNone;
}

// The name an analyst knows the evidence by, and the ids search finds it by.
QString evidenceName(const QJsonObject &e)
{
    for (const char *key : {"resourceName", "hostName", "deviceDnsName", "ipAddress", "url",
             "displayName", "upn", "processCommandLine", "name"}) {
        const QString v = str(e, key);
        if (!v.isEmpty())
            return v;
    }
    const QJsonObject ua = e.value(QLatin1StringView("userAccount")).toObject();
    if (!str(ua, "userPrincipalName").isEmpty())
        return str(ua, "userPrincipalName");
    if (!str(ua, "accountName").isEmpty())
        return str(ua, "accountName");
    const QJsonObject fd = e.value(QLatin1StringView("fileDetails")).toObject();
    if (!str(fd, "fileName").isEmpty())
        return str(fd, "fileName");
    return {};
}

QStringList evidenceIds(const QJsonObject &e)
{
    QStringList out;
    for (const char *key : {"resourceId", "amazonResourceId", "fullResourceName", "amazonAccountId",
             "projectId", "mdeDeviceId"}) {
        const QString v = str(e, key);
        if (!v.isEmpty())
            out.append(v);
    }
    const QString vm = e.value(QLatin1StringView("vmMetadata"))
                           .toObject()
                           .value(QLatin1StringView("resourceId"))
                           .toString();
    if (!vm.isEmpty() && !out.contains(vm))
        out.append(vm);
    const QString sha = e.value(QLatin1StringView("fileDetails"))
                            .toObject()
                            .value(QLatin1StringView("sha256"))
                            .toString();
    if (!sha.isEmpty())
        out.append(sha);
    return out;
}

QString evidenceItem(const QJsonObject &e, const QPalette &palette)
{
    const int cloud = evidenceCloud(e);
    QString html = QStringLiteral("<li>");
    if (cloud)
        html += badge(cloud, palette) + u' ';
    html += QStringLiteral("<b>%1</b>").arg(esc(evidenceKind(str(e, "@odata.type"))));
    const QString name = evidenceName(e);
    if (!name.isEmpty())
        html += QStringLiteral(": ") + esc(name);
    const QString type = str(e, "resourceType");
    if (!type.isEmpty())
        html += QStringLiteral(" ") + muted(QStringLiteral("(%1)").arg(type), palette);
    QStringList facts;
    const QString verdict = str(e, "verdict");
    if (!verdict.isEmpty())
        facts << QCoreApplication::translate("QueueDetail", "verdict %1").arg(verdict);
    const QStringList roles = strings(e.value(QLatin1StringView("roles")));
    if (!roles.isEmpty())
        facts << QCoreApplication::translate("QueueDetail", "roles %1")
                     .arg(roles.join(QStringLiteral(", ")));
    if (!facts.isEmpty())
        html += QStringLiteral(" &middot; ") + muted(facts.join(QStringLiteral(" · ")), palette);
    for (const QString &id : evidenceIds(e))
        html += QStringLiteral(
            "<br/><span style=\"font-family:monospace; font-size:small; color:%1;\">%2</span>")
                    .arg(hex(mutedText(palette)), esc(id));
    return html + QStringLiteral("</li>");
}

QString commentsHtml(const QJsonArray &comments, const QPalette &palette)
{
    if (comments.isEmpty())
        return {};
    QString html
        = section(QCoreApplication::translate("QueueDetail", "Comments (%1)").arg(comments.size()));
    // The newest few: the activity log is elsewhere.
    const int first = qMax(0, int(comments.size()) - 10);
    for (int i = int(comments.size()) - 1; i >= first; --i) {
        const QJsonObject c = comments.at(i).toObject();
        html += QStringLiteral("<p style=\"margin:2px 0 6px 0;\">%1<br/>%2</p>")
                    .arg(muted(str(c, "createdByDisplayName") + QStringLiteral(" · ")
                                 + timeOf(c.value(QLatin1StringView("createdDateTime"))),
                             palette),
                        esc(str(c, "comment")).replace(u'\n', QStringLiteral("<br/>")));
    }
    return html;
}

QString classificationOf(const QJsonObject &o)
{
    const int c = ordinalOf<AlertClassification>(o.value(QLatin1StringView("classification")));
    return c > 0 ? item::classificationText(c) : QString();
}

QString determinationOf(const QJsonObject &o)
{
    const int d = ordinalOf<AlertDetermination>(o.value(QLatin1StringView("determination")));
    return d > 0 ? item::determinationText(d) : QString();
}

QString paragraph(const QString &text)
{
    return QStringLiteral("<p style=\"margin-top:0;\">%1</p>")
        .arg(esc(text).replace(u'\n', QStringLiteral("<br/>")));
}

// What the incident's detail pane and its own page both list: assignment and verdict.
QString assignmentRows(const QJsonObject &i, const QPalette &palette)
{
    const QString assigned = str(i, "assignedTo");
    return row(QCoreApplication::translate("QueueDetail", "Assigned to"),
               esc(assigned.isEmpty() ? QCoreApplication::translate("QueueDetail", "Unassigned")
                                      : assigned),
               palette)
        + row(QCoreApplication::translate("QueueDetail", "Classification"), esc(classificationOf(i)), palette)
        + row(QCoreApplication::translate("QueueDetail", "Determination"), esc(determinationOf(i)), palette);
}

QStringList incidentTags(const QJsonObject &i)
{
    return strings(i.value(QLatin1StringView("customTags")))
        + strings(i.value(QLatin1StringView("systemTags")));
}

QString incidentSummaryText(const QJsonObject &i)
{
    return str(i, "summary").isEmpty() ? str(i, "description") : str(i, "summary");
}

// An incident's impacted assets (item::impactedAssets), provider-marked, with type and full
// id; `links`: each name is an "entity:<n>" link to the n-th asset.
QString impactedHtml(const QList<EntityInfo> &impacted, const QPalette &palette, bool links)
{
    if (impacted.isEmpty())
        return {};
    QString html = section(QCoreApplication::translate("QueueDetail", "Impacted assets (%1)").arg(impacted.size()));
    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
    for (qsizetype n = 0; n < impacted.size(); ++n) {
        const EntityInfo &e = impacted.at(n);
        const int cloud = e.provider == CloudProvider::Azure ? store::CloudAzure
            : e.provider == CloudProvider::Aws               ? store::CloudAws
            : e.provider == CloudProvider::Gcp               ? store::CloudGcp
                                                             : store::CloudNone;
        QString cell = links ? QStringLiteral("<a href=\"entity:%1\">%2</a>").arg(QString::number(n), esc(e.name))
                             : QStringLiteral("<b>%1</b>").arg(esc(e.name));
        if (!e.resourceType.isEmpty())
            cell += QStringLiteral("<br/>") + muted(e.resourceType, palette);
        if (!e.resourceId.isEmpty() && e.resourceId != e.name)
            cell += QStringLiteral("<br/><span style=\"font-family:monospace; font-size:small; color:%1;\">%2</span>")
                        .arg(hex(mutedText(palette)), esc(e.resourceId));
        html += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>").arg(cloud ? badge(cloud, palette) : QString(), cell);
    }
    return html + QStringLiteral("</table>");
}

} // namespace

QString placeholderHtml(const QString &text, const QPalette &palette)
{
    return QStringLiteral("<p align=\"center\" style=\"margin-top:40px; color:%1;\">%2</p>")
        .arg(hex(mutedText(palette)), esc(text));
}

QString alertHtml(const QJsonObject &a, const QPalette &palette)
{
    QString html;
    html += QStringLiteral("<h3 style=\"margin-bottom:2px;\">%1</h3>").arg(esc(str(a, "title")));
    const int status = ordinalOf<AlertStatus>(a.value(QLatin1StringView("status")));
    html += QStringLiteral("<p style=\"margin-top:0;\">%1 &middot; %2 &middot; %3</p>")
                .arg(severitySpan(
                         ordinalOf<AlertSeverity>(a.value(QLatin1StringView("severity"))), palette),
                    esc(item::alertStatusText(qMax(0, status))), muted(str(a, "id"), palette));

    QString table;
    const QString incident = str(a, "incidentId");
    if (!incident.isEmpty())
        table += row(QCoreApplication::translate("QueueDetail", "Incident"),
            QStringLiteral("<a href=\"incident:%1\">%1</a>").arg(esc(incident)), palette);
    const QString assigned = str(a, "assignedTo");
    table += row(QCoreApplication::translate("QueueDetail", "Assigned to"),
        esc(assigned.isEmpty() ? QCoreApplication::translate("QueueDetail", "Unassigned")
                               : assigned),
        palette);
    table += row(QCoreApplication::translate("QueueDetail", "Classification"),
        esc(classificationOf(a)), palette);
    table += row(QCoreApplication::translate("QueueDetail", "Determination"),
        esc(determinationOf(a)), palette);
    table += row(QCoreApplication::translate("QueueDetail", "Category"),
        esc(strings(a.value(QLatin1StringView("categories"))).join(QStringLiteral(", "))), palette);
    const int service = ordinalOf<ServiceSource>(a.value(QLatin1StringView("serviceSource")));
    if (service >= 0)
        table += row(QCoreApplication::translate("QueueDetail", "Service source"),
            esc(item::serviceSourceText(service)), palette);
    const int detection = ordinalOf<DetectionSource>(a.value(QLatin1StringView("detectionSource")));
    if (detection >= 0)
        table += row(QCoreApplication::translate("QueueDetail", "Detection source"),
            esc(item::detectionSourceText(detection)), palette);
    table += row(
        QCoreApplication::translate("QueueDetail", "Product"), esc(str(a, "productName")), palette);
    const QJsonObject extra = a.value(QLatin1StringView("additionalData")).toObject();
    table += row(QCoreApplication::translate("QueueDetail", "Subscription"),
        esc(str(extra, "SubscriptionName").isEmpty() ? str(extra, "SubscriptionId")
                                                     : str(extra, "SubscriptionName")),
        palette);
    table += row(QCoreApplication::translate("QueueDetail", "First activity"),
        esc(timeOf(a.value(QLatin1StringView("firstActivityDateTime")))), palette);
    table += row(QCoreApplication::translate("QueueDetail", "Last activity"),
        esc(timeOf(a.value(QLatin1StringView("lastActivityDateTime")))), palette);
    table += row(QCoreApplication::translate("QueueDetail", "Created"),
        esc(timeOf(a.value(QLatin1StringView("createdDateTime")))), palette);
    table += row(QCoreApplication::translate("QueueDetail", "Last update"),
        esc(timeOf(a.value(QLatin1StringView("lastUpdateDateTime")))), palette);
    table += row(QCoreApplication::translate("QueueDetail", "Tags"),
        esc(strings(a.value(QLatin1StringView("systemTags"))).join(QStringLiteral(", "))), palette);
    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"1\">%1</table>").arg(table);

    const QString description = str(a, "description");
    if (!description.isEmpty())
        html += section(QCoreApplication::translate("QueueDetail", "Description"))
            + paragraph(description);
    const QString actions = str(a, "recommendedActions");
    if (!actions.isEmpty())
        html += section(QCoreApplication::translate("QueueDetail", "Recommended actions"))
            + paragraph(actions);
    const QStringList techniques = strings(a.value(QLatin1StringView("mitreTechniques")));
    if (!techniques.isEmpty())
        html += section(QCoreApplication::translate("QueueDetail", "MITRE ATT&CK techniques"))
            + paragraph(techniques.join(QStringLiteral(", ")));
    const QJsonArray evidence = a.value(QLatin1StringView("evidence")).toArray();
    html += section(
        QCoreApplication::translate("QueueDetail", "Evidence (%1)").arg(evidence.size()));
    if (evidence.isEmpty()) {
        html += paragraph(QCoreApplication::translate("QueueDetail", "No evidence."));
    } else {
        html += QStringLiteral("<ul style=\"margin-left:-20px;\">");
        for (const QJsonValue &e : evidence)
            html += evidenceItem(e.toObject(), palette);
        html += QStringLiteral("</ul>");
    }
    html += commentsHtml(a.value(QLatin1StringView("comments")).toArray(), palette);
    return html;
}

QString incidentHtml(
    const QJsonObject &i, const QList<QJsonObject> &alerts, const QPalette &palette)
{
    QString html;
    html += QStringLiteral("<h3 style=\"margin-bottom:2px;\">%1</h3>")
                .arg(esc(str(i, "displayName")));
    const int status = ordinalOf<IncidentStatus>(i.value(QLatin1StringView("status")));
    html += QStringLiteral("<p style=\"margin-top:0;\">%1 &middot; %2 &middot; %3</p>")
                .arg(severitySpan(
                         ordinalOf<AlertSeverity>(i.value(QLatin1StringView("severity"))), palette),
                    esc(item::incidentStatusText(qMax(0, status))),
                    muted(
                        QCoreApplication::translate("QueueDetail", "Incident %1").arg(str(i, "id")),
                        palette));

    QString table = assignmentRows(i, palette);
    table += row(QCoreApplication::translate("QueueDetail", "Created"),
        esc(timeOf(i.value(QLatin1StringView("createdDateTime")))), palette);
    table += row(QCoreApplication::translate("QueueDetail", "Last update"),
        esc(timeOf(i.value(QLatin1StringView("lastUpdateDateTime")))), palette);
    table += row(QCoreApplication::translate("QueueDetail", "Tags"),
        esc(incidentTags(i).join(QStringLiteral(", "))), palette);
    const QString redirect = str(i, "redirectIncidentId");
    if (!redirect.isEmpty())
        table += row(QCoreApplication::translate("QueueDetail", "Merged into"),
            QCoreApplication::translate("QueueDetail", "incident %1").arg(esc(redirect)), palette);
    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"1\">%1</table>").arg(table);

    const QString summary = incidentSummaryText(i);
    if (!summary.isEmpty())
        html += section(QCoreApplication::translate("QueueDetail", "Summary")) + paragraph(summary);

    html += impactedHtml(item::impactedAssets(item::entitiesOf(item::decodeAlerts(alerts))), palette, false);

    html += section(QCoreApplication::translate("QueueDetail", "Alerts (%1)").arg(alerts.size()));
    if (alerts.isEmpty()) {
        html += paragraph(QCoreApplication::translate(
            "QueueDetail", "No alerts in the local cache for this incident."));
    } else {
        QList<QJsonObject> sorted = alerts;
        std::sort(sorted.begin(), sorted.end(), [](const QJsonObject &a, const QJsonObject &b) {
            return str(a, "createdDateTime") > str(b, "createdDateTime");
        });
        html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
        for (const QJsonObject &a : std::as_const(sorted)) {
            const int sev = ordinalOf<AlertSeverity>(a.value(QLatin1StringView("severity")));
            const int st = ordinalOf<AlertStatus>(a.value(QLatin1StringView("status")));
            html
                += QStringLiteral("<tr><td style=\"color:%1;\">&#9679;</td><td>%2<br/>%3</td></tr>")
                       .arg(hex(severityColor(qMax(0, sev), palette)), esc(str(a, "title")),
                           muted(item::severityText(qMax(0, sev)) + QStringLiteral(" · ")
                                   + item::alertStatusText(qMax(0, st)) + QStringLiteral(" · ")
                                   + timeOf(a.value(QLatin1StringView("createdDateTime")))
                                   + QStringLiteral(" · ") + str(a, "id"),
                               palette));
        }
        html += QStringLiteral("</table>");
    }
    html += commentsHtml(i.value(QLatin1StringView("comments")).toArray(), palette);
    return html;
}

QString incidentSummaryHtml(const QJsonObject &i, const QList<QJsonObject> &alerts,
                            const QList<EntityInfo> &impacted, const QPalette &palette)
{
    QString table;
    const int status = ordinalOf<IncidentStatus>(i.value(QLatin1StringView("status")));
    table += row(QCoreApplication::translate("QueueDetail", "Severity"),
        severitySpan(ordinalOf<AlertSeverity>(i.value(QLatin1StringView("severity"))), palette), palette);
    table += row(QCoreApplication::translate("QueueDetail", "Status"), esc(item::incidentStatusText(qMax(0, status))), palette);
    table += assignmentRows(i, palette);
    table += row(QCoreApplication::translate("QueueDetail", "Tags"), esc(incidentTags(i).join(QStringLiteral(", "))), palette);

    // Activity and sources come from the alerts, as in the queue's columns.
    QString first, last;
    QStringList services, detections;
    for (const QJsonObject &a : alerts) {
        const QString f = str(a, "firstActivityDateTime").isEmpty() ? str(a, "createdDateTime")
                                                                    : str(a, "firstActivityDateTime");
        const QString l = str(a, "lastActivityDateTime").isEmpty() ? f : str(a, "lastActivityDateTime");
        if (!f.isEmpty() && (first.isEmpty() || f < first))
            first = f;
        if (!l.isEmpty() && l > last)
            last = l;
        const int service = ordinalOf<ServiceSource>(a.value(QLatin1StringView("serviceSource")));
        if (service >= 0 && !services.contains(item::serviceSourceText(service)))
            services << item::serviceSourceText(service);
        const int detection = ordinalOf<DetectionSource>(a.value(QLatin1StringView("detectionSource")));
        if (detection >= 0 && !detections.contains(item::detectionSourceText(detection)))
            detections << item::detectionSourceText(detection);
    }
    table += row(QCoreApplication::translate("QueueDetail", "First activity"), esc(timeOf(first)), palette);
    table += row(QCoreApplication::translate("QueueDetail", "Last activity"), esc(timeOf(last)), palette);
    table += row(QCoreApplication::translate("QueueDetail", "Service sources"), esc(services.join(QStringLiteral(", "))), palette);
    table += row(QCoreApplication::translate("QueueDetail", "Detection sources"), esc(detections.join(QStringLiteral(", "))), palette);
    table += row(QCoreApplication::translate("QueueDetail", "Alerts"), QString::number(alerts.size()), palette);
    table += row(QCoreApplication::translate("QueueDetail", "Created"), esc(timeOf(i.value(QLatin1StringView("createdDateTime")))), palette);
    table += row(QCoreApplication::translate("QueueDetail", "Last update"), esc(timeOf(i.value(QLatin1StringView("lastUpdateDateTime")))), palette);
    const QString redirect = str(i, "redirectIncidentId");
    if (!redirect.isEmpty())
        table += row(QCoreApplication::translate("QueueDetail", "Redirected to"),
            QStringLiteral("<a href=\"incident:%1\">%2</a>")
                .arg(esc(redirect), esc(QCoreApplication::translate("QueueDetail", "incident %1").arg(redirect))),
            palette);
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">%1</table>").arg(table);

    html += impactedHtml(impacted, palette, true);
    const QString summary = incidentSummaryText(i);
    if (!summary.isEmpty())
        html += section(QCoreApplication::translate("QueueDetail", "Description")) + paragraph(summary);
    html += commentsHtml(i.value(QLatin1StringView("comments")).toArray(), palette);
    return html;
}

} // namespace wf::ui::queue
