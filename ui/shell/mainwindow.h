// The console's main window: navigation on the left, the pages in a stack, the error
// banner on top, and the status bar (who is signed in, sync state, pending edits). It
// holds one Session at a time; setSession() swaps it without a restart.
#pragma once

#include "connectdialog.h"
#include "embeddedtenant.h"

#include <QDateTime>
#include <QMainWindow>
#include <QPointer>

#include <memory>

class QLabel;
class QListWidget;
class QProgressBar;
class QStackedWidget;

namespace wf::session {
class Session;
}
namespace wf::net {
struct ApiError;
}

namespace wf::ui {

class ErrorBanner;
class IncidentPage;
class InvestigationArea;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // In navigation order.
    enum class Page : int { Incidents = 0, Alerts, Hunting, Connectors, Rules, Settings, Investigations, Count };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Where sessions keep their caches (the data location, or --data-dir).
    void setCacheDir(const QString &dir) { m_cacheDir = dir; }
    QString cacheDir() const { return m_cacheDir; }
    // The demo tenant running in this process, if any (the Connect dialog lists its
    // sign-ins).
    void setEmbeddedTenant(const EmbeddedTenant &tenant) { m_embedded = tenant; }
    const EmbeddedTenant &embeddedTenant() const { return m_embedded; }

    // Replaces the session: the pages of the old one are deleted, then the old session;
    // new pages are built on the new one and every signal is reconnected. Null: not
    // connected.
    void setSession(std::unique_ptr<session::Session> session);
    session::Session *session() const { return m_session.get(); }
    // Builds and starts a session on `profile`, then shows it. On failure the banner
    // says why, the current session stays, and `error` receives the sentence.
    bool openProfile(
        const session::Profile &profile, const QString &secret, QString *error = nullptr);

    void showPage(Page page);
    // Pages by name, for --page: "incidents", "alerts", "hunting", "connectors",
    // "connectors/legacy", "connectors/tenant", "connectors/xdr", "rules", "rules/automation",
    // "rules/tuning", "settings", "investigations", and "incident[/<id>][/story|alerts|assets]"
    // (without an id: showcaseIncident()).
    // False for an unknown name.
    bool showPageNamed(const QString &name);
    // Opens `kql` in the hunting view and runs it on the workspace as soon as the
    // workspace is known.
    void runQuery(const QString &kql);
    static QStringList pageNames();
    // A name showPageNamed() knows: pageNames(), or "incident/<id>[/tab]", "incident/<tab>".
    static bool isPageName(const QString &name);
    // Opens an incident page (a tab under Investigations) and shows it.
    IncidentPage *openIncident(qint64 incidentId);
    InvestigationArea *investigations() const;
    // The demo's most telling incident: most clouds, then closest to seven alerts (a story
    // that reads on one screen), then newest; 0 if none.
    qint64 showcaseIncident() const;
    Page currentPage() const;
    QWidget *page(Page page) const;
    ErrorBanner *errorBanner() const { return m_banner; }
    QString syncStatusText() const;

    // Window geometry and state from QSettings (saved again on close).
    void restoreWindowState();
    void saveWindowState() const;

public Q_SLOTS:
    void openConnectDialog();
    // Opens the Connect dialog on the profile `profileId` (e.g. one whose secret is missing).
    void openConnectDialogFor(const QString &profileId);
    void syncNow();
    void retry();
    void showError(const QString &sentence);

Q_SIGNALS:
    void sessionChanged(wf::session::Session *session);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void buildUi();
    void retranslate();
    void rebuildPages();
    void connectSession();
    void onConnectChosen(const ConnectChoice &choice);
    void onSyncFailed(const net::ApiError &error);
    void updateSyncStatus();
    void updatePending();
    void updatePrincipal();
    void ensureSetupRead(); // the pages from Hunting on need the set-up (and the workspace)
    QWidget *placeholderPage();
    static QString notConnectedText();

    std::unique_ptr<session::Session> m_session;
    QObject *m_sessionContext = nullptr; // receiver of the session's signals
    QString m_cacheDir;
    EmbeddedTenant m_embedded;

    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_stack = nullptr;
    ErrorBanner *m_banner = nullptr;
    QAction *m_connectAction = nullptr;
    QAction *m_syncAction = nullptr;
    QAction *m_quitAction = nullptr;
    QList<QAction *> m_pageActions; // View menu, one per Page
    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QLabel *m_principalLabel = nullptr;
    QLabel *m_syncLabel = nullptr;
    QProgressBar *m_syncProgress = nullptr;
    QLabel *m_pendingLabel = nullptr;

    qint64 m_progressDone = 0;
    qint64 m_progressExpected = -1;
};

} // namespace wf::ui
