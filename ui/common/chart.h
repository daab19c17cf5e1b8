// Our chart interface: the pages ask for a chart in these terms, and only chart.cpp speaks
// QtCharts (whose API changed after Qt 6.4). Colours follow the widget's palette; no
// animations.
#pragma once

#include <QColor>
#include <QDate>
#include <QList>
#include <QWidget>

class QLabel;
class QStackedLayout;

namespace wf::ui {

class ActivityChart : public QWidget
{
    Q_OBJECT
public:
    struct Series
    {
        QString name; // the legend's text (translated by the caller)
        QColor color;
        QList<int> values; // one per day
    };

    explicit ActivityChart(QWidget *parent = nullptr);
    ~ActivityChart() override;

    // Stacked bars, one per day. Series whose values are all zero are left out of the
    // legend; with no day or a zero total the chart says so instead.
    void setSeries(const QList<QDate> &days, const QList<Series> &stacked);
    const QList<QDate> &days() const { return m_days; }
    const QList<Series> &series() const { return m_series; }
    int total() const;
    // Shown when there is nothing to chart (translated by the caller).
    void setEmptyText(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    class Private;
    void rebuild();
    void applyPalette();

    QList<QDate> m_days;
    QList<Series> m_series;
    Private *d = nullptr;
    QStackedLayout *m_stack = nullptr;
    QLabel *m_empty = nullptr;
};

} // namespace wf::ui
