// ActivityChart over QtCharts 6.4: a stacked bar series on a category axis of days.
#include "chart.h"

#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QStackedLayout>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QLegend>
#include <QtCharts/QStackedBarSeries>
#include <QtCharts/QValueAxis>

#include <cmath>

namespace wf::ui {

class ActivityChart::Private
{
public:
    QChart *chart = nullptr;
    QChartView *view = nullptr;
};

ActivityChart::ActivityChart(QWidget *parent)
    : QWidget(parent)
    , d(new Private)
{
    d->chart = new QChart;
    d->chart->setAnimationOptions(QChart::NoAnimation);
    d->chart->setBackgroundRoundness(0);
    d->chart->setMargins(QMargins(4, 4, 4, 4));
    d->chart->legend()->setAlignment(Qt::AlignTop);
    d->view = new QChartView(d->chart, this);
    d->view->setObjectName(QStringLiteral("activityChartView"));
    d->view->setRenderHint(QPainter::Antialiasing);
    d->view->setFrameShape(QFrame::NoFrame);
    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("activityChartEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_stack = new QStackedLayout(this);
    m_stack->setContentsMargins(0, 0, 0, 0);
    m_stack->addWidget(d->view);
    m_stack->addWidget(m_empty);
    m_stack->setCurrentWidget(m_empty);
    applyPalette();
}

ActivityChart::~ActivityChart()
{
    delete d;
}

int ActivityChart::total() const
{
    int sum = 0;
    for (const Series &s : m_series) {
        for (int v : s.values)
            sum += v;
    }
    return sum;
}

void ActivityChart::setEmptyText(const QString &text)
{
    m_empty->setText(text);
}

void ActivityChart::setSeries(const QList<QDate> &days, const QList<Series> &stacked)
{
    m_days = days;
    m_series = stacked;
    rebuild();
}

void ActivityChart::rebuild()
{
    QChart *chart = d->chart;
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    if (m_days.isEmpty() || total() == 0) {
        m_stack->setCurrentWidget(m_empty);
        return;
    }

    auto *bars = new QStackedBarSeries;
    // A few days make wide slabs; keep them no wider than about a fifth of the plot.
    bars->setBarWidth(m_days.size() < 4 ? 0.4 : 0.8);
    int peak = 0;
    QList<int> perDay(m_days.size(), 0);
    for (const Series &s : std::as_const(m_series)) {
        if (std::all_of(s.values.cbegin(), s.values.cend(), [](int v) { return v == 0; }))
            continue;
        auto *set = new QBarSet(s.name);
        for (qsizetype i = 0; i < m_days.size(); ++i) {
            const int v = s.values.value(i);
            set->append(v);
            perDay[i] += v;
        }
        bars->append(set);
    }
    for (int v : std::as_const(perDay))
        peak = qMax(peak, v);
    chart->addSeries(bars);
    // After addSeries: adding a series applies the chart theme's colours to its sets.
    const QList<QBarSet *> sets = bars->barSets();
    qsizetype next = 0;
    for (const Series &s : std::as_const(m_series)) {
        if (next < sets.size() && sets[next]->label() == s.name) {
            sets[next]->setColor(s.color);
            sets[next]->setBorderColor(s.color);
            ++next;
        }
    }

    // Categories must be unique; past a few weeks only every n-th day is labelled, the
    // others get distinct invisible labels (zero-width spaces) so the axis stays legible.
    const int every = qMax(1, int(std::ceil(m_days.size() / 14.0)));
    QStringList labels;
    const QLocale locale;
    const bool spansYears = m_days.first().year() != m_days.last().year();
    const QString format = spansYears ? QStringLiteral("d MMM yyyy") : QStringLiteral("d MMM");
    for (qsizetype i = 0; i < m_days.size(); ++i) {
        if (i % every == 0)
            labels << locale.toString(m_days.at(i), format);
        else
            labels << QString(i + 1, QChar(0x200b));
    }
    auto *x = new QBarCategoryAxis;
    x->append(labels);
    auto *y = new QValueAxis;
    // Whole alerts: ticks on integers, a little headroom above the peak.
    const int top = qMax(4, peak + (peak + 9) / 10);
    const int step = qMax(1, int(std::ceil(top / 5.0)));
    y->setRange(0, step * 5);
    y->setTickCount(6);
    y->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    bars->attachAxis(x);
    bars->attachAxis(y);
    m_stack->setCurrentWidget(d->view);
    applyPalette();
}

void ActivityChart::applyPalette()
{
    const QPalette pal = palette();
    const QColor text = pal.color(QPalette::Text);
    QColor grid = text;
    grid.setAlphaF(0.18);
    QColor line = text;
    line.setAlphaF(0.45);
    QChart *chart = d->chart;
    // The view paints the Base colour; the chart itself is transparent over it.
    d->view->setBackgroundBrush(pal.brush(QPalette::Base));
    chart->setBackgroundVisible(false);
    chart->setPlotAreaBackgroundVisible(false);
    chart->legend()->setLabelColor(text);
    chart->legend()->setFont(font());
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsColor(text);
        axis->setLabelsFont(font());
        axis->setGridLineColor(grid);
        axis->setLinePenColor(line);
        axis->setShadesVisible(false);
        axis->setMinorGridLineVisible(false);
        if (axis->orientation() == Qt::Horizontal)
            axis->setGridLineVisible(false);
    }
    QPalette emptyPalette = m_empty->palette();
    emptyPalette.setColor(QPalette::WindowText, pal.color(QPalette::PlaceholderText));
    m_empty->setPalette(emptyPalette);
}

void ActivityChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        applyPalette();
    QWidget::changeEvent(event);
}

} // namespace wf::ui
