// ConnectDialog: profile list, per-kind forms, keyring probing, the device code sign-in
// and the test seam.
#include "connectdialog.h"

#include "devicecodepanel.h"
#include "net/graphclient.h"
#include "net/restgateway.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QToolButton>
#include <QUuid>
#include <QVBoxLayout>

namespace wf::ui {

using session::Profile;

namespace {
ConnectDialog::Answer &nextAnswer()
{
    static ConnectDialog::Answer answer;
    return answer;
}

enum PageIndex { EmbeddedPage = 0, RemotePage = 1, TenantPage = 2 };

int pageFor(Profile::Kind kind)
{
    switch (kind) {
    case Profile::Kind::EmbeddedDemo:
        return EmbeddedPage;
    case Profile::Kind::RemoteServer:
        return RemotePage;
    case Profile::Kind::MicrosoftTenant:
        return TenantPage;
    }
    return EmbeddedPage;
}

QString loginsKey(const QString &profileId)
{
    return QStringLiteral("connect/logins/") + profileId;
}

QUrl urlFrom(const QLineEdit *edit)
{
    return QUrl::fromUserInput(edit->text().trimmed());
}

QString stripped(const QUrl &url)
{
    return url.toString(QUrl::StripTrailingSlash);
}
} // namespace

ConnectDialog::ConnectDialog(
    const EmbeddedTenant &embedded, const QString &currentProfileId, QWidget *parent)
    : QDialog(parent)
    , m_embedded(embedded)
{
    setObjectName(QStringLiteral("connectDialog"));
    buildUi();
    loadProfiles(currentProfileId);
    retranslate();
}

ConnectDialog::~ConnectDialog() = default;

void ConnectDialog::setNextAnswer(Answer answer)
{
    nextAnswer() = std::move(answer);
}

bool ConnectDialog::hasNextAnswer()
{
    return bool(nextAnswer());
}

ConnectDialog *ConnectDialog::ask(QWidget *parent, const EmbeddedTenant &embedded,
    const QString &currentProfileId, std::function<void(const ConnectChoice &)> chosen)
{
    auto *dialog = new ConnectDialog(embedded, currentProfileId, parent);
    connect(dialog, &ConnectDialog::chosen, parent ? static_cast<QObject *>(parent) : dialog,
        std::move(chosen));
    connect(dialog, &QDialog::finished, dialog, &QObject::deleteLater);
    if (Answer answer = std::exchange(nextAnswer(), Answer())) {
        // A test plays the user: same widgets, same accept(), nothing shown or blocking.
        if (answer(*dialog) == QDialog::Accepted)
            dialog->accept();
        else
            dialog->reject();
        return dialog;
    }
    dialog->open();
    return dialog;
}

// ---- building

void ConnectDialog::buildUi()
{
    auto *layout = new QVBoxLayout(this);

    auto *top = new QFormLayout;
    m_profileCombo = new QComboBox(this);
    m_profileCombo->setObjectName(QStringLiteral("profileCombo"));
    m_profileCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_profileCombo->setMinimumContentsLength(28);
    m_newButton = new QToolButton(this);
    m_newButton->setObjectName(QStringLiteral("newProfileButton"));
    m_newButton->setPopupMode(QToolButton::InstantPopup);
    auto *newMenu = new QMenu(m_newButton);
    newMenu->setObjectName(QStringLiteral("newProfileMenu"));
    m_newRemote = newMenu->addAction(QString());
    m_newRemote->setObjectName(QStringLiteral("newRemoteAction"));
    m_newTenant = newMenu->addAction(QString());
    m_newTenant->setObjectName(QStringLiteral("newTenantAction"));
    m_newButton->setMenu(newMenu);
    m_removeButton = new QToolButton(this);
    m_removeButton->setObjectName(QStringLiteral("removeProfileButton"));
    auto *profileRow = new QHBoxLayout;
    profileRow->addWidget(m_profileCombo, 1);
    profileRow->addWidget(m_newButton);
    profileRow->addWidget(m_removeButton);
    m_profileLabel = new QLabel(this);
    m_profileLabel->setBuddy(m_profileCombo);
    top->addRow(m_profileLabel, profileRow);
    m_nameEdit = new QLineEdit(this);
    m_nameEdit->setObjectName(QStringLiteral("profileNameEdit"));
    m_nameLabel = new QLabel(this);
    m_nameLabel->setBuddy(m_nameEdit);
    top->addRow(m_nameLabel, m_nameEdit);
    layout->addLayout(top);
    m_forms.append(top);

    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("profilePages"));

    auto label = [this](QWidget *buddy, const char *text) {
        auto *l = new QLabel(this);
        l->setBuddy(buddy);
        l->setProperty("sourceText", QByteArray(text));
        return l;
    };

    // Embedded demo tenant.
    {
        auto *page = new QWidget(m_pages);
        auto *form = new QFormLayout(page);
        form->setContentsMargins(0, 0, 0, 0);
        m_forms.append(form);
        m_embeddedInfo = new QLabel(page);
        m_embeddedInfo->setObjectName(QStringLiteral("embeddedInfo"));
        m_embeddedInfo->setWordWrap(true);
        form->addRow(m_embeddedInfo);
        m_principalCombo = new QComboBox(page);
        m_principalCombo->setObjectName(QStringLiteral("principalCombo"));
        form->addRow(label(m_principalCombo, QT_TR_NOOP("Sign &in as:")), m_principalCombo);
        m_principalDescription = new QLabel(page);
        m_principalDescription->setObjectName(QStringLiteral("principalDescription"));
        m_principalDescription->setWordWrap(true);
        m_principalDescription->setForegroundRole(QPalette::PlaceholderText);
        form->addRow(QString(), m_principalDescription);
        m_pages->addWidget(page);
        connect(m_principalCombo, &QComboBox::currentIndexChanged, this, [this] {
            const DemoPrincipal *p
                = m_embedded.principal(m_principalCombo->currentData().toString());
            m_principalDescription->setText(p
                    ? tr("%1\nRoles: %2")
                          .arg(p->description, p->roles.isEmpty() ? tr("none") : p->roles)
                    : QString());
        });
    }
    // Remote Watchfloor server.
    {
        auto *page = new QWidget(m_pages);
        m_remoteForm = new QFormLayout(page);
        m_remoteForm->setContentsMargins(0, 0, 0, 0);
        m_forms.append(m_remoteForm);
        m_remoteUrl = new QLineEdit(page);
        m_remoteUrl->setObjectName(QStringLiteral("remoteUrlEdit"));
        m_remoteUrl->setPlaceholderText(QStringLiteral("http://trainer-pc:8080"));
        m_remoteForm->addRow(label(m_remoteUrl, QT_TR_NOOP("Server &URL:")), m_remoteUrl);
        m_remoteKind = new QComboBox(page);
        m_remoteKind->setObjectName(QStringLiteral("remoteSignInKind"));
        m_remoteKind->addItem(QString());
        m_remoteKind->addItem(QString());
        m_remoteForm->addRow(label(m_remoteKind, QT_TR_NOOP("Sign-in &type:")), m_remoteKind);
        m_remoteLogin = new QComboBox(page);
        m_remoteLogin->setObjectName(QStringLiteral("remoteLoginCombo"));
        m_remoteLogin->setEditable(true);
        m_remoteLogin->setInsertPolicy(QComboBox::NoInsert);
        m_remoteForm->addRow(new QLabel(page), m_remoteLogin); // text: updateRemoteSignInKind()
        m_remoteSecret = new QLineEdit(page);
        m_remoteSecret->setObjectName(QStringLiteral("remoteSecretEdit"));
        m_remoteSecret->setEchoMode(QLineEdit::Password);
        m_remoteForm->addRow(new QLabel(page), m_remoteSecret);
        m_pages->addWidget(page);
        connect(m_remoteKind, &QComboBox::currentIndexChanged, this, [this] {
            updateRemoteSignInKind();
            if (!m_filling)
                probeSecret();
        });
        connect(m_remoteLogin->lineEdit(), &QLineEdit::editingFinished, this, [this] {
            if (!m_filling)
                probeSecret();
        });
        connect(m_remoteLogin, &QComboBox::activated, this, [this] { probeSecret(); });
        connect(m_remoteSecret, &QLineEdit::textEdited, this, [this] { m_secretEdited = true; });
    }
    // Microsoft tenant.
    {
        auto *page = new QWidget(m_pages);
        m_tenantForm = new QFormLayout(page);
        m_tenantForm->setContentsMargins(0, 0, 0, 0);
        m_forms.append(m_tenantForm);
        m_tenantId = new QLineEdit(page);
        m_tenantId->setObjectName(QStringLiteral("tenantIdEdit"));
        m_tenantId->setPlaceholderText(QStringLiteral("00000000-0000-0000-0000-000000000000"));
        m_tenantForm->addRow(label(m_tenantId, QT_TR_NOOP("&Tenant id:")), m_tenantId);
        m_clientId = new QLineEdit(page);
        m_clientId->setObjectName(QStringLiteral("clientIdEdit"));
        m_tenantForm->addRow(label(m_clientId, QT_TR_NOOP("&Client id:")), m_clientId);
        m_tenantKind = new QComboBox(page);
        m_tenantKind->setObjectName(QStringLiteral("tenantSignInKind"));
        m_tenantKind->addItem(QString());
        m_tenantKind->addItem(QString());
        m_tenantForm->addRow(label(m_tenantKind, QT_TR_NOOP("Sign-in &method:")), m_tenantKind);
        m_clientSecret = new QLineEdit(page);
        m_clientSecret->setObjectName(QStringLiteral("clientSecretEdit"));
        m_clientSecret->setEchoMode(QLineEdit::Password);
        m_tenantForm->addRow(label(m_clientSecret, QT_TR_NOOP("Client &secret:")), m_clientSecret);
        m_authority = new QLineEdit(page);
        m_authority->setObjectName(QStringLiteral("authorityEdit"));
        m_tenantForm->addRow(label(m_authority, QT_TR_NOOP("&Authority:")), m_authority);
        m_graphBase = new QLineEdit(page);
        m_graphBase->setObjectName(QStringLiteral("graphBaseEdit"));
        m_tenantForm->addRow(label(m_graphBase, QT_TR_NOOP("&Graph base URL:")), m_graphBase);
        m_armBase = new QLineEdit(page);
        m_armBase->setObjectName(QStringLiteral("armBaseEdit"));
        m_tenantForm->addRow(label(m_armBase, QT_TR_NOOP("A&RM base URL:")), m_armBase);
        m_defaultsButton = new QToolButton(page);
        m_defaultsButton->setObjectName(QStringLiteral("restoreDefaultsButton"));
        m_tenantForm->addRow(QString(), m_defaultsButton);
        m_pages->addWidget(page);
        connect(m_defaultsButton, &QToolButton::clicked, this, [this] {
            const Profile d = Profile::microsoftDefaults();
            m_authority->setText(stripped(d.authority));
            m_graphBase->setText(stripped(d.graphBase));
            m_armBase->setText(stripped(d.armBase));
        });
        connect(m_clientId, &QLineEdit::editingFinished, this, [this] {
            if (!m_filling)
                probeSecret();
        });
        connect(m_clientSecret, &QLineEdit::textEdited, this, [this] { m_secretEdited = true; });
        connect(m_tenantKind, &QComboBox::currentIndexChanged, this, [this] {
            updateTenantSignInKind();
            if (!m_filling)
                probeSecret();
        });
    }
    layout->addWidget(m_pages);

    // Outside the pages: it stays usable (Cancel) while they are disabled for the sign-in.
    m_devicePanel = new DeviceCodePanel(this);
    m_devicePanel->hide();
    layout->addWidget(m_devicePanel);
    connect(m_devicePanel, &DeviceCodePanel::cancelRequested, this, [this] {
        if (m_signIn)
            m_signIn->tokens()->cancelSignIn();
    });

    m_secretNote = new QLabel(this);
    m_secretNote->setObjectName(QStringLiteral("secretNote"));
    m_secretNote->setWordWrap(true);
    m_secretNote->hide();
    layout->addWidget(m_secretNote);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("connectError"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
    layout->addStretch(1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("connectButton"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ConnectDialog::reject);

    connect(m_profileCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (m_filling)
            return;
        storeEdits();
        showProfile(index);
    });
    connect(m_newRemote, &QAction::triggered, this,
        [this] { addProfile(Profile::Kind::RemoteServer); });
    connect(m_newTenant, &QAction::triggered, this,
        [this] { addProfile(Profile::Kind::MicrosoftTenant); });
    connect(m_removeButton, &QToolButton::clicked, this, [this] {
        if (m_current < 0 || m_profiles[m_current].kind == Profile::Kind::EmbeddedDemo)
            return;
        const Profile gone = m_profiles.takeAt(m_current);
        // The keyring entry goes at once: a removed profile's secret has no business staying.
        SecretStore::remove(gone.secretKey());
        m_current = -1;
        fillProfileCombo();
        showProfile(0);
    });
    connect(m_nameEdit, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (m_current < 0)
            return;
        m_profiles[m_current].name = text;
        m_filling = true;
        m_profileCombo->setItemText(m_current, profileLabel(m_profiles[m_current]));
        m_filling = false;
    });
    setMinimumWidth(520);
}

void ConnectDialog::retranslate()
{
    setWindowTitle(tr("Connect"));
    m_profileLabel->setText(tr("&Profile:"));
    m_nameLabel->setText(tr("&Name:"));
    m_newButton->setText(tr("New"));
    m_newButton->setToolTip(tr("Add a connection profile"));
    m_newRemote->setText(tr("Remote Watchfloor server…"));
    m_newTenant->setText(tr("Microsoft tenant…"));
    m_removeButton->setText(tr("Remove"));
    m_removeButton->setToolTip(tr("Remove this profile and its stored secret"));
    m_remoteKind->setItemText(0, tr("Demo user (login and password)"));
    m_remoteKind->setItemText(1, tr("App (client id and secret)"));
    m_tenantKind->setItemText(0, tr("App (client id and secret)"));
    m_tenantKind->setItemText(1, tr("User (sign in with a code in the browser)"));
    m_defaultsButton->setText(tr("Restore Microsoft defaults"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Connect"));
    for (QLabel *l : findChildren<QLabel *>()) {
        const QByteArray source = l->property("sourceText").toByteArray();
        if (!source.isEmpty())
            l->setText(tr(source.constData()));
    }
    updateRemoteSignInKind();
    if (m_embedded.isRunning()) {
        m_embeddedInfo->setText(
            tr("The demo tenant %1 (%2) runs inside Watchfloor at %3. Its sign-ins are generated "
               "with it; nothing needs to be stored.")
                .arg(m_embedded.tenantName, m_embedded.domain, stripped(m_embedded.baseUrl)));
    } else {
        m_embeddedInfo->setText(
            tr("The embedded demo tenant is not running in this session. Start Watchfloor "
               "without --profile to use it."));
    }
    m_filling = true;
    for (int i = 0; i < m_profiles.size() && i < m_profileCombo->count(); ++i)
        m_profileCombo->setItemText(i, profileLabel(m_profiles[i]));
    m_filling = false;
    alignForms();
}

// The forms of the pages sit under the profile form: one label width for all, so the
// fields line up whichever page shows (and after a language change).
void ConnectDialog::alignForms()
{
    QList<QLabel *> labels;
    int width = 0;
    for (QFormLayout *form : std::as_const(m_forms)) {
        for (int row = 0; row < form->rowCount(); ++row) {
            QLayoutItem *item = form->itemAt(row, QFormLayout::LabelRole);
            if (auto *label = item ? qobject_cast<QLabel *>(item->widget()) : nullptr) {
                label->setMinimumWidth(0);
                width = qMax(width, label->sizeHint().width());
                labels.append(label);
            }
        }
    }
    for (QLabel *label : std::as_const(labels))
        label->setMinimumWidth(width);
}

void ConnectDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

QString ConnectDialog::profileLabel(const Profile &p)
{
    QString name = p.name;
    if (p.kind == Profile::Kind::EmbeddedDemo)
        name = tr("Embedded demo tenant");
    else if (name.isEmpty())
        name = p.kind == Profile::Kind::RemoteServer ? tr("Remote Watchfloor server")
                                                     : tr("Microsoft tenant");
    return name;
}

// ---- profiles

void ConnectDialog::loadProfiles(const QString &currentProfileId)
{
    m_profiles = session::ProfileStore::load();
    // The embedded demo is always there, first.
    int embedded = -1;
    for (int i = 0; i < m_profiles.size(); ++i) {
        if (m_profiles[i].kind == Profile::Kind::EmbeddedDemo) {
            embedded = i;
            break;
        }
    }
    if (embedded < 0)
        m_profiles.prepend(Profile::embeddedDemo());
    else
        m_profiles.move(embedded, 0);

    m_principalCombo->clear();
    for (const DemoPrincipal &p : std::as_const(m_embedded.principals)) {
        m_principalCombo->addItem(p.login, p.login);
        m_principalCombo->setItemData(
            m_principalCombo->count() - 1, p.description, Qt::ToolTipRole);
    }

    fillProfileCombo();
    int index = 0;
    const QString wanted
        = currentProfileId.isEmpty() ? session::ProfileStore::lastUsed() : currentProfileId;
    for (int i = 0; i < m_profiles.size(); ++i) {
        if (m_profiles[i].id == wanted)
            index = i;
    }
    showProfile(index);
}

void ConnectDialog::fillProfileCombo()
{
    m_filling = true;
    m_profileCombo->clear();
    for (const Profile &p : std::as_const(m_profiles))
        m_profileCombo->addItem(profileLabel(p), p.id);
    m_filling = false;
}

void ConnectDialog::showProfile(int index)
{
    if (index < 0 || index >= m_profiles.size())
        return;
    m_filling = true;
    m_current = index;
    m_profileCombo->setCurrentIndex(index);
    const Profile &p = m_profiles[index];
    const bool embedded = p.kind == Profile::Kind::EmbeddedDemo;
    m_nameEdit->setText(embedded ? profileLabel(p) : p.name);
    m_nameEdit->setEnabled(!embedded);
    m_removeButton->setEnabled(!embedded);
    m_pages->setCurrentIndex(pageFor(p.kind));
    m_secretEdited = false;
    m_error->hide();
    m_secretNote->hide();
    m_devicePanel->hide();
    switch (p.kind) {
    case Profile::Kind::EmbeddedDemo: {
        int row = m_principalCombo->findData(p.login(), Qt::UserRole, Qt::MatchFixedString);
        if (row < 0)
            row = m_principalCombo->findData(
                m_embedded.defaultLogin(), Qt::UserRole, Qt::MatchFixedString);
        m_principalCombo->setCurrentIndex(qMax(0, row));
        m_principalCombo->setEnabled(m_embedded.isRunning());
        break;
    }
    case Profile::Kind::RemoteServer: {
        m_remoteUrl->setText(stripped(p.authority));
        m_remoteKind->setCurrentIndex(p.useClientSecret ? 1 : 0);
        m_remoteLogin->clear();
        const QString login = p.login();
        QStringList logins = QSettings().value(loginsKey(p.id)).toStringList();
        logins.removeAll(login);
        if (!login.isEmpty())
            logins.prepend(login);
        m_remoteLogin->addItems(logins);
        m_remoteLogin->setEditText(login);
        m_remoteSecret->clear();
        break;
    }
    case Profile::Kind::MicrosoftTenant:
        m_tenantId->setText(p.tenant);
        m_clientId->setText(p.clientId);
        m_tenantKind->setCurrentIndex(p.useDeviceCode ? 1 : 0);
        m_clientSecret->clear();
        m_authority->setText(stripped(p.authority));
        m_graphBase->setText(stripped(p.graphBase));
        m_armBase->setText(stripped(p.armBase));
        break;
    }
    updateRemoteSignInKind();
    updateTenantSignInKind();
    m_filling = false;
    updateOkButton();
    probeSecret();
}

void ConnectDialog::storeEdits()
{
    if (m_current < 0 || m_current >= m_profiles.size())
        return;
    Profile &p = m_profiles[m_current];
    switch (p.kind) {
    case Profile::Kind::EmbeddedDemo: {
        const QString login = m_principalCombo->currentData().toString();
        if (!login.isEmpty()) {
            QString unused;
            const Profile built = m_embedded.profileFor(login, &unused);
            p.username = built.username;
            p.clientId = built.clientId;
            p.useClientSecret = built.useClientSecret;
        }
        break;
    }
    case Profile::Kind::RemoteServer: {
        const QUrl url = urlFrom(m_remoteUrl);
        p.authority = url;
        p.graphBase = QUrl(stripped(url) + QStringLiteral("/v1.0"));
        p.armBase = url;
        p.useClientSecret = m_remoteKind->currentIndex() == 1;
        const QString login = m_remoteLogin->currentText().trimmed();
        if (p.useClientSecret) {
            p.clientId = login;
            p.username.clear();
            p.tenant = QStringLiteral("organizations");
        } else {
            p.username = login;
            p.clientId.clear();
            // Our server knows its tenant by domain too; "organizations" when unsure.
            const qsizetype at = login.indexOf(u'@');
            p.tenant = at > 0 ? login.mid(at + 1) : QStringLiteral("organizations");
        }
        p.etags = true;
        break;
    }
    case Profile::Kind::MicrosoftTenant:
        p.tenant = m_tenantId->text().trimmed();
        p.clientId = m_clientId->text().trimmed();
        p.useDeviceCode = m_tenantKind->currentIndex() == 1;
        p.useClientSecret = !p.useDeviceCode; // the user signed in last stays the username
        p.authority = urlFrom(m_authority);
        p.graphBase = urlFrom(m_graphBase);
        p.armBase = urlFrom(m_armBase);
        p.etags = false;
        break;
    }
    if (p.kind != Profile::Kind::EmbeddedDemo)
        p.name = m_nameEdit->text().trimmed();
}

void ConnectDialog::addProfile(Profile::Kind kind)
{
    storeEdits();
    Profile p = kind == Profile::Kind::MicrosoftTenant ? Profile::microsoftDefaults() : Profile();
    p.kind = kind;
    if (p.id.isEmpty())
        p.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    p.name = profileLabel(p); // the default name, editable
    if (kind == Profile::Kind::RemoteServer)
        p.etags = true;
    m_profiles.append(p);
    fillProfileCombo();
    showProfile(int(m_profiles.size() - 1));
    m_nameEdit->setFocus();
}

bool ConnectDialog::selectProfile(const QString &id)
{
    for (int i = 0; i < m_profiles.size(); ++i) {
        if (m_profiles[i].id == id) {
            storeEdits();
            showProfile(i);
            return true;
        }
    }
    return false;
}

QString ConnectDialog::currentProfileId() const
{
    return m_current >= 0 ? m_profiles[m_current].id : QString();
}

Profile ConnectDialog::currentProfile() const
{
    const_cast<ConnectDialog *>(this)->storeEdits();
    return m_current >= 0 ? m_profiles[m_current] : Profile();
}

bool ConnectDialog::selectPrincipal(const QString &login)
{
    const int row = m_principalCombo->findData(login, Qt::UserRole, Qt::MatchFixedString);
    if (row < 0)
        return false;
    m_principalCombo->setCurrentIndex(row);
    return true;
}

QStringList ConnectDialog::principalLogins() const
{
    QStringList out;
    for (int i = 0; i < m_principalCombo->count(); ++i)
        out.append(m_principalCombo->itemData(i).toString());
    return out;
}

void ConnectDialog::setRemote(
    const QString &url, const QString &login, const QString &secret, bool appSignIn)
{
    m_remoteUrl->setText(url);
    m_remoteKind->setCurrentIndex(appSignIn ? 1 : 0);
    m_remoteLogin->setEditText(login);
    m_remoteSecret->setText(secret);
    m_secretEdited = true;
    storeEdits();
}

void ConnectDialog::setTenant(
    const QString &tenantId, const QString &clientId, const QString &secret)
{
    m_tenantId->setText(tenantId);
    m_clientId->setText(clientId);
    m_clientSecret->setText(secret);
    m_secretEdited = true;
    storeEdits();
}

void ConnectDialog::setTenantDeviceCode(bool deviceCode)
{
    m_tenantKind->setCurrentIndex(deviceCode ? 1 : 0);
    storeEdits();
}

QString ConnectDialog::secretNote() const
{
    return m_secretNote->isHidden() ? QString() : m_secretNote->text();
}

QString ConnectDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void ConnectDialog::updateRemoteSignInKind()
{
    const bool app = m_remoteKind->currentIndex() == 1;
    if (auto *l = qobject_cast<QLabel *>(m_remoteForm->labelForField(m_remoteLogin))) {
        l->setText(app ? tr("&Client id:") : tr("Sign &in as:"));
        l->setBuddy(m_remoteLogin);
    }
    if (auto *l = qobject_cast<QLabel *>(m_remoteForm->labelForField(m_remoteSecret))) {
        l->setText(app ? tr("Client &secret:") : tr("&Password:"));
        l->setBuddy(m_remoteSecret);
    }
    m_remoteLogin->lineEdit()->setPlaceholderText(app
            ? QStringLiteral("00000000-0000-0000-0000-000000000000")
            : tr("analyst@contoso.example"));
    alignForms();
}

void ConnectDialog::updateTenantSignInKind()
{
    // A user's sign-in happens in the browser: there is no secret to type.
    m_tenantForm->setRowVisible(m_clientSecret, m_tenantKind->currentIndex() == 0);
    alignForms();
}

void ConnectDialog::updateOkButton()
{
    const bool embeddedDown = m_current >= 0
        && m_profiles[m_current].kind == Profile::Kind::EmbeddedDemo && !m_embedded.isRunning();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_busy && !embeddedDown);
}

void ConnectDialog::setBusy(bool busy)
{
    m_busy = busy;
    // The profile being signed in to stays the current one until the end.
    const bool embedded
        = m_current >= 0 && m_profiles[m_current].kind == Profile::Kind::EmbeddedDemo;
    m_profileCombo->setEnabled(!busy);
    m_newButton->setEnabled(!busy);
    m_removeButton->setEnabled(!busy && !embedded);
    m_nameEdit->setEnabled(!busy && !embedded);
    m_pages->setEnabled(!busy);
    updateOkButton();
}

// ---- secrets

QString ConnectDialog::currentSecret() const
{
    if (m_current < 0)
        return {};
    switch (m_profiles[m_current].kind) {
    case Profile::Kind::RemoteServer:
        return m_remoteSecret->text();
    case Profile::Kind::MicrosoftTenant:
        return m_profiles[m_current].useDeviceCode ? QString() : m_clientSecret->text();
    case Profile::Kind::EmbeddedDemo:
        break;
    }
    return {};
}

// Asks the keyring for the shown profile's secret: it fills the field, and tells early
// whether a keyring exists at all, so the note is there before the user presses Connect.
void ConnectDialog::probeSecret()
{
    storeEdits();
    if (m_current < 0 || m_profiles[m_current].kind == Profile::Kind::EmbeddedDemo)
        return;
    const Profile &p = m_profiles[m_current];
    // The Connect button signs a device code user in afresh: nothing to fill in. (The
    // kept refresh token serves the next start without asking; see main.)
    if (p.login().isEmpty() || (p.kind == Profile::Kind::MicrosoftTenant && p.useDeviceCode))
        return;
    const quint64 probe = ++m_probe;
    const int index = m_current;
    SecretStore::read(p.secretKey(), this, [this, probe, index](const SecretStore::Result &r) {
        if (probe != m_probe || index != m_current)
            return;
        if (!r.secret.isEmpty() && !m_secretEdited) {
            QLineEdit *edit = m_profiles[m_current].kind == Profile::Kind::RemoteServer
                ? m_remoteSecret
                : m_clientSecret;
            edit->setText(r.secret);
        }
        setSecretNote(r, false);
    });
}

void ConnectDialog::setSecretNote(const SecretStore::Result &r, bool afterWrite)
{
    QString text;
    switch (r.where) {
    case SecretStore::Where::Keyring:
        text = afterWrite ? tr("The secret is stored in the system keyring.")
                          : tr("The secret comes from the system keyring.");
        break;
    case SecretStore::Where::NotFound:
        break;
    case SecretStore::Where::Memory:
        text = r.keyringError.isEmpty()
            ? tr("The secret is kept in memory until Watchfloor quits; the system keyring could "
                 "not store it, so you will be asked again next time.")
            : tr("The system keyring could not be used (%1). The secret is kept in memory "
                 "until Watchfloor quits and is never written to disk: you will be asked for it "
                 "again next time.")
                  .arg(r.keyringError);
        break;
    }
    m_secretNote->setText(text);
    m_secretNote->setVisible(!text.isEmpty());
}

// ---- accepting

QString ConnectDialog::validate(const Profile &p, const QString &secret) const
{
    auto badUrl = [](const QUrl &u) {
        return !u.isValid() || u.host().isEmpty()
            || (u.scheme() != QLatin1StringView("http")
                && u.scheme() != QLatin1StringView("https"));
    };
    switch (p.kind) {
    case Profile::Kind::EmbeddedDemo:
        if (!m_embedded.isRunning())
            return tr("The embedded demo tenant is not running in this session.");
        break;
    case Profile::Kind::RemoteServer:
        if (badUrl(p.authority))
            return tr("Enter the server's address, for example http://trainer-pc:8080.");
        if (p.login().isEmpty())
            return p.useClientSecret ? tr("Enter the app's client id.") : tr("Enter who signs in.");
        if (secret.isEmpty())
            return p.useClientSecret ? tr("Enter the client secret.") : tr("Enter the password.");
        break;
    case Profile::Kind::MicrosoftTenant:
        if (p.tenant.isEmpty())
            return tr("Enter the tenant id (a GUID or the tenant's domain).");
        if (p.clientId.isEmpty())
            return tr("Enter the client id of the app registration.");
        if (!p.useDeviceCode && secret.isEmpty())
            return tr("Enter the client secret.");
        if (badUrl(p.authority) || badUrl(p.graphBase) || badUrl(p.armBase))
            return tr("The authority, Graph and ARM base URLs must be http or https addresses.");
        break;
    }
    return {};
}

void ConnectDialog::accept()
{
    if (m_busy)
        return;
    storeEdits();
    if (m_current < 0)
        return;
    Profile profile = m_profiles[m_current];
    QString secret = currentSecret();
    if (profile.kind == Profile::Kind::EmbeddedDemo && m_embedded.isRunning())
        profile = m_embedded.profileFor(m_principalCombo->currentData().toString(), &secret);
    const QString problem = validate(profile, secret);
    if (!problem.isEmpty()) {
        m_error->setText(problem);
        m_error->show();
        return;
    }
    m_error->hide();

    // Remember the profiles (never a secret) and who signed in.
    session::ProfileStore::save(m_profiles);
    session::ProfileStore::setLastUsed(profile.id);
    if (profile.kind == Profile::Kind::RemoteServer) {
        const QString login = profile.login();
        QSettings settings;
        QStringList logins = settings.value(loginsKey(profile.id)).toStringList();
        logins.removeAll(login);
        logins.prepend(login);
        settings.setValue(loginsKey(profile.id), logins.mid(0, 10));
    }

    ConnectChoice choice {profile, secret, SecretStore::Where::NotFound, {}};
    if (profile.kind == Profile::Kind::EmbeddedDemo) {
        finish(choice); // demo secrets are derived by the server at every start
        return;
    }
    if (profile.kind == Profile::Kind::MicrosoftTenant && profile.useDeviceCode) {
        signInWithDeviceCode(profile);
        return;
    }
    storeSecretAndFinish(choice);
}

void ConnectDialog::reject()
{
    if (m_signIn)
        m_signIn->tokens()->cancelSignIn();
    QDialog::reject();
}

// Signs the user in on the dialog's own gateway: the profile must know who it is before a
// session opens, since the local cache is per person. The dialog closes once the browser
// said yes; the refresh token is the profile's secret from then on.
void ConnectDialog::signInWithDeviceCode(Profile profile)
{
    setBusy(true);
    m_secretNote->hide();
    m_signIn = std::make_unique<net::RestGateway>();
    net::TokenProvider *tokens = m_signIn->tokens();
    net::Credentials c;
    c.grant = net::Credentials::Grant::DeviceCode;
    c.authority = profile.authority;
    c.tenant = profile.tenant;
    c.clientId = profile.clientId;
    tokens->setCredentials(c);
    connect(
        tokens, &net::TokenProvider::deviceCodeReady, m_devicePanel, &DeviceCodePanel::showPrompt);
    m_devicePanel->showStarting();
    m_devicePanel->show();
    const int index = m_current;
    tokens->signIn(QString::fromLatin1(net::GraphClient::kResource),
        [this, profile, index](const QString &, const net::ApiError &error) mutable {
            // Not here: this runs inside the gateway's own sign-in code.
            net::RestGateway *done = m_signIn.release();
            done->deleteLater();
            if (!error.ok()) {
                setBusy(false);
                if (error.kind == net::ApiError::Kind::Cancelled)
                    m_devicePanel->showCancelled();
                else
                    m_devicePanel->showError(error.sentence());
                return;
            }
            profile.username = done->tokens()->account();
            m_devicePanel->showSignedIn(profile.username);
            if (index >= 0 && index < m_profiles.size()) {
                m_profiles[index].username = profile.username;
                session::ProfileStore::save(m_profiles);
            }
            storeSecretAndFinish(
                {profile, done->tokens()->refreshToken(), SecretStore::Where::NotFound, {}});
        });
}

// Puts the secret in the keyring (or memory, and says so), then closes with the choice.
void ConnectDialog::storeSecretAndFinish(ConnectChoice choice)
{
    setBusy(true);
    m_secretNote->setText(tr("Saving the secret to the system keyring…"));
    m_secretNote->show();
    SecretStore::write(choice.profile.secretKey(), choice.secret, this,
        [this, choice](const SecretStore::Result &r) mutable {
            setBusy(false);
            setSecretNote(r, true);
            choice.secretWhere = r.where;
            if (r.where == SecretStore::Where::Memory)
                choice.note = m_secretNote->text();
            finish(choice);
        });
}

void ConnectDialog::finish(ConnectChoice choice)
{
    Q_EMIT chosen(choice);
    QDialog::accept();
}

} // namespace wf::ui
