// DeviceCodePanel: the states of a device code sign-in, retranslated on language change.
#include "devicecodepanel.h"

#include <QClipboard>
#include <QDateTime>
#include <QEvent>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace wf::ui {

DeviceCodePanel::DeviceCodePanel(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("deviceCodePanel"));
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(this);

    m_instructions = new QLabel(this);
    m_instructions->setObjectName(QStringLiteral("deviceSignInInstructions"));
    m_instructions->setWordWrap(true);
    m_instructions->setTextFormat(Qt::RichText);
    m_instructions->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_instructions->setOpenExternalLinks(true);
    layout->addWidget(m_instructions);

    auto *codeRow = new QHBoxLayout;
    m_code = new QLineEdit(this);
    m_code->setObjectName(QStringLiteral("deviceUserCode"));
    m_code->setReadOnly(true);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(mono.pointSizeF() * 1.6);
    mono.setBold(true);
    m_code->setFont(mono);
    m_code->setAlignment(Qt::AlignCenter);
    codeRow->addWidget(m_code, 1);
    m_copy = new QPushButton(this);
    m_copy->setObjectName(QStringLiteral("copyCodeButton"));
    codeRow->addWidget(m_copy);
    layout->addLayout(codeRow);

    auto *statusRow = new QHBoxLayout;
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("deviceSignInBusy"));
    m_busy->setRange(0, 0); // no end known: the moving bar says "waiting"
    m_busy->setTextVisible(false);
    m_busy->setMaximumWidth(80);
    statusRow->addWidget(m_busy);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("deviceSignInStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusRow->addWidget(m_status, 1);
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("cancelSignInButton"));
    statusRow->addWidget(m_cancel);
    layout->addLayout(statusRow);

    connect(m_copy, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_code->text());
        m_code->setFocus();
        m_code->selectAll();
    });
    connect(m_cancel, &QPushButton::clicked, this, &DeviceCodePanel::cancelRequested);
    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, &DeviceCodePanel::updateStatus);
    setState(State::Starting);
}

void DeviceCodePanel::showStarting()
{
    m_prompt = {};
    setState(State::Starting);
}

void DeviceCodePanel::showPrompt(const net::DeviceCodePrompt &prompt)
{
    m_prompt = prompt;
    setState(State::Waiting);
}

void DeviceCodePanel::showSignedIn(const QString &account)
{
    m_account = account;
    setState(State::SignedIn);
}

void DeviceCodePanel::showCancelled()
{
    setState(State::Cancelled);
}

void DeviceCodePanel::showError(const QString &sentence)
{
    m_error = sentence;
    setState(State::Failed);
}

QString DeviceCodePanel::userCode() const
{
    return m_state == State::Waiting ? m_code->text() : QString();
}

QString DeviceCodePanel::statusText() const
{
    return m_status->text();
}

void DeviceCodePanel::setState(State state)
{
    m_state = state;
    const bool waiting = state == State::Waiting;
    const bool busy = waiting || state == State::Starting;
    m_instructions->setVisible(waiting);
    m_code->setVisible(waiting);
    m_copy->setVisible(waiting);
    m_busy->setVisible(busy);
    m_cancel->setVisible(busy);
    m_code->setText(waiting ? m_prompt.userCode : QString());
    if (waiting)
        m_countdown.start();
    else
        m_countdown.stop();
    retranslate();
}

void DeviceCodePanel::retranslate()
{
    m_copy->setText(tr("&Copy code"));
    m_copy->setToolTip(tr("Copy the code to the clipboard"));
    m_cancel->setText(tr("Cancel sign-in"));
    const QString page = m_prompt.verificationUri.toString();
    m_instructions->setText(tr("To sign in, open %1 in a browser and enter this code:")
                                .arg(QStringLiteral("<a href=\"%1\">%2</a>")
                                         .arg(page.toHtmlEscaped(), page.toHtmlEscaped())));
    m_code->setToolTip(m_prompt.message);
    updateStatus();
}

void DeviceCodePanel::updateStatus()
{
    QString text;
    switch (m_state) {
    case State::Starting:
        text = tr("Asking for a sign-in code…");
        break;
    case State::Waiting: {
        const qint64 left
            = qMax(qint64(0), m_prompt.expiresAtMs - QDateTime::currentMSecsSinceEpoch()) / 1000;
        const QString time
            = QStringLiteral("%1:%2").arg(left / 60).arg(left % 60, 2, 10, QLatin1Char('0'));
        text = tr("Waiting for the sign-in in the browser. The code expires in %1.").arg(time);
        break;
    }
    case State::SignedIn:
        text = tr("Signed in as %1.").arg(m_account);
        break;
    case State::Cancelled:
        text = tr("The sign-in was cancelled.");
        break;
    case State::Failed:
        text = m_error;
        break;
    }
    m_status->setText(text);
}

void DeviceCodePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

} // namespace wf::ui
