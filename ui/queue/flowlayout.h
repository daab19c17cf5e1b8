// A layout that places its items left to right and wraps them onto new lines when the
// width runs out (the filter panel's drop-downs on a narrow window).
#pragma once

#include <QLayout>
#include <QList>

namespace wf::ui::queue {

class FlowLayout : public QLayout
{
public:
    explicit FlowLayout(QWidget *parent = nullptr, int spacing = 6);
    ~FlowLayout() override;

    void addItem(QLayoutItem *item) override;
    int count() const override { return int(m_items.size()); }
    QLayoutItem *itemAt(int index) const override { return m_items.value(index); }
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override { return {}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override
    {
        return layoutItems(QRect(0, 0, width, 0), true);
    }
    QSize minimumSize() const override;
    QSize sizeHint() const override { return minimumSize(); }
    void setGeometry(const QRect &rect) override;

private:
    int layoutItems(const QRect &rect, bool measureOnly) const;
    QList<QLayoutItem *> m_items;
    int m_spacing;
};

} // namespace wf::ui::queue
