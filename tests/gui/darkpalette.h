// The dark palette the GUI tests render with: the colours of a typical dark desktop scheme,
// 3D roles included (Fusion draws frames and check boxes with them).
#pragma once

#include <QPalette>

namespace wf::guitest {

inline QPalette darkPalette()
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x20, 0x22, 0x25));
    dark.setColor(QPalette::WindowText, QColor(0xe8, 0xea, 0xed));
    dark.setColor(QPalette::Base, QColor(0x1b, 0x1c, 0x1f));
    dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2b));
    dark.setColor(QPalette::Text, QColor(0xe8, 0xea, 0xed));
    dark.setColor(QPalette::Button, QColor(0x30, 0x32, 0x36));
    dark.setColor(QPalette::ButtonText, QColor(0xe8, 0xea, 0xed));
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0x6f, 0xb6));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    dark.setColor(QPalette::PlaceholderText, QColor(0x9a, 0xa0, 0xa6));
    dark.setColor(QPalette::Light, QColor(0x5a, 0x5e, 0x64));
    dark.setColor(QPalette::Midlight, QColor(0x45, 0x48, 0x4d));
    dark.setColor(QPalette::Mid, QColor(0x3a, 0x3d, 0x41));
    dark.setColor(QPalette::Dark, QColor(0x12, 0x13, 0x15));
    dark.setColor(QPalette::Shadow, QColor(0x00, 0x00, 0x00));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        dark.setColor(QPalette::Disabled, role, QColor(0x7a, 0x7f, 0x85));
    return dark;
}

} // namespace wf::guitest
