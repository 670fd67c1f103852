#include "heightindex.h"

void HeightIndex::reset(const QList<int> &heights)
{
    m_heights = heights;
    m_tree.fill(0, heights.size() + 1);
    // Linear build: each node adds itself to its parent.
    for (qsizetype i = 1; i <= heights.size(); ++i) {
        m_tree[i] += heights.at(i - 1);
        const qsizetype parent = i + (i & -i);
        if (parent <= heights.size())
            m_tree[parent] += m_tree[i];
    }
}

void HeightIndex::append(int height)
{
    m_heights.append(height);
    const qsizetype i = m_heights.size();
    // The new node covers (i - lowbit(i), i]: its own height plus the sums of those rows.
    m_tree.append(offset(int(i) - 1) - offset(int(i - (i & -i))) + height);
}

void HeightIndex::set(int row, int height)
{
    const int delta = height - m_heights.at(row);
    if (delta == 0)
        return;
    m_heights[row] = height;
    for (qsizetype i = row + 1; i < m_tree.size(); i += i & -i)
        m_tree[i] += delta;
}

qint64 HeightIndex::offset(int row) const
{
    qint64 sum = 0;
    for (qsizetype i = row; i > 0; i -= i & -i)
        sum += m_tree.at(i);
    return sum;
}

int HeightIndex::rowAt(qint64 y) const
{
    if (m_heights.isEmpty())
        return 0;
    // Descend the tree: the largest row whose offset is <= y.
    qsizetype position = 0;
    qsizetype step = 1;
    while (step * 2 < m_tree.size())
        step *= 2;
    for (; step > 0; step /= 2) {
        if (position + step < m_tree.size() && m_tree.at(position + step) <= y) {
            position += step;
            y -= m_tree.at(position);
        }
    }
    return int(qMin<qsizetype>(position, m_heights.size() - 1));
}
