// Doctor cards.
#include "doctorpanel.h"

#include "session/session.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace wf::ui {

using integration::DuplicateFinding;

QString prerequisiteLine(std::optional<bool> met, const QString &text)
{
    const QString mark = !met ? QStringLiteral("•") : *met ? QStringLiteral("✔") : QStringLiteral("✖");
    return QStringLiteral("%1 %2").arg(mark, text.toHtmlEscaped());
}

DoctorPanel::DoctorPanel(session::Session *session, Kinds kinds, bool showAllClear, QWidget *parent)
    : QFrame(parent)
    , m_session(session)
    , m_kinds(std::move(kinds))
    , m_showAllClear(showAllClear)
{
    setObjectName(QStringLiteral("doctorPanel"));
    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    auto *head = new QHBoxLayout;
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("doctorHeading"));
    QFont f = m_heading->font();
    f.setBold(true);
    m_heading->setFont(f);
    head->addWidget(m_heading, 1);
    m_recheck = new QPushButton(this);
    m_recheck->setObjectName(QStringLiteral("doctorRecheckButton"));
    connect(m_recheck, &QPushButton::clicked, this, [this] { m_session->doctor()->examine(); });
    head->addWidget(m_recheck);
    m_layout->addLayout(head);
    m_cards = new QWidget(this);
    auto *cardsLayout = new QVBoxLayout(m_cards);
    cardsLayout->setContentsMargins(0, 0, 0, 0);
    m_layout->addWidget(m_cards);
    connect(session->doctor(), &integration::DuplicateDoctor::examined, this, &DoctorPanel::rebuild);
    connect(session->setup(), &integration::SetupService::changed, this, &DoctorPanel::rebuild);
    rebuild();
}

void DoctorPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QFrame::changeEvent(event);
}

QString DoctorPanel::counts(const DuplicateFinding &f) const
{
    const QLocale locale;
    const integration::DuplicateDoctor *doctor = m_session->doctor();
    if (doctor->isExamining())
        return tr("Counting the duplicates…");
    if (f.kind == DuplicateFinding::Kind::LegacyBesideTenant) {
        if (f.duplicateAlerts < 0)
            return tr("The duplicate alerts could not be counted: %1").arg(doctor->countError());
        return f.duplicateAlerts == 1 ? tr("1 alert is in SecurityAlert twice now.")
                                      : tr("%1 alerts are in SecurityAlert twice now.").arg(locale.toString(f.duplicateAlerts));
    }
    if (f.duplicateIncidents < 0)
        return tr("The duplicate incidents could not be counted: %1").arg(doctor->countError());
    return f.duplicateIncidents == 1
        ? tr("1 Sentinel incident duplicates a Defender XDR incident now.")
        : tr("%1 Sentinel incidents duplicate Defender XDR incidents now.").arg(locale.toString(f.duplicateIncidents));
}

QString DoctorPanel::subscriptionLines(const DuplicateFinding &f) const
{
    const QLocale locale;
    QStringList lines;
    for (const QString &id : f.subscriptions) {
        const integration::SubscriptionSetup *s = m_session->setup()->subscription(id);
        const QString name = s ? s->name : id;
        const qint64 n = f.alertsBySubscription.value(id, -1);
        if (n == 1)
            lines << tr("%1: 1 duplicate alert").arg(name.toHtmlEscaped());
        else if (n >= 0)
            lines << tr("%1: %2 duplicate alerts").arg(name.toHtmlEscaped(), locale.toString(n));
        else
            lines << name.toHtmlEscaped();
    }
    return lines.join(QStringLiteral("<br>"));
}

void DoctorPanel::rebuild()
{
    m_recheck->setText(tr("Check again"));
    m_recheck->setToolTip(tr("Find the duplicate situations and count the duplicates again"));
    // Cards are few and change rarely: rebuilt whole.
    QLayout *layout = m_cards->layout();
    while (QLayoutItem *item = layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const integration::DuplicateDoctor *doctor = m_session->doctor();
    const integration::SetupService *setup = m_session->setup();
    m_shown = 0;
    // The situations come from the set-up as it is now; the counts from the last examination.
    const QList<DuplicateFinding> now = integration::DuplicateDoctor::situations(*setup);
    for (const DuplicateFinding &situation : now) {
        if (!m_kinds.isEmpty() && !m_kinds.contains(situation.kind))
            continue;
        DuplicateFinding f = situation;
        for (const DuplicateFinding &examined : doctor->findings()) {
            if (examined.kind == f.kind && examined.subscriptions == f.subscriptions && examined.rules == f.rules)
                f = examined;
        }
        ++m_shown;
        auto *card = new QFrame(m_cards);
        card->setObjectName(QStringLiteral("doctorFinding"));
        card->setProperty("findingKind", int(f.kind));
        card->setFrameShape(QFrame::StyledPanel);
        card->setAutoFillBackground(true);
        card->setBackgroundRole(QPalette::AlternateBase);
        auto *v = new QVBoxLayout(card);
        auto *title = new QLabel(QStringLiteral("<b>%1</b>").arg(f.title().toHtmlEscaped()), card);
        title->setWordWrap(true);
        v->addWidget(title);
        auto *text = new QLabel(f.explanation(), card);
        text->setWordWrap(true);
        v->addWidget(text);
        auto *count = new QLabel(counts(f), card);
        count->setObjectName(QStringLiteral("doctorCount"));
        count->setWordWrap(true);
        v->addWidget(count);
        if (f.kind == DuplicateFinding::Kind::LegacyBesideTenant) {
            auto *subs = new QLabel(subscriptionLines(f), card);
            subs->setObjectName(QStringLiteral("doctorSubscriptions"));
            subs->setTextFormat(Qt::RichText);
            subs->setContentsMargins(12, 0, 0, 0);
            v->addWidget(subs);
        }
        auto *row = new QHBoxLayout;
        auto *fixText = new QLabel(f.fixText(), card);
        fixText->setWordWrap(true);
        row->addWidget(fixText, 1);
        auto *fix = new QPushButton(tr("Fix…"), card);
        fix->setObjectName(QStringLiteral("doctorFixButton"));
        // The fix is a connector or rule change: the same gates as the controls that make it.
        integration::Gate gate;
        if (f.kind == DuplicateFinding::Kind::LegacyBesideTenant) {
            for (const QString &sub : std::as_const(f.subscriptions)) {
                const integration::Gate g = setup->mayDisconnect(sub);
                if (!g.allowed && gate.allowed)
                    gate = g;
            }
        } else {
            gate = setup->mayWriteRules();
        }
        bool pending = false;
        for (const QString &sub : std::as_const(f.subscriptions))
            pending = pending || setup->isPending(QStringLiteral("legacy:") + sub);
        for (const QString &rule : std::as_const(f.rules))
            pending = pending || setup->isPending(QStringLiteral("rule:") + rule);
        fix->setEnabled(gate.allowed && !pending);
        fix->setToolTip(gate.allowed ? f.fixText() : gate.why);
        if (pending)
            fix->setText(tr("Fixing…"));
        connect(fix, &QPushButton::clicked, this, [this, f] { confirmFix(f); });
        row->addWidget(fix, 0, Qt::AlignBottom);
        v->addLayout(row);
        layout->addWidget(card);
    }
    if (m_shown == 0 && m_showAllClear) {
        auto *clear = new QLabel(setup->hasLoaded() ? tr("No duplicates: every alert and incident arrives once.")
                                                    : tr("Reading the set-up…"),
                                 m_cards);
        clear->setObjectName(QStringLiteral("doctorAllClear"));
        layout->addWidget(clear);
    }
    m_heading->setText(m_shown == 0 ? tr("Duplicate doctor")
                                    : tr("Duplicate doctor: %1 to fix").arg(m_shown));
    m_recheck->setVisible(m_showAllClear || m_shown > 0);
    setVisible(m_showAllClear || m_shown > 0);
}

void DoctorPanel::confirmFix(const DuplicateFinding &finding)
{
    QString question;
    if (finding.kind == DuplicateFinding::Kind::LegacyBesideTenant)
        question = finding.subscriptions.size() == 1
            ? tr("Disconnect 1 subscription from the subscription-based Defender for Cloud connector?")
            : tr("Disconnect %1 subscriptions from the subscription-based Defender for Cloud connector?")
                  .arg(finding.subscriptions.size());
    else
        question = finding.rules.size() == 1
            ? tr("Turn off the incident-creation rule for Defender for Cloud alerts?")
            : tr("Turn off %1 incident-creation rules for Defender for Cloud alerts?").arg(finding.rules.size());
    auto *box = new QMessageBox(QMessageBox::Question, tr("Fix duplicates"), question,
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmFixDialog"));
    box->setInformativeText(finding.fixText());
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, finding](int result) {
        if (result != QMessageBox::Yes)
            return;
        m_session->doctor()->fix(finding);
        Q_EMIT fixRequested();
    });
    box->open();
}

} // namespace wf::ui
