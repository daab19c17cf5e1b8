// Connectors overview and navigation between the connector pages.
#include "connectorsarea.h"

#include "common/sparkline.h"
#include "doctorpanel.h"
#include "legacyconnectorpage.h"
#include "session/session.h"
#include "tenantpages.h"

#include <QDateTime>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace wf::ui {

using integration::ConnectorId;
using integration::SetupService;

namespace {

QString ago(const QDateTime &when)
{
    if (!when.isValid())
        return ConnectorsArea::tr("No data received yet");
    const qint64 secs = when.secsTo(QDateTime::currentDateTimeUtc());
    // Two sentences each rather than "%n minute(s)": English has no .ts of its own to pluralise.
    QString span;
    const qint64 minutes = secs / 60, hours = secs / 3600, days = secs / 86400;
    if (secs < 90)
        span = ConnectorsArea::tr("just now");
    else if (secs < 90 * 60)
        span = ConnectorsArea::tr("%1 minutes ago").arg(minutes);
    else if (secs < 36 * 3600)
        span = ConnectorsArea::tr("%1 hours ago").arg(hours);
    else if (days == 1)
        span = ConnectorsArea::tr("1 day ago");
    else
        span = ConnectorsArea::tr("%1 days ago").arg(days);
    return ConnectorsArea::tr("Last data received %1 (%2)")
        .arg(span, QLocale().toString(when.toLocalTime(), QLocale::ShortFormat));
}

} // namespace

QWidget *createConnectorsArea(session::Session *session, QWidget *parent)
{
    return new ConnectorsArea(session, parent);
}

ConnectorsArea::ConnectorsArea(session::Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_volumes(new integration::VolumeReader(session->queries(), this))
{
    setObjectName(QStringLiteral("connectorsArea"));
    auto *v = new QVBoxLayout(this);
    v->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    v->addWidget(m_stack);
    m_stack->addWidget(buildOverview());
    m_legacy = new LegacyConnectorPage(session, m_stack);
    m_tenant = new TenantConnectorPage(session, m_stack);
    m_xdr = new XdrConnectorPage(session, m_stack);
    m_stack->addWidget(m_legacy);
    m_stack->addWidget(m_tenant);
    m_stack->addWidget(m_xdr);
    connect(m_legacy, &LegacyConnectorPage::backRequested, this, [this] { showPage(Page::Overview); });
    connect(m_tenant, &TenantSwitchPage::backRequested, this, [this] { showPage(Page::Overview); });
    connect(m_xdr, &TenantSwitchPage::backRequested, this, [this] { showPage(Page::Overview); });
    connect(m_legacy, &LegacyConnectorPage::queryRequested, this, &ConnectorsArea::queryRequested);
    connect(m_legacy, &LegacyConnectorPage::rulesRequested, this, &ConnectorsArea::rulesRequested);
    connect(session->setup(), &SetupService::changed, this, &ConnectorsArea::updateCards);
    connect(session->setup(), &SetupService::loaded, m_volumes, &integration::VolumeReader::refresh);
    connect(m_volumes, &integration::VolumeReader::updated, this, &ConnectorsArea::updateCards);
    retranslateUi();
}

QWidget *ConnectorsArea::buildOverview()
{
    auto *scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("connectorsOverview"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *body = new QWidget(scroll);
    scroll->setWidget(body);
    auto *v = new QVBoxLayout(body);
    v->setContentsMargins(16, 12, 16, 16);
    v->setSpacing(12);
    auto *top = new QHBoxLayout;
    m_heading = new QLabel(body);
    QFont f = m_heading->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.3);
    m_heading->setFont(f);
    top->addWidget(m_heading, 1);
    m_refresh = new QPushButton(body);
    m_refresh->setObjectName(QStringLiteral("refreshButton"));
    connect(m_refresh, &QPushButton::clicked, m_session->setup(), &SetupService::refresh);
    top->addWidget(m_refresh);
    v->addLayout(top);
    m_intro = new QLabel(body);
    m_intro->setWordWrap(true);
    v->addWidget(m_intro);
    m_doctor = new DoctorPanel(m_session, {}, true, body);
    v->addWidget(m_doctor);

    for (ConnectorId id : {ConnectorId::Legacy, ConnectorId::TenantBased, ConnectorId::XdrIncidents}) {
        Card c;
        c.id = id;
        auto *frame = new QFrame(body);
        frame->setObjectName(QStringLiteral("connectorCard%1").arg(int(id)));
        frame->setFrameShape(QFrame::StyledPanel);
        auto *grid = new QGridLayout(frame);
        grid->setColumnStretch(0, 1);
        c.title = new QLabel(frame);
        QFont tf = c.title->font();
        tf.setBold(true);
        c.title->setFont(tf);
        grid->addWidget(c.title, 0, 0);
        c.status = new QLabel(frame);
        c.status->setObjectName(QStringLiteral("connectorCardStatus"));
        grid->addWidget(c.status, 0, 1, Qt::AlignRight);
        c.text = new QLabel(frame);
        c.text->setWordWrap(true);
        grid->addWidget(c.text, 1, 0, 1, 2);
        c.last = new QLabel(frame);
        c.last->setObjectName(QStringLiteral("connectorCardLastData"));
        grid->addWidget(c.last, 2, 0);
        auto *volume = new QHBoxLayout;
        c.spark = new Sparkline(frame);
        c.spark->setObjectName(QStringLiteral("connectorCardSparkline"));
        volume->addWidget(c.spark);
        c.volume = new QLabel(frame);
        c.volume->setObjectName(QStringLiteral("connectorCardVolume"));
        volume->addWidget(c.volume);
        grid->addLayout(volume, 2, 1, Qt::AlignRight);
        c.open = new QPushButton(frame);
        c.open->setObjectName(QStringLiteral("openConnectorPage%1").arg(int(id)));
        const Page page = id == ConnectorId::Legacy ? Page::Legacy
            : id == ConnectorId::TenantBased        ? Page::TenantBased
                                                    : Page::XdrIncidents;
        connect(c.open, &QPushButton::clicked, this, [this, page] { showPage(page); });
        grid->addWidget(c.open, 3, 1, Qt::AlignRight);
        v->addWidget(frame);
        m_cards << c;
    }
    v->addStretch(1);
    return scroll;
}

void ConnectorsArea::showEvent(QShowEvent *event)
{
    SetupService *setup = m_session->setup();
    if (!setup->hasLoaded() && !setup->isLoading())
        setup->refresh();
    else if (setup->hasLoaded() && !m_volumes->isReading())
        m_volumes->refresh();
    QWidget::showEvent(event);
}

void ConnectorsArea::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ConnectorsArea::showPage(Page page)
{
    m_stack->setCurrentIndex(int(page));
}

ConnectorsArea::Page ConnectorsArea::currentPage() const
{
    return Page(m_stack->currentIndex());
}

void ConnectorsArea::retranslateUi()
{
    m_heading->setText(tr("Data connectors"));
    m_intro->setText(tr("How Microsoft Defender for Cloud alerts and incidents reach Microsoft Sentinel. The "
                        "recommended set-up: the tenant-based connector for alerts, the Defender XDR connector for "
                        "incidents, and no duplicates."));
    m_refresh->setText(tr("Refresh"));
    for (Card &c : m_cards) {
        c.open->setText(tr("Open connector page"));
        switch (c.id) {
        case ConnectorId::Legacy:
            c.title->setText(tr("Subscription-based Microsoft Defender for Cloud (Legacy)"));
            c.text->setText(tr("Alerts of each connected subscription, switched per subscription."));
            break;
        case ConnectorId::TenantBased:
            c.title->setText(tr("Tenant-based Microsoft Defender for Cloud"));
            c.text->setText(tr("Alerts of every subscription of the tenant, with one switch."));
            break;
        case ConnectorId::XdrIncidents:
            c.title->setText(tr("Microsoft Defender XDR"));
            c.text->setText(tr("Defender XDR incidents with their alerts, synchronised both ways."));
            break;
        }
    }
    updateCards();
}

void ConnectorsArea::updateCards()
{
    const SetupService *setup = m_session->setup();
    const QLocale locale;
    m_refresh->setEnabled(!setup->isLoading());
    const auto [connected, eligible] = setup->legacyCount();
    for (Card &c : m_cards) {
        QString status;
        if (!setup->hasLoaded()) {
            status = tr("Reading…");
        } else {
            switch (c.id) {
            case ConnectorId::Legacy:
                status = connected > 0 ? tr("Connected · %1 of %2 subscriptions").arg(connected).arg(eligible)
                                       : tr("Not connected");
                break;
            case ConnectorId::TenantBased:
                if (setup->tenantSettings().known && setup->tenantSettings().unifiedPlatform)
                    status = tr("Not needed (unified platform)");
                else if (!setup->loadError().isEmpty() && !setup->tenantConnectorListed())
                    status = tr("Unknown");
                else if (!setup->tenantConnectorListed() && setup->tenantSettings().known
                         && !setup->tenantSettings().solutionHasTenantConnector())
                    status = tr("Needs solution 3.0.0");
                else if (!setup->tenantConnectorListed())
                    status = tr("Not listed");
                else
                    status = setup->tenantConnector() ? tr("Connected") : tr("Not connected");
                break;
            case ConnectorId::XdrIncidents:
                status = setup->xdrIncidents() ? tr("Connected") : tr("Not connected");
                break;
            }
        }
        c.status->setText(status);
        const integration::ConnectorVolume v = m_volumes->volume(c.id);
        if (m_volumes->isReading() && v.perDay.isEmpty()) {
            c.last->setText(tr("Reading the workspace…"));
        } else if (!m_volumes->error().isEmpty()) {
            c.last->setText(m_volumes->error());
        } else {
            c.last->setText(ago(v.lastReceived));
        }
        c.spark->setValues(v.perDay);
        const qint64 total = v.total();
        QString volume;
        if (c.id == ConnectorId::XdrIncidents)
            volume = total == 1 ? tr("1 incident in 14 days") : tr("%1 incidents in 14 days").arg(locale.toString(total));
        else
            volume = total == 1 ? tr("1 alert in 14 days") : tr("%1 alerts in 14 days").arg(locale.toString(total));
        c.volume->setText(volume);
        c.spark->setToolTip(c.volume->text());
    }
}

} // namespace wf::ui
