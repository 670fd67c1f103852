#pragma once

#include <QtCore/QList>

// Row heights with prefix sums in O(log n) (a Fenwick tree), so a view of 10,000 messages finds
// the row at a scroll offset, or a row's offset, without walking every row.
class HeightIndex final
{
public:
    void reset(const QList<int> &heights);
    void append(int height);
    void set(int row, int height);
    int height(int row) const { return m_heights.at(row); }
    int count() const { return int(m_heights.size()); }
    qint64 offset(int row) const; // sum of the heights of the rows before row
    qint64 total() const { return offset(count()); }
    int rowAt(qint64 y) const; // the row that contains offset y (clamped)

private:
    QList<int> m_heights;
    QList<qint64> m_tree; // 1-based Fenwick tree
};
