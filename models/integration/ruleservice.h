// The console's copy of the tenant's rules, read and written over ARM: Sentinel's
// incident-creation and automation rules on the workspace, and Defender XDR's alert tuning
// rules. A change shows at once and stays pending until the server answers; the server's
// answer (its etag included) replaces it, or on failure the server's last copy comes back and
// `failed` carries the server's sentence.
#pragma once

#include "net/graphclient.h"
#include "rules.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>

namespace wf::integration {

enum class RuleKind : quint8 { IncidentCreation, Automation, Tuning };

// What the preview route answers: how many alerts a tuning rule would match now.
struct TuningPreview
{
    net::ApiError error;
    qint64 matchingAlerts = -1;
    QStringList sampleAlertIds;
    bool ok() const { return error.ok(); }
};

class RuleService : public QObject
{
    Q_OBJECT
public:
    static constexpr const char *kTenantSettingsPath
        = "providers/Watchfloor.Simulator/tenantSettings/default";
    static constexpr const char *kTuningPath = "providers/Watchfloor.Simulator/alertTuningRules";

    explicit RuleService(net::GraphClient *arm, QObject *parent = nullptr);

    // The Sentinel workspace ("/subscriptions/.../workspaces/{name}"). Empty: refresh()
    // asks the tenant settings resource for it first.
    void setWorkspaceResourceId(const QString &id);
    QString workspaceResourceId() const { return m_workspace; }

    // Reads the lists again (all, or one kind). Pending changes stay as they are shown.
    void refresh();
    void refresh(RuleKind kind);
    bool isLoaded(RuleKind kind) const;
    bool isLoading(RuleKind kind) const;
    // Why the last load failed (the server's sentence), or empty.
    QString loadError(RuleKind kind) const;

    QList<IncidentCreationRule> incidentCreationRules() const;
    // In run order (order, then display name).
    QList<AutomationRule> automationRules() const;
    QList<AlertTuningRule> tuningRules() const;
    std::optional<IncidentCreationRule> incidentCreationRule(const QString &name) const;
    std::optional<AutomationRule> automationRule(const QString &name) const;
    std::optional<AlertTuningRule> tuningRule(const QString &name) const;

    // PUTs the rule with its etag (a new rule without a name gets a new GUID as its name);
    // returns the name. Shown at once, pending until the server answers.
    QString save(IncidentCreationRule rule);
    QString save(AutomationRule rule);
    QString save(AlertTuningRule rule);
    void remove(RuleKind kind, const QString &name);
    // Moves an automation rule one place earlier (delta -1) or later (+1) in run order and
    // PUTs every rule whose order changes. False if it cannot move that way.
    bool moveAutomationRule(const QString &name, int delta);

    bool isPending(RuleKind kind, const QString &name) const;
    QSet<QString> pending(RuleKind kind) const;
    // The pending change is a removal.
    bool isDeleting(RuleKind kind, const QString &name) const;

    // How many alerts the rule would match (POST .../alertTuningRules/preview). `done` is
    // called once unless `context` is gone; cancelling the returned call reports Cancelled.
    using PreviewCallback = std::function<void(const TuningPreview &)>;
    net::RestCall *previewTuning(
        const AlertTuningRule &rule, QObject *context, PreviewCallback done);

    // The ARM path of a kind's collection ("" while the workspace is unknown).
    QString collectionPath(RuleKind kind) const;

Q_SIGNALS:
    void workspaceResolved(const QString &workspaceResourceId);
    // A list was (re)read; loadError(kind) tells whether it failed.
    void loaded(wf::integration::RuleKind kind);
    // Something shown changed: a pending copy, the server's answer, a revert, a removal.
    void changed(wf::integration::RuleKind kind);
    void saved(wf::integration::RuleKind kind, const QString &name);
    void removed(wf::integration::RuleKind kind, const QString &name);
    // A read or write failed; `name` is empty for a list. `sentence` is the server's.
    void failed(wf::integration::RuleKind kind, const QString &name, const QString &sentence);
    void pendingChanged(wf::integration::RuleKind kind);

private:
    // One kind's rules: what is shown, and the server's copy of each pending one.
    struct Slot
    {
        QList<QJsonObject> shown; // encoded rules, as shown (pending changes included)
        QHash<QString, std::optional<QJsonObject>> confirmed; // name -> server copy (none: new)
        QSet<QString> inFlight; // names with a call on its way
        QHash<QString, std::optional<QJsonObject>> queued; // the next body (none: DELETE)
        QSet<QString> deleting;
        bool loaded = false;
        QString error;
        QPointer<net::Pager> pager;
    };
    Slot &slot(RuleKind kind) { return m_slots[int(kind)]; }
    const Slot &slot(RuleKind kind) const { return m_slots[int(kind)]; }
    void resolveWorkspace();
    void load(RuleKind kind);
    QString put(RuleKind kind, QJsonObject rule);
    void showLocal(RuleKind kind, const QString &name, const std::optional<QJsonObject> &rule);
    void beginWrite(RuleKind kind, const QString &name);
    void write(RuleKind kind, const QString &name, std::optional<QJsonObject> body);
    void endWrite(RuleKind kind, const QString &name, const net::ApiError &error,
        const std::optional<QJsonObject> &serverCopy);
    static int indexOf(const QList<QJsonObject> &rules, const QString &name);

    net::GraphClient *m_arm;
    QString m_workspace;
    QPointer<net::RestCall> m_settingsCall;
    Slot m_slots[3];
};

} // namespace wf::integration
