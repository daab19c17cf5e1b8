// The Connect dialog: connection profiles (the embedded demo tenant, a remote Watchfloor
// server, a Microsoft tenant), remembered through session::ProfileStore, and who signs
// in. A Microsoft tenant signs in as an app (client secret) or as a user with a code in
// the browser (device code), which the dialog runs itself before it closes. Secrets and
// refresh tokens go to the system keyring (SecretStore); where there is none they stay in
// memory for this run and the dialog says so. Opened non-modally through ask(), which a
// test answers with setNextAnswer() instead of a person.
#pragma once

#include "common/secretstore.h"
#include "embeddedtenant.h"
#include "session/profile.h"

#include <QDialog>

#include <functional>
#include <memory>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QToolButton;

namespace wf::net {
class RestGateway;
}

namespace wf::ui {

class DeviceCodePanel;

// What the user chose: a profile to open and the secret it signs in with.
struct ConnectChoice
{
    session::Profile profile;
    QString secret; // password, client secret, or the device code sign-in's refresh token
    SecretStore::Where secretWhere = SecretStore::Where::NotFound;
    QString note; // e.g. that the secret is kept in memory only
};

class ConnectDialog : public QDialog
{
    Q_OBJECT
public:
    // Plays the user: fills the dialog, returns QDialog::Accepted or QDialog::Rejected.
    using Answer = std::function<int(ConnectDialog &dialog)>;

    ConnectDialog(
        const EmbeddedTenant &embedded, const QString &currentProfileId, QWidget *parent = nullptr);
    ~ConnectDialog() override;

    // Opens the dialog without blocking (or lets the pending test answer play it) and
    // calls `chosen` once the user accepted. The dialog deletes itself when done.
    static ConnectDialog *ask(QWidget *parent, const EmbeddedTenant &embedded,
        const QString &currentProfileId, std::function<void(const ConnectChoice &)> chosen);
    // The next ask() is answered by `answer` instead of a person (one shot).
    static void setNextAnswer(Answer answer);
    static bool hasNextAnswer();

    // What a user does, for tests and the seam.
    bool selectProfile(const QString &id);
    QString currentProfileId() const;
    session::Profile currentProfile() const; // with the edits made so far
    void addProfile(session::Profile::Kind kind);
    bool selectPrincipal(const QString &login); // embedded: the "Sign in as" combo
    QStringList principalLogins() const;
    void setRemote(
        const QString &url, const QString &login, const QString &secret, bool appSignIn = false);
    void setTenant(const QString &tenantId, const QString &clientId, const QString &secret);
    // Microsoft tenant: sign in as a user with a code in the browser instead of as the app.
    void setTenantDeviceCode(bool deviceCode);
    QString secretNote() const;
    QString errorText() const;
    bool isBusy() const { return m_busy; }
    DeviceCodePanel *deviceCodePanel() const { return m_devicePanel; }

    // Checks the profile; a device code profile then signs in (the dialog stays open until
    // the browser said yes), every other one closes with its secret stored.
    void accept() override;
    void reject() override; // also stops a device code sign-in

Q_SIGNALS:
    void chosen(const wf::ui::ConnectChoice &choice);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void retranslate();
    void loadProfiles(const QString &currentProfileId);
    void fillProfileCombo();
    void showProfile(int index);
    void storeEdits(); // widgets -> m_profiles[m_current]
    void probeSecret();
    void setSecretNote(const SecretStore::Result &result, bool afterWrite);
    void updateRemoteSignInKind();
    void updateTenantSignInKind();
    void alignForms();
    void updateOkButton();
    void setBusy(bool busy);
    void signInWithDeviceCode(session::Profile profile);
    void storeSecretAndFinish(ConnectChoice choice);
    void finish(ConnectChoice choice);
    QString validate(const session::Profile &p, const QString &secret) const;
    QString currentSecret() const;
    static QString profileLabel(const session::Profile &p);

    EmbeddedTenant m_embedded;
    QList<session::Profile> m_profiles;
    int m_current = -1;
    bool m_busy = false;
    bool m_filling = false;
    bool m_secretEdited = false;
    quint64 m_probe = 0; // bumps per keyring read; late answers are dropped

    QComboBox *m_profileCombo = nullptr;
    QToolButton *m_newButton = nullptr;
    QAction *m_newRemote = nullptr;
    QAction *m_newTenant = nullptr;
    QToolButton *m_removeButton = nullptr;
    QLineEdit *m_nameEdit = nullptr;
    QStackedWidget *m_pages = nullptr;
    // embedded
    QLabel *m_embeddedInfo = nullptr;
    QComboBox *m_principalCombo = nullptr;
    QLabel *m_principalDescription = nullptr;
    // remote
    QLineEdit *m_remoteUrl = nullptr;
    QComboBox *m_remoteKind = nullptr;
    QComboBox *m_remoteLogin = nullptr;
    QLineEdit *m_remoteSecret = nullptr;
    QFormLayout *m_remoteForm = nullptr;
    // Microsoft tenant
    QLineEdit *m_tenantId = nullptr;
    QLineEdit *m_clientId = nullptr;
    QComboBox *m_tenantKind = nullptr;
    QLineEdit *m_clientSecret = nullptr;
    QLineEdit *m_authority = nullptr;
    QLineEdit *m_graphBase = nullptr;
    QLineEdit *m_armBase = nullptr;
    QToolButton *m_defaultsButton = nullptr;
    QFormLayout *m_tenantForm = nullptr;

    DeviceCodePanel *m_devicePanel = nullptr;
    std::unique_ptr<net::RestGateway> m_signIn; // the device code sign-in in progress

    QLabel *m_secretNote = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QLabel *m_profileLabel = nullptr;
    QLabel *m_nameLabel = nullptr;
    QList<QFormLayout *> m_forms; // label columns kept one width across the pages
};

} // namespace wf::ui
