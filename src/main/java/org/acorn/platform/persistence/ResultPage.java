package org.acorn.platform.persistence;

import java.util.List;

/**
 * One page of a longer list: the rows, which page it is (from 1), the page size and how many rows there
 * are in all. A class with getters rather than a record so that pages can read it with plain EL.
 */
public final class ResultPage<T> {

    private final List<T> items;
    private final int page;
    private final int pageSize;
    private final long total;

    public ResultPage(List<T> items, int page, int pageSize, long total) {
        this.items = List.copyOf(items);
        this.page = page;
        this.pageSize = pageSize;
        this.total = total;
    }

    /** The page to show for a requested page number: at least 1, at most the last page. */
    public static int clamp(int requested, int pageSize, long total) {
        return (int) Math.max(1, Math.min(requested, pages(pageSize, total)));
    }

    /** Where the page starts in the whole list (0-based), for setFirstResult. */
    public static int offset(int page, int pageSize) {
        return (page - 1) * pageSize;
    }

    private static long pages(int pageSize, long total) {
        return Math.max(1, (total + pageSize - 1) / pageSize);
    }

    public List<T> getItems() { return items; }
    public int getPage() { return page; }
    public int getPageSize() { return pageSize; }
    public long getTotal() { return total; }
    public long getPages() { return pages(pageSize, total); }
    public boolean isEmpty() { return items.isEmpty(); }
    public boolean isHasPrevious() { return page > 1; }
    public boolean isHasNext() { return page < getPages(); }
    /** 1-based number of the first row shown (0 when there are none). */
    public long getFirst() { return items.isEmpty() ? 0 : (long) offset(page, pageSize) + 1; }
    public long getLast() { return items.isEmpty() ? 0 : (long) offset(page, pageSize) + items.size(); }
}
