// A small bar chart of counts (a connector's alerts per day): no axes, the last bar is
// today. Empty series draw a baseline; the tooltip says the total and the peak.
#pragma once

#include <QWidget>

namespace wf::ui {

class Sparkline : public QWidget
{
    Q_OBJECT
public:
    explicit Sparkline(QWidget *parent = nullptr);
    void setValues(const QList<qint64> &values);
    const QList<qint64> &values() const { return m_values; }
    QSize sizeHint() const override { return {140, 28}; }

protected:
    void paintEvent(QPaintEvent *) override;

private:
    QList<qint64> m_values;
};

} // namespace wf::ui
