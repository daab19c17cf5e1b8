// RuleService: list reads, PUT / DELETE with etags one call per rule at a time, pending
// copies and their revert, the run-order moves, and the tuning preview.
#include "ruleservice.h"

#include <QJsonDocument>
#include <QUuid>

#include <algorithm>

namespace wf::integration {

namespace {

QString nameOf(const QJsonObject &rule)
{
    return rule.value(QLatin1StringView("name")).toString();
}

QJsonObject parsedObject(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object();
}

net::ApiError malformed(const net::RestResult &result, const QString &what)
{
    net::ApiError e;
    e.kind = net::ApiError::Kind::Malformed;
    e.httpStatus = result.status;
    e.detail = what;
    return e;
}

qint64 orderOf(const AutomationRule &rule)
{
    return rule.props().order.valueOr(0);
}

} // namespace

RuleService::RuleService(net::GraphClient *arm, QObject *parent)
    : QObject(parent)
    , m_arm(arm)
{
}

void RuleService::setWorkspaceResourceId(const QString &id)
{
    QString trimmed = id.trimmed();
    while (trimmed.endsWith(u'/'))
        trimmed.chop(1);
    if (trimmed == m_workspace)
        return;
    m_workspace = trimmed;
    if (!m_workspace.isEmpty())
        Q_EMIT workspaceResolved(m_workspace);
}

QString RuleService::collectionPath(RuleKind kind) const
{
    switch (kind) {
    case RuleKind::IncidentCreation:
        return m_workspace.isEmpty()
            ? QString()
            : QString(m_workspace + u"/providers/Microsoft.SecurityInsights/alertRules");
    case RuleKind::Automation:
        return m_workspace.isEmpty()
            ? QString()
            : QString(m_workspace + u"/providers/Microsoft.SecurityInsights/automationRules");
    case RuleKind::Tuning:
        return QString::fromLatin1(kTuningPath);
    }
    return {};
}

// ---- reading

void RuleService::refresh()
{
    for (RuleKind k : {RuleKind::IncidentCreation, RuleKind::Automation, RuleKind::Tuning})
        refresh(k);
}

void RuleService::refresh(RuleKind kind)
{
    if (kind != RuleKind::Tuning && m_workspace.isEmpty()) {
        resolveWorkspace();
        return;
    }
    load(kind);
}

void RuleService::resolveWorkspace()
{
    if (m_settingsCall)
        return; // the answer loads both workspace kinds
    m_settingsCall = m_arm->get(QString::fromLatin1(kTenantSettingsPath));
    connect(m_settingsCall, &net::RestCall::finished, this, [this](const net::RestResult &r) {
        m_settingsCall = nullptr;
        net::ApiError error = r.error;
        QString id;
        if (error.ok()) {
            id = parsedObject(r.body)
                     .value(QLatin1StringView("properties"))
                     .toObject()
                     .value(QLatin1StringView("workspaceResourceId"))
                     .toString();
            if (id.isEmpty())
                error = malformed(r, tr("the tenant settings name no Sentinel workspace"));
        }
        if (!error.ok()) {
            for (RuleKind k : {RuleKind::IncidentCreation, RuleKind::Automation}) {
                slot(k).error = error.sentence();
                Q_EMIT failed(k, QString(), slot(k).error);
                Q_EMIT loaded(k);
            }
            return;
        }
        setWorkspaceResourceId(id);
        load(RuleKind::IncidentCreation);
        load(RuleKind::Automation);
    });
}

void RuleService::load(RuleKind kind)
{
    Slot &s = slot(kind);
    if (s.pager)
        return; // one read per list in flight
    auto items = std::make_shared<QList<QJsonObject>>();
    s.pager = m_arm->list(collectionPath(kind), {}, 0);
    connect(s.pager, &net::Pager::page, this,
        [items](const QByteArray &, const QJsonArray &page, qint64) {
            for (const QJsonValue &v : page)
                items->append(v.toObject());
        });
    connect(s.pager, &net::Pager::finished, this,
        [this, kind, items](const net::ApiError &error, qint64) {
            Slot &sl = slot(kind);
            sl.pager = nullptr;
            if (!error.ok()) {
                if (error.kind == net::ApiError::Kind::Cancelled)
                    return;
                sl.error = error.sentence();
                Q_EMIT failed(kind, QString(), sl.error);
                Q_EMIT loaded(kind);
                return;
            }
            sl.error.clear();
            sl.loaded = true;
            // The server's list, except where a change of ours is still on its way:
            // that rule keeps its pending copy, and the server's becomes the one a
            // failure would bring back.
            QList<QJsonObject> shown;
            for (const QJsonObject &rule : std::as_const(*items)) {
                const QString name = nameOf(rule);
                if (sl.confirmed.contains(name)) {
                    sl.confirmed.insert(name, rule);
                    const int at = indexOf(sl.shown, name);
                    if (at >= 0)
                        shown.append(sl.shown.at(at));
                } else {
                    shown.append(rule);
                }
            }
            for (const QJsonObject &rule : std::as_const(sl.shown)) {
                if (sl.confirmed.contains(nameOf(rule)) && indexOf(shown, nameOf(rule)) < 0)
                    shown.append(rule); // a new rule not created yet
            }
            sl.shown = shown;
            Q_EMIT loaded(kind);
            Q_EMIT changed(kind);
        });
    Q_EMIT changed(kind); // isLoading() now says so
}

bool RuleService::isLoaded(RuleKind kind) const
{
    return slot(kind).loaded;
}

bool RuleService::isLoading(RuleKind kind) const
{
    return slot(kind).pager || (kind != RuleKind::Tuning && m_settingsCall);
}

QString RuleService::loadError(RuleKind kind) const
{
    return slot(kind).error;
}

int RuleService::indexOf(const QList<QJsonObject> &rules, const QString &name)
{
    for (int i = 0; i < rules.size(); ++i) {
        if (nameOf(rules.at(i)) == name)
            return i;
    }
    return -1;
}

// The rules shown, decoded; `kind` keeps only the analytics rules of that kind (the workspace
// holds other kinds too: this page edits one).
template<class R>
static QList<R> decodeShown(const QList<QJsonObject> &shown, const char *kind = nullptr)
{
    QList<R> out;
    for (const QJsonObject &o : shown) {
        if (kind && o.value(QLatin1StringView("kind")).toString() != QLatin1StringView(kind))
            continue;
        if (std::optional<R> r = decodeRule<R>(o))
            out.append(std::move(*r));
    }
    return out;
}

QList<IncidentCreationRule> RuleService::incidentCreationRules() const
{
    return decodeShown<IncidentCreationRule>(
        slot(RuleKind::IncidentCreation).shown, IncidentCreationRule::kKind);
}

QList<AutomationRule> RuleService::automationRules() const
{
    QList<AutomationRule> out = decodeShown<AutomationRule>(slot(RuleKind::Automation).shown);
    std::stable_sort(out.begin(), out.end(), [](const AutomationRule &a, const AutomationRule &b) {
        if (orderOf(a) != orderOf(b))
            return orderOf(a) < orderOf(b);
        return a.props().displayName.valueOr({}).compare(
                   b.props().displayName.valueOr({}), Qt::CaseInsensitive)
            < 0;
    });
    return out;
}

QList<AlertTuningRule> RuleService::tuningRules() const
{
    return decodeShown<AlertTuningRule>(slot(RuleKind::Tuning).shown);
}

template<class R>
static std::optional<R> findRule(const QList<QJsonObject> &shown, const QString &name)
{
    for (const QJsonObject &o : shown) {
        if (nameOf(o) == name)
            return decodeRule<R>(o);
    }
    return std::nullopt;
}

std::optional<IncidentCreationRule> RuleService::incidentCreationRule(const QString &name) const
{
    return findRule<IncidentCreationRule>(slot(RuleKind::IncidentCreation).shown, name);
}

std::optional<AutomationRule> RuleService::automationRule(const QString &name) const
{
    return findRule<AutomationRule>(slot(RuleKind::Automation).shown, name);
}

std::optional<AlertTuningRule> RuleService::tuningRule(const QString &name) const
{
    return findRule<AlertTuningRule>(slot(RuleKind::Tuning).shown, name);
}

// ---- writing

bool RuleService::isPending(RuleKind kind, const QString &name) const
{
    return slot(kind).confirmed.contains(name);
}

QSet<QString> RuleService::pending(RuleKind kind) const
{
    const auto &c = slot(kind).confirmed;
    return QSet<QString>(c.keyBegin(), c.keyEnd());
}

QString RuleService::save(IncidentCreationRule rule)
{
    if (rule.kind.isMissing())
        rule.kind = QString::fromLatin1(IncidentCreationRule::kKind);
    return put(RuleKind::IncidentCreation, encodeRule(rule));
}

QString RuleService::save(AutomationRule rule)
{
    return put(RuleKind::Automation, encodeRule(rule));
}

QString RuleService::save(AlertTuningRule rule)
{
    return put(RuleKind::Tuning, encodeRule(rule));
}

void RuleService::showLocal(
    RuleKind kind, const QString &name, const std::optional<QJsonObject> &rule)
{
    QList<QJsonObject> &shown = slot(kind).shown;
    const int at = indexOf(shown, name);
    if (rule && at >= 0)
        shown.replace(at, *rule);
    else if (rule)
        shown.append(*rule);
    else if (at >= 0)
        shown.removeAt(at);
    Q_EMIT changed(kind);
}

void RuleService::beginWrite(RuleKind kind, const QString &name)
{
    Slot &s = slot(kind);
    if (s.confirmed.contains(name))
        return;
    const int at = indexOf(s.shown, name);
    s.confirmed.insert(name, at >= 0 ? std::optional<QJsonObject>(s.shown.at(at)) : std::nullopt);
    Q_EMIT pendingChanged(kind);
}

void RuleService::endWrite(RuleKind kind, const QString &name, const net::ApiError &error,
    const std::optional<QJsonObject> &serverCopy)
{
    Slot &s = slot(kind);
    // The server's copy on success; on failure the one it had before this change.
    const std::optional<QJsonObject> before = s.confirmed.take(name);
    const std::optional<QJsonObject> shown = error.ok() ? serverCopy : before;
    s.deleting.remove(name);
    showLocal(kind, name, shown);
    Q_EMIT pendingChanged(kind);
    if (!error.ok()) {
        Q_EMIT failed(kind, name, error.sentence());
        // Someone else changed it: show their version, which the next change builds on.
        if (error.kind == net::ApiError::Kind::Conflict)
            refresh(kind);
    } else if (shown) {
        Q_EMIT saved(kind, name);
    } else {
        Q_EMIT removed(kind, name);
    }
}

QString RuleService::put(RuleKind kind, QJsonObject rule)
{
    QString name = nameOf(rule);
    if (name.isEmpty()) {
        name = QUuid::createUuid().toString(QUuid::WithoutBraces);
        rule.insert(QStringLiteral("name"), name);
    }
    if (collectionPath(kind).isEmpty()) {
        // After the caller has learnt the name it waits for.
        QMetaObject::invokeMethod(
            this,
            [this, kind, name] {
                Q_EMIT failed(kind, name, tr("The Sentinel workspace is not known yet."));
            },
            Qt::QueuedConnection);
        return name;
    }
    beginWrite(kind, name);
    slot(kind).deleting.remove(name);
    showLocal(kind, name, rule);
    write(kind, name, rule);
    return name;
}

void RuleService::remove(RuleKind kind, const QString &name)
{
    if (collectionPath(kind).isEmpty() || name.isEmpty())
        return;
    beginWrite(kind, name);
    // Shown (pending, as being deleted) until the server confirms; then it goes.
    slot(kind).deleting.insert(name);
    Q_EMIT changed(kind);
    write(kind, name, std::nullopt);
}

void RuleService::write(RuleKind kind, const QString &name, std::optional<QJsonObject> body)
{
    Slot &s = slot(kind);
    if (s.inFlight.contains(name)) {
        // One call per rule at a time: the next one waits for the etag this one brings back.
        s.queued.insert(name, std::move(body));
        return;
    }
    s.inFlight.insert(name);
    const QString path = QString(collectionPath(kind) + u'/' + name);
    net::RestCall *call = body ? m_arm->put(path, *body) : m_arm->del(path);
    connect(call, &net::RestCall::finished, this,
        [this, kind, name, isPut = bool(body)](const net::RestResult &r) {
            Slot &sl = slot(kind);
            sl.inFlight.remove(name);
            net::ApiError error = r.error;
            std::optional<QJsonObject> copy; // a DELETE leaves none (204: it was gone)
            if (error.ok() && isPut) {
                const QJsonObject o = parsedObject(r.body);
                if (nameOf(o) == name)
                    copy = o;
                else
                    error = malformed(r, tr("the server's answer is not the rule it was sent"));
            }
            if (error.ok() && sl.queued.contains(name)) {
                std::optional<QJsonObject> next = sl.queued.take(name);
                sl.confirmed.insert(name, copy);
                if (next && copy)
                    next->insert(QStringLiteral("etag"), copy->value(QLatin1StringView("etag")));
                else if (next)
                    next->remove(QStringLiteral("etag")); // deleted meanwhile: made anew
                write(kind, name, std::move(next));
                return;
            }
            sl.queued.remove(name); // built on a change that failed
            endWrite(kind, name, error, copy);
        });
}

bool RuleService::isDeleting(RuleKind kind, const QString &name) const
{
    return slot(kind).deleting.contains(name);
}

bool RuleService::moveAutomationRule(const QString &name, int delta)
{
    QList<AutomationRule> rules = automationRules();
    int from = -1;
    for (int i = 0; i < rules.size(); ++i) {
        if (rules.at(i).name.valueOr({}) == name)
            from = i;
    }
    const int to = from + (delta < 0 ? -1 : 1);
    if (from < 0 || to < 0 || to >= rules.size())
        return false;
    // The two trade places and, where their orders differ, their order numbers; equal or
    // crowded numbers are then spread so that the list runs strictly upwards.
    const qint64 a = orderOf(rules.at(from)), b = orderOf(rules.at(to));
    rules.swapItemsAt(from, to);
    QHash<QString, qint64> wanted;
    for (const AutomationRule &r : std::as_const(rules))
        wanted.insert(r.name.valueOr({}), orderOf(r));
    if (a != b) {
        wanted.insert(rules.at(from).name.valueOr({}), a);
        wanted.insert(rules.at(to).name.valueOr({}), b);
    }
    qint64 previous = 0;
    for (const AutomationRule &r : std::as_const(rules)) {
        qint64 &o = wanted[r.name.valueOr({})];
        o = qMax(o, previous + 1);
        previous = o;
    }
    if (previous > 1000)
        return false; // no room left in 1..1000
    for (AutomationRule r : std::as_const(rules)) {
        const qint64 o = wanted.value(r.name.valueOr({}));
        if (o == orderOf(r))
            continue;
        r.props().order = o;
        save(r);
    }
    return true;
}

// ---- tuning preview

net::RestCall *RuleService::previewTuning(
    const AlertTuningRule &rule, QObject *context, PreviewCallback done)
{
    net::RestCall *call
        = m_arm->post(QString(QString::fromLatin1(kTuningPath) + u"/preview"), encodeRule(rule));
    QPointer<QObject> guard(context);
    connect(call, &net::RestCall::finished, context ? context : this,
        [guard, hasContext = context != nullptr, done = std::move(done)](const net::RestResult &r) {
            if (hasContext && !guard)
                return;
            TuningPreview p;
            p.error = r.error;
            if (p.error.ok()) {
                const QJsonObject o = parsedObject(r.body);
                const QJsonValue n = o.value(QLatin1StringView("matchingAlerts"));
                if (!n.isDouble()) {
                    p.error = malformed(r, tr("the preview answer has no matchingAlerts"));
                } else {
                    p.matchingAlerts = n.toInteger();
                    for (const QJsonValue &id :
                        o.value(QLatin1StringView("sampleAlertIds")).toArray())
                        p.sampleAlertIds << id.toString();
                }
            }
            done(p);
        });
    return call;
}

} // namespace wf::integration
